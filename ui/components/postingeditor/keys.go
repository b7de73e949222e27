package postingeditor

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// KeyMap is the section list's keys. Up, Down, Top, Bottom, Back, Undo
// and Redo are the base ones.
type KeyMap struct {
	Up, Down, Top, Bottom, Edit, Back, Publish key.Binding
	Undo, Redo                                 key.Binding
	// UndoTyping and RedoTyping work in text inputs too.
	UndoTyping, RedoTyping        key.Binding
	Preview, ScrollUp, ScrollDown key.Binding
	PreviewBack, PreviewLine      key.Binding // help while the preview has focus
	Choose                        key.Binding // the catalog pickers' enter
}

func newKeyMap(base common.KeyMap) KeyMap {
	return KeyMap{
		Up:          base.Up,
		Down:        base.Down,
		Top:         base.Top,
		Bottom:      base.Bottom,
		Edit:        common.WithHelp(base.Select, "enter", "edit"),
		Back:        base.Back,
		Publish:     key.NewBinding(key.WithKeys("p", "P"), key.WithHelp("p", "publish: copy, export")),
		Undo:        common.WithHelp(base.Undo, "u/U", "undo/redo"),
		Redo:        base.Redo,
		UndoTyping:  key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z/y", "undo/redo while typing")),
		RedoTyping:  key.NewBinding(key.WithKeys("ctrl+y"), key.WithHelp("ctrl+y", "redo")),
		Preview:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "preview")),
		ScrollUp:    common.WithHelp(base.PageUp, "pgup/pgdn", "scroll the preview"),
		ScrollDown:  base.PageDown,
		PreviewBack: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "sections")),
		PreviewLine: key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "scroll")),
		Choose:      common.WithHelp(base.Select, "enter", "add"),
	}
}
