package prose

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// KeyMap is the editor's keys besides typing.
type KeyMap struct{ Done, External key.Binding }

func newKeyMap(base common.KeyMap) KeyMap {
	return KeyMap{
		Done:     key.NewBinding(key.WithKeys(append(base.Back.Keys(), "ctrl+s")...), key.WithHelp("esc", "done")),
		External: key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "$EDITOR")),
	}
}
