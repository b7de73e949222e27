package wizard

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/data"
	"jobpost/ui/components/picker"
)

// buildResponsibilities (re)builds the duties list for the role and level,
// ticking the catalog's defaults; ticks the user set are kept, and duties
// chosen for another role or level stay on the list.
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
		if prev[id] != ticked || strings.HasPrefix(id, customPrefix) || slices.ContainsFunc(items, func(it picker.Item) bool { return it.ID == id }) {
			continue
		}
		if r, ok := findResponsibility(cat, id); ok {
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
		case prev[it.ID] == ticked, slices.Contains(defaults, it.ID):
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
		return p.goTo(stepPreview)
	case key.Matches(km, p.keys.Back):
		return p.goTo(stepSkills)
	}
	return nil
}

func findResponsibility(cat *data.Catalog, id string) (data.Responsibility, bool) {
	i := slices.IndexFunc(cat.Responsibilities, func(r data.Responsibility) bool { return r.ID == id })
	if i < 0 {
		return data.Responsibility{}, false
	}
	return cat.Responsibilities[i], true
}
