package postingeditor

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/prose"
)

// key routes a key to what is open. ctrl+z and ctrl+y work everywhere,
// text inputs included. While read-only, the keys that would change the
// posting are refused first.
func (e *Shell) key(km tea.KeyPressMsg) (tea.Cmd, Request) {
	k := e.keys
	if e.readOnly != "" {
		if cmd, handled := e.readOnlyKey(km); handled {
			return cmd, NoRequest
		}
	}
	switch {
	case key.Matches(km, k.UndoTyping):
		return e.undo(false), NoRequest
	case key.Matches(km, k.RedoTyping):
		return e.undo(true), NoRequest
	}
	switch e.mode {
	case formOpen:
		return e.formKey(km), NoRequest
	case proseOpen:
		var cmd tea.Cmd
		var res prose.Result
		e.prose, cmd, res = e.prose.Update(km)
		return tea.Batch(cmd, e.proseResult(res)), NoRequest
	case pickerOpen:
		return e.pickerKey(km), NoRequest
	case asking:
		return e.answer(km), NoRequest
	case checksOpen:
		return e.checksKey(km), NoRequest
	case listOpen:
		if e.list.Typing() {
			return e.listMsg(km), NoRequest
		}
	}
	// The section list and list sections share undo, preview and
	// scrolling keys.
	switch {
	case key.Matches(km, k.Undo):
		return e.undo(false), NoRequest
	case key.Matches(km, k.Redo):
		return e.undo(true), NoRequest
	case key.Matches(km, k.Preview):
		e.previewFocus = !e.previewFocus
		return nil, NoRequest
	case key.Matches(km, k.ScrollDown):
		e.preview.ScrollBy(e.preview.Height() - 1)
		return nil, NoRequest
	case key.Matches(km, k.ScrollUp):
		e.preview.ScrollBy(-(e.preview.Height() - 1))
		return nil, NoRequest
	case e.previewFocus && key.Matches(km, k.Up):
		e.preview.ScrollBy(-1)
		return nil, NoRequest
	case e.previewFocus && key.Matches(km, k.Down):
		e.preview.ScrollBy(1)
		return nil, NoRequest
	case e.previewFocus && key.Matches(km, k.Back):
		e.previewFocus = false
		return nil, NoRequest
	case e.previewFocus && !e.wide():
		return nil, NoRequest // the sections are hidden: their keys would act unseen
	}
	if e.mode == listOpen {
		return e.listMsg(km), NoRequest
	}
	return e.browseKey(km)
}

// browseKey is a key on the section list.
func (e *Shell) browseKey(km tea.KeyPressMsg) (tea.Cmd, Request) {
	k := e.keys
	switch {
	case key.Matches(km, k.Up):
		e.moveCursor(e.cursor - 1)
	case key.Matches(km, k.Down):
		e.moveCursor(e.cursor + 1)
	case key.Matches(km, k.Top):
		e.moveCursor(0)
	case key.Matches(km, k.Bottom):
		e.moveCursor(len(e.sections) - 1)
	case key.Matches(km, k.Edit):
		return e.open(), NoRequest
	case key.Matches(km, k.Publish) && !e.profile:
		return e.request(Publish)
	case key.Matches(km, k.Back):
		return e.request(Leave)
	}
	return nil, NoRequest
}

func (e *Shell) moveCursor(i int) {
	e.cursor = min(max(i, 0), len(e.sections)-1)
	e.scrollSections()
	e.preview.Follow()
	e.follow()
}

// open starts editing the section under the cursor.
func (e *Shell) open() tea.Cmd {
	e.session++
	e.history.breakGroup()
	e.previewFocus = false
	e.preview.Follow()
	e.follow()
	sec := e.current()
	switch sec.kind {
	case listKind:
		e.list.Open(sec.name, *listOf(&e.posting, sec.id), sec.id == Must || sec.id == Nice)
		e.mode = listOpen
		e.showList()
		return nil
	case proseKind:
		if sec.id == EEO && len(e.c.Catalog.EEOStatements) > 0 {
			return e.openEEOPicker()
		}
		return e.openProse()
	case checksKind:
		return e.openChecks()
	}
	return e.openForm()
}
