package wizard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/picker"
)

// levelPicker lists the seniority levels with their years and ownership,
// the cursor on the most common one.
func levelPicker(c *common.Common) picker.Model {
	var items []picker.Item
	for _, l := range c.Catalog.Seniority {
		items = append(items, picker.Item{ID: l.ID, Label: l.Name, Detail: l.Years() + " · " + l.Ownership})
	}
	levels := picker.New(c, items, nil)
	levels.SelectID("intermediate")
	return levels
}

func (p *Page) updateSeniority(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, p.keys.Choose):
		it, _, ok := p.levels.Current()
		if !ok {
			return nil
		}
		p.posting.Seniority = it.ID
		p.applyTitle()
		// The level brings its qualifications and employment type: the
		// wizard offers no other way to set them, so they simply follow.
		d := p.c.Catalog.DefaultsFor(p.posting.Role, p.posting.Seniority)
		p.posting.Qualifications, p.posting.EmploymentType = d.Qualifications, d.EmploymentType
		return p.goTo(stepSkills)
	case key.Matches(km, p.keys.Back):
		return p.goTo(stepRole)
	}
	return nil
}
