package form

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// KeyMap is the form's keys: tab between fields, ←/→ for choices, enter
// done, esc close.
type KeyMap struct {
	Next, Prev, Cycle, Accept, Cancel key.Binding
}

func newKeyMap(base common.KeyMap) KeyMap {
	return KeyMap{
		Next:  key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", "next field")),
		Prev:  key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "previous")),
		Cycle: key.NewBinding(key.WithKeys("left", "right", "space"), key.WithHelp("←/→", "choose")),
		// ctrl+s too: what editors elsewhere save with.
		Accept: key.NewBinding(key.WithKeys(append(base.Select.Keys(), "ctrl+s")...), key.WithHelp("enter", "done")),
		Cancel: common.WithHelp(base.Back, "esc", "close"),
	}
}
