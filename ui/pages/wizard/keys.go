package wizard

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// keyMap is the wizard's keys; which apply depends on the step.
type keyMap struct {
	Next, Back, Choose, Keep, Custom key.Binding
	Toggle, Cycle, Must, Nice, Mark  key.Binding
	Add, Save, Leave                 key.Binding
}

func newKeyMap(base common.KeyMap) keyMap {
	return keyMap{
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter/tab", "next step")),
		Back:   key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc/shift+tab", "back a step")),
		Choose: common.WithHelp(base.Select, "enter", "choose"),
		Keep:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "keep the title")),
		Custom: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "type a title")),
		Toggle: key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "toggle")),
		Cycle:  key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "must → nice → none")),
		Must:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "must-have")),
		Nice:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "nice-to-have")),
		// Mark names m and n together, for the short help line only.
		Mark:  key.NewBinding(key.WithKeys("m", "n"), key.WithHelp("m/n", "must/nice")),
		Add:   key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add your own")),
		Save:  key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", "save draft")),
		Leave: common.WithHelp(base.Back, "esc", "back to drafts"),
	}
}
