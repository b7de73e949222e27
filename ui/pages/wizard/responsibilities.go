package wizard

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/picker"
)

// buildResponsibilities (re)builds the duties list for the role and level.
// Untouched, it holds the catalog's defaults for the pair, as
// ApplyDefaults gives them in the editor; once the user has ticked or
// added a duty, their ticks are kept, and duties they chose for another
// role or level stay on the list.
func (p *Page) buildResponsibilities() {
	if len(p.resps.Items()) > 0 && p.respsRole == p.posting.Role && p.respsLevel == p.posting.Seniority {
		return
	}
	cat := p.c.Catalog
	prev := marksByID(p.resps)
	old := p.resps.Items()
	var items []picker.Item
	for _, r := range cat.ResponsibilitiesFor(p.posting.Role, p.posting.Seniority) {
		items = append(items, picker.Item{ID: r.ID, Label: r.Text})
	}
	// Duties chosen for another role or level stay, in their order, so
	// nothing picked is lost.
	for _, it := range old {
		id := it.ID
		if !p.respsTouched || prev[id] != ticked || strings.HasPrefix(id, customPrefix) || slices.ContainsFunc(items, func(it picker.Item) bool { return it.ID == id }) {
			continue
		}
		if r, ok := cat.Responsibility(id); ok {
			items = append(items, picker.Item{ID: r.ID, Label: r.Text})
		}
	}
	items = append(items, customItems(prev, "")...)
	p.resps = picker.New(p.c, items, picker.CheckMarks(p.c.Styles))
	seen := make(map[string]bool, len(old))
	for _, it := range old {
		seen[it.ID] = true
	}
	defaults := cat.DefaultsFor(p.posting.Role, p.posting.Seniority).ResponsibilityIDs
	for i, it := range items {
		switch {
		case p.respsTouched && seen[it.ID]:
			p.resps.SetMark(i, prev[it.ID])
		case slices.Contains(defaults, it.ID):
			p.resps.SetMark(i, ticked)
		}
	}
	p.respsRole, p.respsLevel = p.posting.Role, p.posting.Seniority
	p.resps.SetSize(p.width, max(p.height-3, 1))
}

func (p *Page) updateResponsibilities(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, p.keys.Toggle):
		if _, ok := p.resps.Toggle(); !ok {
			return nil
		}
		p.respsTouched = true
		return p.changed()
	case key.Matches(km, p.keys.Add):
		return p.ask(askDuty, "Responsibility: ", "")
	case key.Matches(km, p.keys.Next):
		return p.goTo(stepDetails)
	case key.Matches(km, p.keys.Back):
		return p.goTo(stepSkills)
	}
	return nil
}
