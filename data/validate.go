package data

import (
	"errors"
	"fmt"
	"strings"
)

// index holds lookups by id, built by Validate.
type index struct {
	roles      map[string]int
	levels     map[string]int
	categories map[string]int
	skills     map[string]int
}

// Validate checks that ids are unique and present, that every reference
// resolves and that text is present, then builds the lookups. It reports
// every problem it finds, not just the first.
func (c *Catalog) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	ids := func(kind string, n int, id func(int) string) map[string]int {
		m := make(map[string]int, n)
		for i := 0; i < n; i++ {
			k := id(i)
			switch {
			case strings.TrimSpace(k) == "":
				bad("%s #%d has no id", kind, i+1)
			case m[k] != 0:
				bad("%s id %q is used twice", kind, k)
			default:
				m[k] = i + 1 // 1-based so the zero value means "absent"
			}
		}
		return m
	}
	c.index.roles = ids("role", len(c.Roles), func(i int) string { return c.Roles[i].ID })
	c.index.levels = ids("seniority level", len(c.Seniority), func(i int) string { return c.Seniority[i].ID })
	c.index.categories = ids("skill category", len(c.SkillCategories), func(i int) string { return c.SkillCategories[i].ID })
	c.index.skills = ids("skill", len(c.Skills), func(i int) string { return c.Skills[i].ID })
	ids("responsibility", len(c.Responsibilities), func(i int) string { return c.Responsibilities[i].ID })
	ids("qualification", len(c.Qualifications), func(i int) string { return c.Qualifications[i].ID })
	ids("benefit", len(c.Benefits), func(i int) string { return c.Benefits[i].ID })
	ids("workplace type", len(c.WorkplaceTypes), func(i int) string { return c.WorkplaceTypes[i].ID })
	ids("employment type", len(c.EmploymentTypes), func(i int) string { return c.EmploymentTypes[i].ID })
	ids("equal-opportunity statement", len(c.EEOStatements), func(i int) string { return c.EEOStatements[i].ID })

	for _, r := range c.Roles {
		if r.Name == "" || len(r.Titles) == 0 {
			bad("role %q needs a name and at least one title", r.ID)
		}
		for _, s := range r.DefaultSkills {
			if c.index.skills[s] == 0 {
				bad("role %q: default skill %q is not in the catalog", r.ID, s)
			}
		}
	}
	for _, l := range c.Seniority {
		if l.Name == "" || !strings.Contains(l.TitleFormat, "%s") {
			bad("seniority level %q needs a name and a title_format containing %%s", l.ID)
		}
		if l.MaxYears != 0 && l.MaxYears < l.MinYears {
			bad("seniority level %q: max_years %d is below min_years %d", l.ID, l.MaxYears, l.MinYears)
		}
	}
	for _, s := range c.Skills {
		if s.Name == "" {
			bad("skill %q has no name", s.ID)
		}
		if c.index.categories[s.Category] == 0 {
			bad("skill %q: category %q is not in the catalog", s.ID, s.Category)
		}
		for _, r := range s.Roles {
			if c.index.roles[r] == 0 {
				bad("skill %q: role %q is not in the catalog", s.ID, r)
			}
		}
	}
	for _, r := range c.Responsibilities {
		if r.Text == "" {
			bad("responsibility %q has no text", r.ID)
		}
		if c.index.roles[r.Role] == 0 {
			bad("responsibility %q: role %q is not in the catalog", r.ID, r.Role)
		}
		if len(r.Levels) == 0 {
			bad("responsibility %q names no seniority levels", r.ID)
		}
		for _, l := range r.Levels {
			if c.index.levels[l] == 0 {
				bad("responsibility %q: seniority %q is not in the catalog", r.ID, l)
			}
		}
	}
	for _, q := range c.Qualifications {
		if q.Text == "" {
			bad("qualification %q has no text", q.ID)
		}
		if c.index.levels[q.Seniority] == 0 {
			bad("qualification %q: seniority %q is not in the catalog", q.ID, q.Seniority)
		}
	}
	return errors.Join(errs...)
}
