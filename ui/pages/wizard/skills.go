package wizard

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/picker"
)

// The skills list's marks, and the duties list's one.
const (
	must   = picker.Must
	nice   = picker.Nice
	ticked = picker.Ticked
)

// skillCycle is what space does on a skill: not asked → must-have →
// nice-to-have → not asked.
var skillCycle = []picker.Mark{picker.Unmarked, must, nice}

// customPrefix marks the ids of items the user typed in.
const customPrefix = "custom:"

// ownSkills is the heading of the skills the user typed in.
const ownSkills = "Your own skills"

// buildSkills (re)builds the skills list for the chosen role, as the
// catalog offers them for it. Marks the user set are kept; an untouched
// list takes the must-haves of the role at its level, and follows a change
// of level.
func (p *Page) buildSkills() {
	sameLevel := p.skillsLevel == p.posting.Seniority || p.skillsTouched
	if len(p.skills.Items()) > 0 && p.skillsRole == p.posting.Role && sameLevel {
		return
	}
	cat := p.c.Catalog
	prev := marksByID(p.skills)
	var items []picker.Item
	for _, o := range cat.SkillOptions(p.posting.Role) {
		items = append(items, picker.Item{ID: o.ID, Label: o.Label, Group: o.Group})
	}
	items = append(items, customItems(prev, ownSkills)...)
	p.skills = picker.New(p.c, items, picker.SkillMarks(p.c.Styles))
	defaults := cat.DefaultsFor(p.posting.Role, p.posting.Seniority).MustSkillIDs
	for i, it := range items {
		switch {
		case p.skillsTouched:
			p.skills.SetMark(i, prev[it.ID])
		case slices.Contains(defaults, it.ID):
			p.skills.SetMark(i, must)
		}
	}
	p.skillsRole, p.skillsLevel = p.posting.Role, p.posting.Seniority
	p.skills.SetSize(p.width, max(p.height-3, 1))
}

func (p *Page) updateSkills(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, p.keys.Cycle):
		if _, ok := p.skills.Toggle(skillCycle...); !ok {
			return nil
		}
	case key.Matches(km, p.keys.Must):
		p.setSkill(must)
	case key.Matches(km, p.keys.Nice):
		p.setSkill(nice)
	case key.Matches(km, p.keys.Add):
		return p.ask(askSkill, "Skill: ", "")
	case key.Matches(km, p.keys.Next):
		return p.goTo(stepResponsibilities)
	case key.Matches(km, p.keys.Back):
		return p.goTo(stepSeniority)
	default:
		return nil
	}
	p.skillsTouched = true
	return p.changed()
}

// setSkill gives the skill under the cursor mark m, or takes it away if it
// has it already.
func (p *Page) setSkill(m picker.Mark) {
	if _, i, ok := p.skills.Current(); ok {
		if p.skills.Mark(i) == m {
			m = picker.Unmarked
		}
		p.skills.SetMark(i, m)
	}
}

// marksByID are a list's marks by item id, unmarked items left out.
func marksByID(l picker.Model) map[string]picker.Mark {
	items := l.Items()
	m := make(map[string]picker.Mark, len(items))
	for i, it := range items {
		if mk := l.Mark(i); mk != picker.Unmarked {
			m[it.ID] = mk
		}
	}
	return m
}

// customItems turns the custom ids among marks into items, by name.
func customItems(marks map[string]picker.Mark, group string) []picker.Item {
	var out []picker.Item
	for id := range marks {
		if name, ok := strings.CutPrefix(id, customPrefix); ok {
			out = append(out, picker.Item{ID: id, Label: name, Group: group})
		}
	}
	slices.SortFunc(out, func(a, b picker.Item) int { return strings.Compare(a.Label, b.Label) })
	return out
}

// labels are the labels of a list's items with mark m, in list order.
func labels(l picker.Model, m picker.Mark) []string {
	var out []string
	for _, i := range l.Marked(m) {
		out = append(out, l.Items()[i].Label)
	}
	return out
}
