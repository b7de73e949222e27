package data

import (
	"slices"

	"jobpost/model"
)

// Defaults are what the catalog suggests for a role family at a seniority
// level: the one rule the wizard, the editor and the command line share.
type Defaults struct {
	// ResponsibilityIDs and Responsibilities are the duties ticked by
	// default, in catalog order (ids and their texts, index for index).
	ResponsibilityIDs []string
	Responsibilities  []string
	// MustSkillIDs and MustSkills are the skills marked must-have.
	MustSkillIDs []string
	MustSkills   []string
	// Qualifications are the level's qualification texts.
	Qualifications []string
	// EmploymentType is the schema.org type the level usually has.
	EmploymentType string
	// Summary is the catalog's summary for the role at the level.
	Summary string
}

// DefaultsFor returns the catalog's defaults for role at level; unknown ids
// give empty lists.
func (c *Catalog) DefaultsFor(role, level string) Defaults {
	var d Defaults
	for _, r := range c.ResponsibilitiesFor(role, level) {
		if r.Default {
			d.ResponsibilityIDs = append(d.ResponsibilityIDs, r.ID)
			d.Responsibilities = append(d.Responsibilities, r.Text)
		}
	}
	if _, ok := c.Role(role); ok {
		for _, id := range c.DefaultSkillIDs(role, level) {
			if s, ok := c.Skill(id); ok {
				d.MustSkillIDs = append(d.MustSkillIDs, s.ID)
				d.MustSkills = append(d.MustSkills, s.Name)
			}
		}
	}
	d.Qualifications = c.RoleQualificationTexts(role, level)
	d.Summary = c.SummaryFor(role, level)
	if l, ok := c.Level(level); ok {
		d.EmploymentType = l.DefaultEmploymentType()
	} else {
		d.EmploymentType = "FULL_TIME"
	}
	return d
}

// ApplyDefaults refills p's lists from the catalog for its (new) role and
// level, after a change from oldRole and oldLevel: the duties, must-have
// skills and qualifications are replaced (a new must-have leaves the
// nice-to-haves). The title and summary follow only while they are still
// the catalog's own for the old role and level, so the writer's words are
// never overwritten.
func (c *Catalog) ApplyDefaults(p *model.Posting, oldRole, oldLevel string) {
	d := c.DefaultsFor(p.Role, p.Seniority)
	p.Responsibilities, p.Skills.Required, p.Qualifications = d.Responsibilities, d.MustSkills, d.Qualifications
	p.Skills.Preferred = slices.DeleteFunc(p.Skills.Preferred, func(s string) bool { return slices.Contains(d.MustSkills, s) })
	role, hasRole := c.Role(p.Role)
	if !hasRole {
		return
	}
	oldR, _ := c.Role(oldRole)
	oldL, _ := c.Level(oldLevel)
	newL, _ := c.Level(p.Seniority)
	for i, t := range oldR.Titles {
		if p.Title != oldL.Title(t) && !(p.Title == "" && i == 0) {
			continue
		}
		title := role.Titles[0]
		if oldR.ID == role.ID {
			title = t
		}
		p.Title = newL.Title(title)
		break
	}
	p.Summary = c.SummaryAfterChange(p.Summary, oldRole, oldLevel, p.Role, p.Seniority)
}

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
