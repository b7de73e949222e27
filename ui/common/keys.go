package common

import "charm.land/bubbles/v2/key"

// KeyMap holds the keys every screen speaks the same way. Pages and
// components take these rather than defining their own, and add only what
// is theirs (in a keys.go of their own).
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Select, Back, Filter                    key.Binding
	Undo, Redo                              key.Binding
	Yes, No                                 key.Binding
	Help, Quit, ForceQuit                   key.Binding
	// The keys of a filter being typed, the same in every list: enter,
	// tab or a move keeps the filter, esc drops it (and, once kept,
	// clears it).
	AcceptFilter, ClearFilter key.Binding
}

// DefaultKeyMap is the Charm convention: arrows and vi keys, / filters,
// esc goes back, ? helps, q quits unless typing, ctrl+c always.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k", "ctrl+p"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j", "ctrl+n"), key.WithHelp("↓/j", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		Top:       key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		Bottom:    key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		Select:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Undo:      key.NewBinding(key.WithKeys("u", "ctrl+z"), key.WithHelp("u", "undo")),
		Redo:      key.NewBinding(key.WithKeys("U", "ctrl+y"), key.WithHelp("U", "redo")),
		Yes:       key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:        key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "no")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),

		AcceptFilter: key.NewBinding(key.WithKeys("enter", "tab", "up", "down"), key.WithHelp("enter", "done filtering")),
		ClearFilter:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
	}
}

// WithHelp returns b with other help text, for a key whose meaning a
// screen narrows ("enter" → "open").
func WithHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}
