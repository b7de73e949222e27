package data

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"jobpost/model"
)

// index holds lookups by id, built by Validate.
type index struct {
	roles            map[string]int
	levels           map[string]int
	categories       map[string]int
	skills           map[string]int
	responsibilities map[string]int
	roleLevels       map[roleLevelKey]int
	// countries maps a folded code, name or alias to its country.
	countries map[string]int
}

type roleLevelKey struct{ role, level string }

// credentialCategories are the schema.org credentialCategory values Google
// for Jobs reads.
var credentialCategories = []string{"high school", "associate degree", "bachelor degree", "professional certificate", "postgraduate degree"}

// Problem is one thing Validate found wrong, tied to the entry it is about:
// the catalog key of its list ("skills") and its id ("" when it has none),
// so that a loader can point at the line the entry is on.
type Problem struct {
	Key string
	ID  string
	Err error
}

func (p *Problem) Error() string { return p.Err.Error() }

func (p *Problem) Unwrap() error { return p.Err }

// Validate checks that ids are unique and present, that every reference
// resolves and that text is present, then builds the lookups. It reports
// every problem it finds, not just the first; each is a *Problem.
func (c *Catalog) Validate() error {
	var errs []error
	bad := func(key, id, format string, args ...any) {
		errs = append(errs, &Problem{Key: key, ID: id, Err: fmt.Errorf(format, args...)})
	}

	ids := func(key, kind string, n int, id func(int) string) map[string]int {
		m := make(map[string]int, n)
		for i := 0; i < n; i++ {
			k := id(i)
			switch {
			case strings.TrimSpace(k) == "":
				bad(key, "", "%s #%d has no id", kind, i+1)
			case m[k] != 0:
				bad(key, k, "%s id %q is used twice", kind, k)
			default:
				m[k] = i + 1 // 1-based so the zero value means "absent"
			}
		}
		return m
	}
	c.index.roles = ids("roles", "role", len(c.Roles), func(i int) string { return c.Roles[i].ID })
	c.index.levels = ids("seniority", "seniority level", len(c.Seniority), func(i int) string { return c.Seniority[i].ID })
	c.index.categories = ids("skill_categories", "skill category", len(c.SkillCategories), func(i int) string { return c.SkillCategories[i].ID })
	c.index.skills = ids("skills", "skill", len(c.Skills), func(i int) string { return c.Skills[i].ID })
	c.index.responsibilities = ids("responsibilities", "responsibility", len(c.Responsibilities), func(i int) string { return c.Responsibilities[i].ID })
	ids("qualifications", "qualification", len(c.Qualifications), func(i int) string { return c.Qualifications[i].ID })
	ids("benefits", "benefit", len(c.Benefits), func(i int) string { return c.Benefits[i].ID })
	ids("workplace_types", "workplace type", len(c.WorkplaceTypes), func(i int) string { return c.WorkplaceTypes[i].ID })
	ids("employment_types", "employment type", len(c.EmploymentTypes), func(i int) string { return c.EmploymentTypes[i].ID })
	ids("eeo_statements", "equal-opportunity statement", len(c.EEOStatements), func(i int) string { return c.EEOStatements[i].ID })

	c.validateRoleLevels(bad)
	c.validateCountries(bad)

	for _, r := range c.Roles {
		if r.Name == "" || len(r.Titles) == 0 {
			bad("roles", r.ID, "role %q needs a name and at least one title", r.ID)
		}
		for _, s := range r.DefaultSkills {
			if c.index.skills[s] == 0 {
				bad("roles", r.ID, "role %q: default skill %q is not in the catalog", r.ID, s)
			}
		}
	}
	for _, l := range c.Seniority {
		if l.Name == "" || !strings.Contains(l.TitleFormat, "%s") {
			bad("seniority", l.ID, "seniority level %q needs a name and a title_format containing %%s", l.ID)
		}
		if l.MaxYears != 0 && l.MaxYears < l.MinYears {
			bad("seniority", l.ID, "seniority level %q: max_years %d is below min_years %d", l.ID, l.MaxYears, l.MinYears)
		}
		if l.Education != "" && !slices.Contains(credentialCategories, l.Education) {
			bad("seniority", l.ID, "seniority level %q: education %q is not one of %s", l.ID, l.Education, strings.Join(credentialCategories, ", "))
		}
		if l.EmploymentType != "" && !slices.ContainsFunc(c.EmploymentTypes, func(e Choice) bool { return e.ID == l.EmploymentType }) {
			bad("seniority", l.ID, "seniority level %q: employment_type %q is not in the catalog", l.ID, l.EmploymentType)
		}
	}
	for _, cat := range c.SkillCategories {
		if cat.Name == "" {
			bad("skill_categories", cat.ID, "skill category %q has no name", cat.ID)
		}
	}
	for _, s := range c.Skills {
		if s.Name == "" {
			bad("skills", s.ID, "skill %q has no name", s.ID)
		}
		if c.index.categories[s.Category] == 0 {
			bad("skills", s.ID, "skill %q: category %q is not in the catalog", s.ID, s.Category)
		}
		for _, r := range s.Roles {
			if c.index.roles[r] == 0 {
				bad("skills", s.ID, "skill %q: role %q is not in the catalog", s.ID, r)
			}
		}
		for _, t := range s.Tags {
			if t != TagDesign && t != TagLead {
				bad("skills", s.ID, "skill %q: tag %q is not %q or %q", s.ID, t, TagDesign, TagLead)
			}
		}
	}
	for _, r := range c.Responsibilities {
		if r.Text == "" {
			bad("responsibilities", r.ID, "responsibility %q has no text", r.ID)
		}
		if c.index.roles[r.Role] == 0 {
			bad("responsibilities", r.ID, "responsibility %q: role %q is not in the catalog", r.ID, r.Role)
		}
		if len(r.Levels) == 0 {
			bad("responsibilities", r.ID, "responsibility %q names no seniority levels", r.ID)
		}
		for _, l := range r.Levels {
			if c.index.levels[l] == 0 {
				bad("responsibilities", r.ID, "responsibility %q: seniority %q is not in the catalog", r.ID, l)
			}
		}
		for _, t := range r.Tags {
			if t != TagDesign && t != TagLead && t != TagDirection {
				bad("responsibilities", r.ID, "responsibility %q: tag %q is not %q, %q or %q", r.ID, t, TagDesign, TagLead, TagDirection)
			}
		}
	}
	for _, q := range c.Qualifications {
		if q.Text == "" {
			bad("qualifications", q.ID, "qualification %q has no text", q.ID)
		}
		if c.index.levels[q.Seniority] == 0 {
			bad("qualifications", q.ID, "qualification %q: seniority %q is not in the catalog", q.ID, q.Seniority)
		}
		for _, r := range q.Roles {
			if c.index.roles[r] == 0 {
				bad("qualifications", q.ID, "qualification %q: role %q is not in the catalog", q.ID, r)
			}
		}
		if q.Kind != "" && q.Kind != KindExperience && q.Kind != KindEducation {
			bad("qualifications", q.ID, "qualification %q: kind %q is not %q or %q", q.ID, q.Kind, KindExperience, KindEducation)
		}
	}
	for _, b := range c.Benefits {
		if strings.TrimSpace(b.Text) == "" {
			bad("benefits", b.ID, "benefit %q has no text", b.ID)
		}
	}
	for _, ch := range c.WorkplaceTypes {
		if ch.Name == "" {
			bad("workplace_types", ch.ID, "workplace type %q has no name", ch.ID)
		}
	}
	for _, ch := range c.EmploymentTypes {
		if ch.Name == "" {
			bad("employment_types", ch.ID, "employment type %q has no name", ch.ID)
		}
	}
	for _, st := range c.EEOStatements {
		if st.Name == "" || strings.TrimSpace(st.Text) == "" {
			bad("eeo_statements", st.ID, "equal-opportunity statement %q needs a name and a text", st.ID)
		}
	}
	return errors.Join(errs...)
}

// validateRoleLevels checks each role family × level entry and indexes it.
// Its problems carry the role id, since the entries have no id of their own.
func (c *Catalog) validateRoleLevels(bad func(key, id, format string, args ...any)) {
	c.index.roleLevels = make(map[roleLevelKey]int, len(c.RoleLevels))
	for i, rl := range c.RoleLevels {
		k := roleLevelKey{rl.Role, rl.Level}
		switch {
		case c.index.roles[rl.Role] == 0:
			bad("role_levels", "", "role level #%d: role %q is not in the catalog", i+1, rl.Role)
		case c.index.levels[rl.Level] == 0:
			bad("role_levels", "", "role %q: seniority %q is not in the catalog", rl.Role, rl.Level)
		case c.index.roleLevels[k] != 0:
			bad("role_levels", "", "role %q at %q is described twice", rl.Role, rl.Level)
		default:
			c.index.roleLevels[k] = i + 1
		}
		if strings.TrimSpace(rl.Summary) == "" {
			bad("role_levels", "", "role %q at %q has no summary", rl.Role, rl.Level)
		}
		for _, s := range rl.Skills {
			if c.index.skills[s] == 0 {
				bad("role_levels", "", "role %q at %q: skill %q is not in the catalog", rl.Role, rl.Level, s)
			}
		}
	}
}

// validateCountries checks the country list and indexes every code, name
// and alias, which must each find one country only.
func (c *Catalog) validateCountries(bad func(key, id, format string, args ...any)) {
	c.index.countries = make(map[string]int, 3*len(c.Countries))
	add := func(id, name string, i int) {
		k := model.FoldCountryName(name)
		if k == "" {
			return
		}
		if j := c.index.countries[k]; j != 0 && j != i+1 {
			bad("countries", id, "country %q: %q already names %s", id, name, c.Countries[j-1].Code)
			return
		}
		c.index.countries[k] = i + 1
	}
	for i, co := range c.Countries {
		if len(co.Code) != 2 || co.Code[0] < 'A' || co.Code[0] > 'Z' || co.Code[1] < 'A' || co.Code[1] > 'Z' {
			bad("countries", co.Code, "country %q: the code is not two capital letters (ISO 3166-1 alpha-2)", co.Code)
		}
		if strings.TrimSpace(co.Name) == "" {
			bad("countries", co.Code, "country %q has no name", co.Code)
		}
		add(co.Code, co.Code, i)
		add(co.Code, co.Name, i)
		for _, a := range co.Aliases {
			add(co.Code, a, i)
		}
	}
}
