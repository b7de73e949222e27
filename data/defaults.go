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
	l, _ := c.Level(level) // FULL_TIME for a level the catalog lacks
	d.EmploymentType = l.DefaultEmploymentType()
	return d
}

// ApplyDefaults refills p's lists from the catalog for its (new) role and
// level, after a change from oldRole and oldLevel: the duties, must-have
// skills and qualifications are replaced (a new must-have leaves the
// nice-to-haves), and the title, summary and employment type follow the
// change as FollowChange says.
func (c *Catalog) ApplyDefaults(p *model.Posting, oldRole, oldLevel string) {
	d := c.DefaultsFor(p.Role, p.Seniority)
	p.Responsibilities, p.Skills.Required, p.Qualifications = d.Responsibilities, d.MustSkills, d.Qualifications
	p.Skills.Preferred = slices.DeleteFunc(p.Skills.Preferred, func(s string) bool { return slices.Contains(d.MustSkills, s) })
	c.FollowChange(p, oldRole, oldLevel)
}

// FollowChange moves p's title, summary and employment type along with a
// change of its role family or level from oldRole and oldLevel, each only
// while it is still the catalog's own for the old pair, so the writer's
// words and choices are never overwritten. The wizard and the editor both
// call it.
func (c *Catalog) FollowChange(p *model.Posting, oldRole, oldLevel string) {
	p.Title = c.TitleAfterChange(p.Title, oldRole, oldLevel, p.Role, p.Seniority)
	p.Summary = c.SummaryAfterChange(p.Summary, oldRole, oldLevel, p.Role, p.Seniority)
	p.EmploymentType = c.EmploymentTypeAfterLevelChange(p.EmploymentType, oldLevel, p.Seniority)
}

// TitleAt is a role title at a seniority level: "Senior Backend Engineer";
// the title as it is for a level the catalog lacks.
func (c *Catalog) TitleAt(roleTitle, level string) string {
	l, _ := c.Level(level)
	return l.Title(roleTitle)
}

// TitleAfterChange is a posting's title once its role family or level
// changes: while it is one of the old family's titles at the old level (or
// empty, the family's usual one), the same title at the new level, or for a new family its usual
// title; else the writer's title as it is.
func (c *Catalog) TitleAfterChange(title, oldRole, oldLevel, newRole, newLevel string) string {
	role, ok := c.Role(newRole)
	if !ok {
		return title
	}
	old, _ := c.Role(oldRole)
	for i, t := range old.Titles {
		if title != c.TitleAt(t, oldLevel) && !(title == "" && i == 0) {
			continue
		}
		if old.ID != role.ID {
			t = role.Titles[0]
		}
		return c.TitleAt(t, newLevel)
	}
	return title
}

// EmploymentTypeAfterLevelChange is a posting's employment type once its
// level changes: the new level's usual type while it is still the old
// level's (or not stated), else the writer's choice as it is.
func (c *Catalog) EmploymentTypeAfterLevelChange(current, oldLevel, newLevel string) string {
	if oldLevel == newLevel {
		return current
	}
	old, _ := c.Level(oldLevel)
	if current != "" && current != old.DefaultEmploymentType() {
		return current
	}
	next, _ := c.Level(newLevel)
	return next.DefaultEmploymentType()
}
