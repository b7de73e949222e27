package data

// Option is one catalog entry offered in a list to choose from.
type Option struct {
	ID, Label string
	// Group is the heading it sits under.
	Group string
}

// SkillOptions are the catalog's skills as offered for a role family: its
// own skills first, by category, then the rest under "· other roles"
// headings. The wizard and the editor offer skills the same way.
func (c *Catalog) SkillOptions(role string) []Option {
	var out []Option
	for _, s := range c.SkillsFor(role) {
		group := c.CategoryName(s.Category)
		if role != "" && !s.SuitsRole(role) {
			group += " · other roles"
		}
		out = append(out, Option{ID: s.ID, Label: s.Name, Group: group})
	}
	return out
}

// ResponsibilityOptions are the catalog's duties as offered for a role
// family at a level: the pair's own first, then the family's duties at
// other levels, then other families' under their names; each once, in
// catalog order within its group.
func (c *Catalog) ResponsibilityOptions(role, level string) []Option {
	var out []Option
	own := make(map[string]bool)
	for _, r := range c.ResponsibilitiesFor(role, level) {
		own[r.ID] = true
		out = append(out, Option{ID: r.ID, Label: r.Text, Group: "For this role and level"})
	}
	// The family's other levels next, as likelier fits than other families.
	for _, sameRole := range []bool{true, false} {
		for _, r := range c.Responsibilities {
			if own[r.ID] || (r.Role == role) != sameRole {
				continue
			}
			group := "Other levels"
			if !sameRole {
				group = "Other roles"
				if other, ok := c.Role(r.Role); ok {
					group = other.Name
				}
			}
			out = append(out, Option{ID: r.ID, Label: r.Text, Group: group})
		}
	}
	return out
}

// QualificationOptions are the catalog's qualifications as offered for a
// role family at a level: those written for it first, then the other
// levels' (that suit the family) under the level's name, then what the
// catalog wrote for other families; each once, in catalog order within its
// group.
func (c *Catalog) QualificationOptions(role, level string) []Option {
	var out []Option
	seen := map[string]bool{}
	for _, q := range c.QualificationsForRole(role, level) {
		seen[q.ID] = true
		out = append(out, Option{ID: q.ID, Label: q.Text, Group: "For this role and level"})
	}
	var others []Option
	for _, q := range c.Qualifications {
		if seen[q.ID] {
			continue
		}
		group := q.Seniority
		if l, ok := c.Level(q.Seniority); ok {
			group = l.Name
		}
		if !q.Suits(role) {
			others = append(others, Option{ID: q.ID, Label: q.Text, Group: "Other roles"})
			continue
		}
		out = append(out, Option{ID: q.ID, Label: q.Text, Group: group})
	}
	return append(out, others...)
}
