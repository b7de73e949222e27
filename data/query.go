package data

import (
	"fmt"
	"slices"
	"strings"

	"jobpost/model"
)

// Role returns the role family with the given id.
func (c *Catalog) Role(id string) (Role, bool) {
	if i := c.index.roles[id]; i > 0 {
		return c.Roles[i-1], true
	}
	return Role{}, false
}

// Level returns the seniority level with the given id.
func (c *Catalog) Level(id string) (Level, bool) {
	if i := c.index.levels[id]; i > 0 {
		return c.Seniority[i-1], true
	}
	return Level{}, false
}

// Skill returns the skill with the given id.
func (c *Catalog) Skill(id string) (Skill, bool) {
	if i := c.index.skills[id]; i > 0 {
		return c.Skills[i-1], true
	}
	return Skill{}, false
}

// Responsibility returns the responsibility with the given id.
func (c *Catalog) Responsibility(id string) (Responsibility, bool) {
	if i := c.index.responsibilities[id]; i > 0 {
		return c.Responsibilities[i-1], true
	}
	return Responsibility{}, false
}

// CategoryName returns the display name of a skill category.
func (c *Catalog) CategoryName(id string) string {
	if i := c.index.categories[id]; i > 0 {
		return c.SkillCategories[i-1].Name
	}
	return id
}

// SkillsFor returns every skill, those that suit role first; within each of
// the two groups skills keep category order, then catalog order.
func (c *Catalog) SkillsFor(role string) []Skill {
	out := slices.Clone(c.Skills)
	suits := func(s Skill) int {
		if slices.Contains(s.Roles, role) {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(out, func(a, b Skill) int {
		if d := suits(a) - suits(b); d != 0 {
			return d
		}
		return c.index.categories[a.Category] - c.index.categories[b.Category]
	})
	return out
}

// SuitsRole reports whether skill s is tagged for role.
func (s Skill) SuitsRole(role string) bool { return slices.Contains(s.Roles, role) }

// ResponsibilitiesFor returns the responsibilities of a role family that
// suit a seniority level, in catalog order (the order that reads well).
func (c *Catalog) ResponsibilitiesFor(role, level string) []Responsibility {
	var out []Responsibility
	for _, r := range c.Responsibilities {
		if r.Role == role && slices.Contains(r.Levels, level) {
			out = append(out, r)
		}
	}
	return out
}

// RoleLevel returns what role family role asks at seniority level.
func (c *Catalog) RoleLevel(role, level string) (RoleLevel, bool) {
	if i := c.index.roleLevels[roleLevelKey{role, level}]; i > 0 {
		return c.RoleLevels[i-1], true
	}
	return RoleLevel{}, false
}

// SummaryFor is the summary a posting for role at level starts with: the
// level's own, else the family's one line ("" for an unknown role).
func (c *Catalog) SummaryFor(role, level string) string {
	if rl, ok := c.RoleLevel(role, level); ok {
		return rl.Summary
	}
	r, _ := c.Role(role)
	return r.Summary
}

// DefaultSkillIDs are the skill ids pre-marked must-have for role at
// level: the level's own, else the family's; in the order the skill
// pickers list them (SkillsFor: the role's own first, by category, then
// catalog order), so that ticking them in a picker gives the same list.
func (c *Catalog) DefaultSkillIDs(role, level string) []string {
	ids := c.familySkillIDs(role, level)
	order := func(id string) (suits, category, at int) {
		s, ok := c.Skill(id)
		if !ok {
			return 2, 0, 0
		}
		suits = 1
		if s.SuitsRole(role) {
			suits = 0
		}
		return suits, c.index.categories[s.Category], c.index.skills[id]
	}
	out := slices.Clone(ids)
	slices.SortStableFunc(out, func(a, b string) int {
		sa, ca, ia := order(a)
		sb, cb, ib := order(b)
		if sa != sb {
			return sa - sb
		}
		if ca != cb {
			return ca - cb
		}
		return ia - ib
	})
	return out
}

func (c *Catalog) familySkillIDs(role, level string) []string {
	if rl, ok := c.RoleLevel(role, level); ok {
		return rl.Skills
	}
	r, _ := c.Role(role)
	return r.DefaultSkills
}

// isCatalogSummary reports whether summary is one the catalog wrote for
// role, at any level or at none.
func (c *Catalog) isCatalogSummary(summary, role string) bool {
	if r, ok := c.Role(role); ok && summary == r.Summary {
		return true
	}
	for _, l := range c.Seniority {
		if rl, ok := c.RoleLevel(role, l.ID); ok && summary == rl.Summary {
			return true
		}
	}
	return false
}

// SummaryAfterChange is a posting's summary once its role family and level
// change from oldRole and oldLevel to newRole and newLevel: the catalog's
// summary for the new pair while the old one was still the catalog's own
// (for the old role, at any level) or empty; else the writer's text as is.
func (c *Catalog) SummaryAfterChange(summary, oldRole, oldLevel, newRole, newLevel string) string {
	if _, ok := c.Role(newRole); !ok {
		return summary
	}
	if strings.TrimSpace(summary) == "" || c.isCatalogSummary(summary, oldRole) {
		return c.SummaryFor(newRole, newLevel)
	}
	return summary
}

// QualificationsFor returns the qualifications written for a level, for
// every role family (see QualificationsForRole for one family's).
func (c *Catalog) QualificationsFor(level string) []Qualification {
	var out []Qualification
	for _, q := range c.Qualifications {
		if q.Seniority == level {
			out = append(out, q)
		}
	}
	return out
}

// QualificationsForRole returns the qualifications written for a level
// that suit role family role, in catalog order: those for every family and
// those for role, where a line of a kind ("education") written for role
// replaces the every-family line of that kind.
func (c *Catalog) QualificationsForRole(role, level string) []Qualification {
	own := map[string]bool{}
	for _, q := range c.Qualifications {
		if q.Seniority == level && q.Kind != "" && len(q.Roles) > 0 && slices.Contains(q.Roles, role) {
			own[q.Kind] = true
		}
	}
	var out []Qualification
	for _, q := range c.Qualifications {
		if q.Seniority != level || !q.Suits(role) || (len(q.Roles) == 0 && own[q.Kind]) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// Suits reports whether q is written for role family role.
func (q Qualification) Suits(role string) bool {
	return len(q.Roles) == 0 || slices.Contains(q.Roles, role)
}

// Years describes a level's experience range: "0–2 years", "5+ years".
func (l Level) Years() string {
	switch {
	case l.MaxYears == 0 && l.MinYears == 0:
		return "no experience needed"
	case l.MaxYears == 0:
		return fmt.Sprintf("%d+ years", l.MinYears)
	default:
		return fmt.Sprintf("%d–%d years", l.MinYears, l.MaxYears)
	}
}

// Title applies the level to a role title: "Senior Backend Engineer".
func (l Level) Title(roleTitle string) string {
	if l.TitleFormat == "" {
		return roleTitle
	}
	return fmt.Sprintf(l.TitleFormat, roleTitle)
}

// ExperienceMonths is the least experience a seniority level asks for, in
// months, as JSON-LD's experienceRequirements states it: the catalog's
// min_years × 12, so a company catalog's ladder wins; else the usual
// figure for the built-in ids; -1 (state none) for a level that asks for
// none.
func (c *Catalog) ExperienceMonths(seniority string) int {
	if l, ok := c.Level(seniority); ok {
		if l.MinYears > 0 {
			return l.MinYears * 12
		}
		return -1
	}
	if m, ok := model.ExperienceMonths(seniority); ok && m > 0 {
		return m
	}
	return -1
}

// DefaultEmploymentType is the employment type a posting at this level
// starts with.
func (l Level) DefaultEmploymentType() string {
	if l.EmploymentType != "" {
		return l.EmploymentType
	}
	return "FULL_TIME"
}

// Education is the schooling a posting at a seniority level asks for, as
// JSON-LD's educationRequirements states it: the catalog's, so a company
// catalog's ladder wins; else the usual one for the built-in ids.
func (c *Catalog) Education(seniority string) model.EducationRequirement {
	if l, ok := c.Level(seniority); ok {
		return model.EducationRequirement{Credential: l.Education, ExperienceInPlace: l.ExperienceInPlaceOfEducation}
	}
	e, _ := model.EducationFor(seniority)
	return e
}

// ExportOptions returns opts with what the catalog knows about p filled
// in for JSON-LD: the months of experience and the education its
// seniority asks for, and its country's ISO code and name. Formats stay
// pure; this is where the catalog's facts come in.
func (c *Catalog) ExportOptions(p model.Posting, opts model.ExportOptions) model.ExportOptions {
	opts.ExperienceMonths = c.ExperienceMonths(p.Seniority)
	e := c.Education(p.Seniority)
	opts.Education = &e
	if co, ok := c.Country(p.Location.Country); ok {
		opts.CountryCode, opts.CountryName = co.Code, co.Name
	}
	return opts
}

// QualificationTexts are the texts of the qualifications written for a
// level and no particular role family, in catalog order
// (RoleQualificationTexts gives a family's).
func (c *Catalog) QualificationTexts(level string) []string {
	return c.RoleQualificationTexts("", level)
}

// RoleQualificationTexts are the texts of the qualifications written for
// a level that suit role family role, in catalog order.
func (c *Catalog) RoleQualificationTexts(role, level string) []string {
	var out []string
	for _, q := range c.QualificationsForRole(role, level) {
		out = append(out, q.Text)
	}
	return out
}

// Problems are the ways a posting refers to what the catalog lacks: a role
// family or seniority id it does not have. (model.Posting.Problems checks
// everything that needs no catalog.)
func (c *Catalog) Problems(p model.Posting) []model.FieldError {
	var out []model.FieldError
	if _, ok := c.Role(p.Role); p.Role != "" && !ok {
		out = append(out, model.FieldError{Field: "role", Message: fmt.Sprintf("%q is not a role family in the catalog ('jobpost catalog' lists them)", p.Role)})
	}
	if _, ok := c.Level(p.Seniority); p.Seniority != "" && !ok {
		out = append(out, model.FieldError{Field: "seniority", Message: fmt.Sprintf("%q is not a seniority level in the catalog ('jobpost catalog' lists them)", p.Seniority)})
	}
	return out
}

// SummaryAfterRoleChange is a posting's summary once its role family
// changes from oldRole to newRole, before a level is known: the new
// family's one-line summary when the old one was still the catalog's own
// (or empty), else the writer's text as is. SummaryAfterChange does the
// same knowing the levels.
func (c *Catalog) SummaryAfterRoleChange(summary, oldRole, newRole string) string {
	return c.SummaryAfterChange(summary, oldRole, "", newRole, "")
}
