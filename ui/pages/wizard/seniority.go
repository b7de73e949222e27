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
		old := p.posting.Seniority
		p.posting.Seniority = it.ID
		// The title and employment type follow the level while they are
		// the catalog's own (a typed title stays as typed), by the rule
		// the editor follows too; the level's qualifications replace the
		// old ones, as there (the wizard offers no other way to set them).
		cat := p.c.Catalog
		cat.FollowChange(&p.posting, p.posting.Role, old)
		p.posting.Qualifications = cat.DefaultsFor(p.posting.Role, p.posting.Seniority).Qualifications
		return p.goTo(stepSkills)
	case key.Matches(km, p.keys.Back):
		return p.goTo(stepRole)
	}
	return nil
}
