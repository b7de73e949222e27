package wizard

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
	"jobpost/ui/components/picker"
)

// keyMap is the wizard's keys; which apply depends on the step.
type keyMap struct {
	Next, Back, Choose, Keep, Custom key.Binding
	EditTitle                        key.Binding
	Toggle, Cycle, Must, Nice, Mark  key.Binding
	Add, Save, Leave                 key.Binding
	CountryMove                      key.Binding
}

// newKeyMap builds the wizard's keys on base: next and back a step are
// the base Select and Back, with tab and shift+tab beside them as in a
// form; space is the picker's Toggle, as in every list.
func newKeyMap(base common.KeyMap) keyMap {
	toggle := picker.NewKeyMap(base).Toggle
	return keyMap{
		Next:   common.WithHelp(withKeys(base.Select, "tab"), "enter/tab", "next step"),
		Back:   common.WithHelp(withKeys(base.Back, "shift+tab"), "esc/shift+tab", "back a step"),
		Choose: common.WithHelp(base.Select, "enter", "choose"),
		Keep:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "keep the title")),
		Custom: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "type a title")),
		// On the family question, esc goes back to the typed title.
		EditTitle: common.WithHelp(base.Back, "esc", "edit the title"),
		Toggle:    common.WithHelp(toggle, "space", "toggle"),
		Cycle:     common.WithHelp(toggle, "space", "must → nice → none"),
		Must:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "must-have")),
		Nice:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "nice-to-have")),
		// Mark names m and n together, for the short help line only.
		Mark:  key.NewBinding(key.WithKeys("m", "n"), key.WithHelp("m/n", "must/nice")),
		Add:   key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add your own")),
		Save:  common.WithHelp(withKeys(base.Select, "ctrl+s"), "enter", "save & edit"),
		Leave: common.WithHelp(base.Back, "esc", "back to drafts"),
		// While a country is typed, ↑/↓ go through the countries it may
		// mean (elsewhere in the form they go between fields).
		CountryMove: key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "country")),
	}
}

// withKeys is b answering to more keys as well (in a list of its own:
// base's stays as it is).
func withKeys(b key.Binding, more ...string) key.Binding {
	b.SetKeys(slices.Concat(b.Keys(), more)...)
	return b
}
