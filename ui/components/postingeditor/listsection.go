package postingeditor

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"jobpost/data"

	"jobpost/ui/components/listedit"
)

// List sections: responsibilities, skills, qualifications, benefits.

// showList shows the open list as the posting has it now.
func (e *Shell) showList() {
	id := e.current().id
	lines := *listOf(&e.posting, id)
	e.list.SetLines(lines)
	warn := ""
	if id == Must && len(lines) > data.MaxMustHaves {
		warn = fmt.Sprintf("more than %d: move some to nice-to-have (m)", data.MaxMustHaves)
	}
	e.list.SetWarning(warn)
}

func (e *Shell) listMsg(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	var res listedit.Result
	e.list, cmd, res = e.list.Update(msg)
	id := e.current().id
	switch res.Event {
	case listedit.Closed:
		e.mode = browsing
	case listedit.AskCatalog:
		return e.openListPicker()
	case listedit.Edited:
		group := ""
		if res.Group != "" {
			group = e.group(fmt.Sprintf("%s-%d", res.Group, id))
		}
		next := e.posting.Clone()
		*listOf(&next, id) = res.Lines
		cmd = tea.Batch(cmd, e.commit(next, group))
	case listedit.Transfer:
		to, where := Nice, "nice-to-have"
		if id == Nice {
			to, where = Must, "must-have"
		}
		next := e.posting.Clone()
		from := listOf(&next, id)
		*from = slices.Delete(*from, res.Index, res.Index+1)
		dst := listOf(&next, to)
		*dst = append(*dst, res.Line)
		cmd = tea.Batch(cmd, e.commit(next, ""), e.say(e.status.Info("Moved “"+res.Line+"” to "+where)))
	}
	if res.Note != "" {
		cmd = tea.Batch(cmd, e.say(e.status.Info(res.Note)))
	}
	return cmd
}
