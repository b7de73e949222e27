package listedit

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// KeyMap is the base keys (up, down, top, bottom, esc …) and the list's
// own.
type KeyMap struct {
	common.KeyMap
	AddCatalog, AddTyped, EditLine, Delete, MoveUp, MoveDown key.Binding
	Transfer                                                 key.Binding
	Accept, Cancel                                           key.Binding
}

func newKeyMap(base common.KeyMap) KeyMap {
	return KeyMap{
		KeyMap:     base,
		AddCatalog: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add from catalog")),
		AddTyped:   key.NewBinding(key.WithKeys("n", "o"), key.WithHelp("n", "new line")),
		EditLine:   key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e/enter", "edit")),
		Delete:     key.NewBinding(key.WithKeys("d", "x", "delete"), key.WithHelp("d", "delete")),
		MoveUp:     key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K", "move up")),
		MoveDown:   key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J", "move down")),
		Transfer:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "must↔nice")),
		Accept:     common.WithHelp(base.Select, "enter", "done"),
		Cancel:     common.WithHelp(base.Back, "esc", "cancel"),
	}
}
