package wizard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
)

// ShortHelp implements help.KeyMap: the step's main keys, few enough to
// leave room at 80 columns for the root's "? help" and "q quit".
func (p *Page) ShortHelp() []key.Binding {
	switch {
	case p.confirm.Open():
		return p.confirm.ShortHelp()
	case p.prompt.Active():
		return p.prompt.ShortHelp()
	case p.step == stepDetails:
		return p.detailsHelp()
	case p.step != stepPreview && p.currentPicker().Filtering():
		return p.currentPicker().ShortHelp()
	}
	k := p.keys
	switch p.step {
	case stepRole:
		if p.askingFamily() {
			return []key.Binding{k.Choose, k.EditTitle, p.families.Keys().Filter}
		}
		if p.posting.Role != "" {
			return []key.Binding{k.Choose, k.Keep, k.Custom, p.roles.Keys().Filter}
		}
		return []key.Binding{k.Choose, k.Custom, p.roles.Keys().Filter, k.Leave}
	case stepSeniority:
		return []key.Binding{k.Choose, p.levels.Keys().Filter, k.Back}
	case stepSkills:
		return []key.Binding{common.WithHelp(k.Cycle, "space", "cycle"), k.Mark, common.WithHelp(k.Add, "a", "add"), common.WithHelp(k.Next, "enter", "next"), common.WithHelp(k.Back, "esc", "back")}
	case stepResponsibilities:
		return []key.Binding{k.Toggle, common.WithHelp(k.Add, "a", "add"), p.resps.Keys().Filter, common.WithHelp(k.Next, "enter", "next"), common.WithHelp(k.Back, "esc", "back")}
	}
	return []key.Binding{k.Save, common.WithHelp(k.Back, "esc", "back")}
}

// FullHelp implements help.KeyMap: every key of the step, moving about
// and filtering included.
func (p *Page) FullHelp() [][]key.Binding {
	switch {
	case p.confirm.Open():
		return p.confirm.FullHelp()
	case p.prompt.Active():
		return p.prompt.FullHelp()
	case p.step == stepDetails:
		return [][]key.Binding{p.detailsHelp()}
	}
	k := p.keys
	var own []key.Binding
	switch p.step {
	case stepRole:
		own = []key.Binding{k.Choose, k.Keep, k.Custom, k.Leave}
		if p.askingFamily() {
			own = []key.Binding{k.Choose, k.EditTitle}
		}
	case stepSeniority:
		own = []key.Binding{k.Choose, k.Back}
	case stepSkills:
		own = []key.Binding{k.Cycle, k.Must, k.Nice, k.Add, k.Next, k.Back}
	case stepResponsibilities:
		own = []key.Binding{k.Toggle, k.Add, k.Next, k.Back}
	case stepPreview:
		nav := p.c.Keys
		return [][]key.Binding{{common.WithHelp(k.Save, "enter/ctrl+s", "save draft"), k.Back}, {nav.Up, nav.Down, nav.PageUp, nav.PageDown}}
	}
	return append([][]key.Binding{own}, p.currentPicker().FullHelp()...)
}

// detailsHelp is the form's keys, with ↑/↓ and enter for the countries
// while a country is typed; enter on the form is the next step.
func (p *Page) detailsHelp() []key.Binding {
	if len(p.countries.Items()) > 0 {
		return []key.Binding{p.keys.CountryMove, common.WithHelp(p.keys.Choose, "enter", "take country"), common.WithHelp(p.keys.Back, "esc", "back")}
	}
	keys := p.details.ShortHelp()
	for i, k := range keys {
		switch {
		case key.Matches(tea.KeyPressMsg{Code: tea.KeyEnter}, k):
			keys[i] = common.WithHelp(k, "enter", "next step")
		case key.Matches(tea.KeyPressMsg{Code: tea.KeyEscape}, k):
			keys[i] = common.WithHelp(k, "esc", "back")
		}
	}
	return keys
}
