package postingeditor

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
)

// Read-only: in a team library, a draft another session is editing opens
// read-only until that session leaves it (the page keeps the edit hold
// and says when). The shell then only shows: the sections, the preview,
// the checks; every key that would change the posting is refused with the
// reason, nothing is ever autosaved, and nothing counts as unsaved.

// SetReadOnly makes the posting read-only, reason saying why ("Read-only:
// ana is editing this draft…"); "" makes it editable again.
func (e *Shell) SetReadOnly(reason string) { e.readOnly = reason }

// ReadOnly reports whether the posting is read-only now.
func (e Shell) ReadOnly() bool { return e.readOnly != "" }

// ShowStored shows p, the draft as another session saved it, while
// read-only: nothing is recorded for undo, and nothing saved.
func (e *Shell) ShowStored(p model.Posting) tea.Cmd {
	if !e.ready || e.readOnly == "" {
		return nil
	}
	e.posting = p.Clone()
	e.problems = e.posting.Problems()
	cmd := e.preview.SetMarkdown(e.posting.Markdown(), false)
	e.follow()
	return tea.Batch(cmd, e.recheck(false))
}

// readOnlyRefusal answers a key that would change a read-only posting.
// The banner above the sections already says who has it; this says what
// can be done instead (a repeat of the banner would look like nothing
// happened).
const readOnlyRefusal = "Not while someone else has it open: tab shows the whole posting, p copies or exports it."

// refuse says why a key did nothing.
func (e *Shell) refuse() tea.Cmd { return e.say(e.status.Info(readOnlyRefusal)) }

// readOnlyKey refuses, while read-only, the keys that would change the
// posting: undo and redo, and enter on a section (enter on Checks lists
// the findings, which change nothing; enter on a finding goes to its
// section without opening it). handled is false for the keys that only
// look, move or leave.
func (e *Shell) readOnlyKey(km tea.KeyPressMsg) (cmd tea.Cmd, handled bool) {
	k := e.keys
	switch {
	case key.Matches(km, k.UndoTyping, k.RedoTyping, k.Undo, k.Redo):
		return e.refuse(), true
	case !key.Matches(km, k.Edit) || e.previewFocus:
		return nil, false
	case e.mode == checksOpen:
		f, ok := e.checks.results.Selected()
		if !ok {
			return nil, true
		}
		if i, ok := e.sectionIndex(f.Section); ok {
			e.mode = browsing
			e.moveCursor(i)
		}
		return e.refuse(), true
	case e.mode == browsing && e.current().kind != checksKind:
		return e.refuse(), true
	}
	return nil, false
}

// readOnlyHelp is the keys while read-only, on the section list.
func (e Shell) readOnlyHelp() []key.Binding {
	k := e.keys
	keys := []key.Binding{}
	if e.current().kind == checksKind {
		keys = append(keys, common.WithHelp(k.Edit, "enter", "list the checks"))
	}
	return append(keys, k.Preview, k.Publish, k.Back)
}

// readOnlyBanner is the reason, wrapped to the pane's width, for the top
// of the section list.
func (e Shell) readOnlyBanner(w int) []string {
	lines := common.WrapWords(e.readOnly, w)
	for i, l := range lines {
		lines[i] = e.c.Styles.Held.Render(l)
	}
	return append(lines, "")
}
