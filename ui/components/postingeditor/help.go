package postingeditor

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// ShortHelp is the keys of what is open; while the preview has focus,
// the preview's.
func (e Shell) ShortHelp() []key.Binding {
	k := e.keys
	if !e.ready {
		return []key.Binding{k.Back}
	}
	switch e.mode {
	case formOpen:
		return append(e.form.ShortHelp(), k.UndoTyping)
	case proseOpen:
		return append(e.prose.ShortHelp(), k.UndoTyping)
	case pickerOpen:
		if e.pickingEEO {
			return append(e.picker.ShortHelp(), common.WithHelp(k.Edit, "enter", "choose"), k.Back)
		}
		return append([]key.Binding{e.picker.Keys().Toggle, k.Choose}, append(e.picker.ShortHelp(), k.Back)...)
	case asking:
		return e.ask.ShortHelp()
	case checksOpen:
		return e.checksHelp()
	}
	if e.previewFocus {
		return k.previewHelp()
	}
	if e.readOnly != "" && e.mode == browsing {
		return e.readOnlyHelp()
	}
	if e.mode == listOpen {
		if e.list.Typing() {
			return e.list.ShortHelp()
		}
		return append(e.list.ShortHelp(), k.Undo, k.Back)
	}
	// Most useful first: the root drops keys from the end when the line
	// is too long (undo is in the full help).
	keys := []key.Binding{k.Edit, k.Preview}
	if !e.profile {
		keys = append(keys, k.Publish)
	}
	return append(keys, k.Back, k.Undo)
}

// FullHelp adds, once each, the keys the short help leaves out.
func (e Shell) FullHelp() [][]key.Binding {
	k := e.keys
	switch {
	case e.mode == listOpen && !e.list.Typing() && !e.previewFocus:
		return append(e.list.FullHelp(), []key.Binding{k.Undo, k.UndoTyping, k.Preview, k.ScrollUp, k.Back})
	case e.mode != browsing && e.mode != listOpen, e.previewFocus:
		return [][]key.Binding{e.ShortHelp()}
	}
	if e.readOnly != "" {
		return [][]key.Binding{e.ShortHelp(), {k.Up, k.Down, k.Top, k.Bottom, k.ScrollUp}}
	}
	return [][]key.Binding{
		e.ShortHelp(),
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.UndoTyping, k.ScrollUp},
	}
}
