package ui

import "charm.land/bubbles/v2/key"

// wizardKeys are the wizard's own keys; which apply depends on the step.
type wizardKeys struct {
	Next, Back, Choose, Keep, Custom, Toggle, Cycle, Must, Nice, Add, Save, Cancel key.Binding
}

func newWizardKeys() wizardKeys {
	return wizardKeys{
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "next step")),
		Back:   key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", "back")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Custom: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "custom title")),
		Keep:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "keep the title")),
		Toggle: key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "toggle")),
		Cycle:  key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "must → nice → none")),
		Must:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "must-have")),
		Nice:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "nice-to-have")),
		Add:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add your own")),
		Save:   key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", "save draft")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to drafts")),
	}
}
