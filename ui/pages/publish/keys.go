package publish

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// keyMap is the publish screen's keys: its own, and the shared ones it
// uses for scrolling and going back.
type keyMap struct {
	Next, Prev, Copy, Export, Posted key.Binding
	Checks                           key.Binding
	Up, Down, PageUp, PageDown       key.Binding
	Top, Bottom, Back                key.Binding
}

func newKeyMap(base common.KeyMap) keyMap {
	return keyMap{
		Next:     key.NewBinding(key.WithKeys("tab", "right", "l"), key.WithHelp("tab", "next format")),
		Prev:     key.NewBinding(key.WithKeys("shift+tab", "left", "h"), key.WithHelp("shift+tab", "previous format")),
		Copy:     key.NewBinding(key.WithKeys("c", "y"), key.WithHelp("c", "copy")),
		Export:   key.NewBinding(key.WithKeys("e", "w"), key.WithHelp("e", "export to a file")),
		Posted:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark as posted")),
		Checks:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "checks")),
		Up:       base.Up,
		Down:     base.Down,
		PageUp:   base.PageUp,
		PageDown: base.PageDown,
		Top:      common.WithHelp(base.Top, "g", "top"),
		Bottom:   common.WithHelp(base.Bottom, "G", "bottom"),
		Back:     base.Back,
	}
}
