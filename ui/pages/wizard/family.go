package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/picker"
)

// A typed title says nothing the catalog knows about its role family, and
// the family decides the skills and duties offered. So after a typed title
// the role step asks for the family, with the list of families and the
// cursor on a guess from the title's words (or, with no guess, on the
// family chosen before or the one of the highlighted title): the family is
// always seen and confirmed, never taken silently from where the cursor
// happened to be in the titles list.

// familyPicker lists the role families, each with its usual titles.
func (p *Page) familyPicker() picker.Model {
	var items []picker.Item
	for _, r := range p.c.Catalog.Roles {
		items = append(items, picker.Item{ID: r.ID, Label: r.Name, Detail: strings.Join(r.Titles[:min(len(r.Titles), 2)], ", ")})
	}
	families := picker.New(p.c, items, nil)
	families.SetSize(p.width, max(p.height-3, 1))
	return families
}

// typedTitle takes a title typed for the role step and asks for its
// family, with the cursor on a guess from its words; with no guess, on the
// family chosen before, else the highlighted title's.
func (p *Page) typedTitle(title string) tea.Cmd {
	id, guessed := guessFamily(p.c.Catalog, title)
	switch {
	case guessed:
	case p.posting.Role != "":
		id = p.posting.Role
	default:
		if _, i, ok := p.roles.Current(); ok {
			id = p.roleChoices[i].role.ID
		}
	}
	return p.askFamily(title, id, guessed)
}

// askFamily asks which role family title belongs to, the cursor on id.
func (p *Page) askFamily(title, id string, guessed bool) tea.Cmd {
	p.typed, p.guessed = title, guessed
	p.families = p.familyPicker()
	p.families.SelectID(id)
	return p.status.Info("") // what was said before is not about this question
}

// askingFamily reports whether the role step is asking for the typed
// title's family.
func (p *Page) askingFamily() bool { return p.typed != "" }

func (p *Page) updateFamily(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, p.keys.Choose):
		it, _, ok := p.families.Current()
		if !ok {
			return nil
		}
		role, _ := p.c.Catalog.Role(it.ID)
		title := p.typed
		p.typed = ""
		p.setRole(role, title, true)
		return p.goTo(stepSeniority)
	case key.Matches(km, p.keys.EditTitle):
		// Back to the title as typed, to change it.
		title := p.typed
		p.typed = ""
		return p.ask(askTitle, "Job title: ", title)
	}
	return nil
}
