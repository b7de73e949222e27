package ui

import "jobpost/data"

// skillItems are the catalog's skills as picker items for a role family:
// its own skills first, by category, then the rest under "· other roles"
// headings. The wizard and the editor offer skills the same way.
func skillItems(cat *data.Catalog, role string) []PickItem {
	var items []PickItem
	for _, s := range cat.SkillsFor(role) {
		group := cat.CategoryName(s.Category)
		if role != "" && !s.SuitsRole(role) {
			group += " · other roles"
		}
		items = append(items, PickItem{ID: s.ID, Label: s.Name, Group: group})
	}
	return items
}
