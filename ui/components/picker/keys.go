package picker

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// KeyMap is the picker's keys, for its owner's help line: the base
// navigation and filter keys of common.KeyMap, and Toggle (which the
// owner handles, calling Model.Toggle).
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Filter, ClearFilter, AcceptFilter       key.Binding
	Toggle                                  key.Binding
}

// NewKeyMap is the picker's keys on top of base. Its Toggle is the one
// key that changes a mark in every list of jobpost (space, or x), for
// owners to match even before they hold a picker.
func NewKeyMap(base common.KeyMap) KeyMap {
	return KeyMap{
		Up: base.Up, Down: base.Down, PageUp: base.PageUp, PageDown: base.PageDown,
		Top: base.Top, Bottom: base.Bottom,
		Filter: base.Filter, ClearFilter: base.ClearFilter, AcceptFilter: base.AcceptFilter,
		Toggle: key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "toggle")),
	}
}
