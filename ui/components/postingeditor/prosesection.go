package postingeditor

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/prose"
)

// Prose sections: summary, about the company, equal-opportunity
// statement.

func (e *Shell) openProse() tea.Cmd {
	e.mode = proseOpen
	sec := e.current()
	return e.prose.Open(int(sec.id), sec.name, *proseOf(&e.posting, sec.id))
}

// proseResult commits text the prose editor reports (typed, or back from
// $EDITOR, perhaps for a section closed since).
func (e *Shell) proseResult(res prose.Result) tea.Cmd {
	switch res.Event {
	case prose.Closed:
		e.mode = browsing
		return e.settleNow()
	case prose.Edited:
		id := ID(res.Section)
		if *proseOf(&e.posting, id) == res.Text {
			return nil
		}
		next := e.posting
		*proseOf(&next, id) = res.Text
		if e.mode == proseOpen && e.current().id == id {
			return e.commitTyped(next, e.group("prose"))
		}
		return e.commit(next, e.group("prose")) // from $EDITOR, after the section closed
	}
	return nil
}
