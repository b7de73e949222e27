package data

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes the catalog as one indented JSON object with the same
// keys and shape as the catalog files, so the output can be edited and
// loaded back as a company catalog. Empty lists are written as [].
func (c *Catalog) WriteJSON(w io.Writer) error {
	out := Catalog{
		Roles:            nonNil(c.Roles),
		Seniority:        nonNil(c.Seniority),
		SkillCategories:  nonNil(c.SkillCategories),
		Skills:           nonNil(c.Skills),
		Responsibilities: nonNil(c.Responsibilities),
		Qualifications:   nonNil(c.Qualifications),
		Benefits:         nonNil(c.Benefits),
		WorkplaceTypes:   nonNil(c.WorkplaceTypes),
		EmploymentTypes:  nonNil(c.EmploymentTypes),
		EEOStatements:    nonNil(c.EEOStatements),
		RoleLevels:       nonNil(c.RoleLevels),
		Countries:        nonNil(c.Countries),
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(&out)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteText writes a readable listing of the whole catalog, section by
// section, with the ids a company catalog or a command line would use.
func (c *Catalog) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	section := func(title string, n int) { p("%s (%d)\n\n", title, n) }

	section("ROLE FAMILIES", len(c.Roles))
	for _, r := range c.Roles {
		p("  %s [%s]\n", r.Name, r.ID)
		p("    Titles:  %s\n", strings.Join(r.Titles, "; "))
		if r.Summary != "" {
			p("    Summary: %s\n", r.Summary)
		}
		if len(r.DefaultSkills) > 0 {
			p("    Default skills: %s\n", strings.Join(c.skillNames(r.DefaultSkills), "; "))
		}
		for _, l := range c.Seniority {
			rl, ok := c.RoleLevel(r.ID, l.ID)
			if !ok {
				continue
			}
			p("    %s: %s\n", l.Name, rl.Summary)
			if len(rl.Skills) > 0 {
				p("      Must-have skills: %s\n", strings.Join(c.skillNames(rl.Skills), "; "))
			}
		}
		p("\n")
	}

	section("SENIORITY", len(c.Seniority))
	for _, l := range c.Seniority {
		p("  %s [%s], %s\n", l.Name, l.ID, l.Years())
		if l.Ownership != "" {
			p("    %s\n", l.Ownership)
		}
		if l.Education != "" {
			instead := ""
			if l.ExperienceInPlaceOfEducation {
				instead = ", or experience in its place"
			}
			p("    Education: %s%s\n", l.Education, instead)
		}
	}
	p("\n")

	section("SKILLS", len(c.Skills))
	for _, cat := range c.SkillCategories {
		var items []string
		for _, s := range c.Skills {
			if s.Category == cat.ID {
				items = append(items, fmt.Sprintf("%s [%s]", s.Name, s.ID))
			}
		}
		if len(items) == 0 {
			continue
		}
		p("  %s [%s]\n", cat.Name, cat.ID)
		for _, it := range items {
			p("    %s\n", it)
		}
		p("\n")
	}

	section("RESPONSIBILITIES", len(c.Responsibilities))
	for _, r := range c.Roles {
		p("  %s [%s]\n", r.Name, r.ID)
		for _, resp := range c.Responsibilities {
			if resp.Role != r.ID {
				continue
			}
			mark := " "
			if resp.Default {
				mark = "*"
			}
			p("    %s %s\n", mark, resp.Text)
			p("        [%s] %s\n", resp.ID, strings.Join(resp.Levels, ", "))
		}
		p("\n")
	}
	p("  * pre-checked for the levels listed\n\n")

	section("QUALIFICATIONS", len(c.Qualifications))
	for _, l := range c.Seniority {
		qs := c.QualificationsFor(l.ID)
		if len(qs) == 0 {
			continue
		}
		p("  %s [%s]\n", l.Name, l.ID)
		for _, q := range qs {
			p("    - %s [%s]\n", q.Text, q.ID)
			if len(q.Roles) > 0 {
				p("        for %s\n", strings.Join(q.Roles, ", "))
			}
		}
		p("\n")
	}

	section("BENEFITS", len(c.Benefits))
	for _, b := range c.Benefits {
		p("  - %s [%s]\n", b.Text, b.ID)
	}
	p("\n")

	section("WORKPLACE TYPES", len(c.WorkplaceTypes))
	for _, ch := range c.WorkplaceTypes {
		p("  %s [%s]\n", ch.Name, ch.ID)
	}
	p("\n")

	section("EMPLOYMENT TYPES", len(c.EmploymentTypes))
	for _, ch := range c.EmploymentTypes {
		p("  %s [%s]\n", ch.Name, ch.ID)
	}
	p("\n")

	section("COUNTRIES", len(c.Countries))
	for _, co := range c.Countries {
		p("  %s [%s]\n", co.Name, co.Code)
	}
	p("\n")

	section("EQUAL-OPPORTUNITY STATEMENTS", len(c.EEOStatements))
	for i, st := range c.EEOStatements {
		if i > 0 {
			p("\n")
		}
		p("  %s [%s]\n", st.Name, st.ID)
		p("    %s\n", st.Text)
	}
	return bw.Flush()
}

// skillNames maps skill ids to names, keeping unknown ids as they are.
func (c *Catalog) skillNames(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if s, ok := c.Skill(id); ok {
			out[i] = s.Name
		}
	}
	return out
}
