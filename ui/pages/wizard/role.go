package wizard

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/data"
	"jobpost/ui/common"
	"jobpost/ui/components/picker"
)

// roleChoice is one row of the role step: a title within a role family.
type roleChoice struct {
	role  data.Role
	title string
}

// rolePicker lists every catalog title under its role family; the choices
// are index for index with the picker's items.
func rolePicker(c *common.Common) (picker.Model, []roleChoice) {
	var choices []roleChoice
	var items []picker.Item
	for _, r := range c.Catalog.Roles {
		for i, t := range r.Titles {
			choices = append(choices, roleChoice{role: r, title: t})
			items = append(items, picker.Item{ID: fmt.Sprintf("%s/%d", r.ID, i), Label: t, Group: r.Name, Search: r.ID})
		}
	}
	return picker.New(c, items, nil), choices
}

func (p *Page) updateRole(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, p.keys.Choose):
		_, i, ok := p.roles.Current()
		if !ok {
			return nil
		}
		rc := p.roleChoices[i]
		p.setRole(rc.role, rc.title, false)
		return p.goTo(stepSeniority)
	case key.Matches(km, p.keys.Keep) && p.posting.Role != "":
		// Back on this step after choosing: go on with the title as it is
		// (a typed one would be lost by choosing from the list again).
		return p.goTo(stepSeniority)
	case key.Matches(km, p.keys.Custom):
		start := p.posting.Title
		if start == "" {
			if _, i, ok := p.roles.Current(); ok {
				start = p.roleChoices[i].title
			}
		}
		return p.ask(askTitle, "Job title: ", start)
	case key.Matches(km, p.keys.Leave):
		return p.leave()
	}
	return nil
}

// setRole applies a role family and a title chosen from the catalog or
// typed. The summary follows the family by the catalog's one rule
// (data.Catalog.FollowChange, as in the editor); the title is the one
// picked here, a catalog one at the level chosen so far.
func (p *Page) setRole(r data.Role, title string, custom bool) {
	old := p.posting.Role
	p.posting.Role = r.ID
	p.c.Catalog.FollowChange(&p.posting, old, p.posting.Seniority)
	p.roleTitle, p.customTitle = title, custom
	if !custom {
		title = p.c.Catalog.TitleAt(title, p.posting.Seniority)
	}
	p.posting.Title = title
}

// typedTitle takes a title typed for the role step. Its family is the one
// under the cursor; when the filter hides every title, the one chosen
// before, else the first.
func (p *Page) typedTitle(title string) tea.Cmd {
	role, ok := p.c.Catalog.Role(p.posting.Role)
	if _, i, cur := p.roles.Current(); cur {
		role, ok = p.roleChoices[i].role, true
	}
	if !ok {
		role = p.roleChoices[0].role
	}
	p.setRole(role, title, true)
	return p.goTo(stepSeniority)
}
