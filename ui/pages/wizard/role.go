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
	case key.Matches(km, p.keys.Keep):
		switch {
		case p.posting.Role == "":
			return p.status.Info("Choose a title (enter) or type your own (c).")
		case p.customTitle:
			// A typed title goes on only with its family confirmed: the
			// cursor may have wandered to another family's titles since.
			return p.askFamily(p.posting.Title, p.posting.Role, false)
		}
		// Back on this step after choosing: go on with the title as it is.
		return p.goTo(stepSeniority)
	case key.Matches(km, p.keys.Custom):
		return p.askTitle()
	case key.Matches(km, p.keys.Leave):
		return p.leave()
	}
	return nil
}

// askTitle asks for a title of the user's own. The field starts empty
// (a typed title before starts as typed), with the highlighted title
// greyed in it as an example; enter on an empty field is refused rather
// than taking the example, which is the highlighted title's enter on the
// list (and would get the level added, as a typed title does not).
func (p *Page) askTitle() tea.Cmd {
	start := ""
	if p.customTitle {
		start = p.posting.Title
	}
	cmd := p.ask(askTitle, "Job title: ", start)
	if _, i, ok := p.roles.Current(); ok {
		p.prompt.SetPlaceholder("e.g. " + p.roleChoices[i].title)
	}
	return cmd
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
