package postingeditor

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/form"
)

// Form sections: title, role and level, company, location, employment
// type, pay, how to apply — the form each one opens, and how the shell
// runs it. Every input holds the model's limit for its value (model
// limits.go); a value already longer keeps its length (form.Text).

func (e *Shell) openForm() tea.Cmd {
	e.form = e.formFor(e.current().id)
	lw, _ := e.paneWidths()
	e.form.SetWidth(lw)
	e.form.Candidate(e.posting) // show what is already wrong
	e.roleBefore, e.levelBefore = e.posting.Role, e.posting.Seniority
	e.mode = formOpen
	return e.form.Focus(0)
}

func (e *Shell) formKey(km tea.KeyPressMsg) tea.Cmd {
	var cmd tea.Cmd
	var ev form.Event
	e.form, cmd, ev = e.form.Update(km)
	switch ev {
	case form.Changed:
		return tea.Batch(cmd, e.formChanged())
	case form.Submitted:
		if !e.form.Valid() {
			return e.status.Failure("Fix the marked field first, or esc puts it back")
		}
		return e.closeForm()
	case form.Cancelled:
		if e.form.Valid() {
			return e.closeForm()
		}
		note := revertedNote(e.form.RevertInvalid())
		return tea.Batch(e.formChanged(), e.closeForm(), e.say(e.status.Info(note)))
	}
	return cmd
}

// formFor is the form of a form section.
func (e *Shell) formFor(id ID) form.Model {
	if id == Size {
		return e.sizeForm()
	}
	return sectionForm(e.c, e.posting, id, e.profile)
}

// formChanged applies the form when all of it is valid.
func (e *Shell) formChanged() tea.Cmd {
	if e.current().id == Size {
		return e.sizeChanged()
	}
	next, ok := e.form.Candidate(e.posting)
	if !ok || sameContent(next, e.posting) {
		return nil
	}
	return e.commit(next, e.group("form"))
}

func (e *Shell) closeForm() tea.Cmd {
	e.mode = browsing
	e.form.Blur()
	if e.current().id == Role && (e.posting.Role != e.roleBefore || e.posting.Seniority != e.levelBefore) {
		return e.offerRefresh()
	}
	return nil
}

// statusRoom is the width a status message has at 80 columns.
const statusRoom = 62

// revertedNote says which fields esc put back, and what they hold again:
// "Currency XYZ is not valid: kept EUR. The rest is saved." The values go
// when that does not fit the status bar.
func revertedNote(reverted []form.Reverted, rest bool) string {
	after := ""
	if rest {
		after = ". The rest is saved."
	}
	if len(reverted) != 1 {
		labels := make([]string, len(reverted))
		for i, r := range reverted {
			labels[i] = r.Label
		}
		return joinAnd(labels) + " were not valid: put back" + after
	}
	r := reverted[0]
	kept := "kept it empty"
	if r.Kept != "" {
		kept = "kept " + ansi.Truncate(r.Kept, 16, "…")
	}
	note := r.Label + " cannot be empty: " + kept + after
	if r.Value != "" {
		note = r.Label + " " + ansi.Truncate(r.Value, 16, "…") + " is not valid: " + kept + after
	}
	if ansi.StringWidth(note) > statusRoom {
		note = r.Label + " was not valid: kept as before" + after
	}
	return note
}

// joinAnd is "A", "A and B", "A, B and C".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// sectionForm builds the form of a form section from p.
func sectionForm(c *common.Common, p model.Posting, id ID, profile bool) form.Model {
	cat, theme := c.Catalog, c.Styles.Theme
	var fields []form.Field
	line := func(label, problem, value string, limit int, set func(*model.Posting, string)) {
		fields = append(fields, form.Text(theme, label, problem, value, limit, func(p *model.Posting, v string) error {
			set(p, model.CleanLine(v))
			return nil
		}))
	}
	choice := func(label, problem string, choices []form.Choice, value string, set func(*model.Posting, string)) {
		fields = append(fields, form.Select(label, problem, choices, value, func(p *model.Posting, v string) error {
			set(p, v)
			return nil
		}))
	}
	switch id {
	case Title:
		line("Title", "title", p.Title, model.MaxTitleLength, func(p *model.Posting, v string) { p.Title = v })
	case Role:
		roles := []form.Choice{{Value: "", Label: "none"}}
		for _, r := range cat.Roles {
			roles = append(roles, form.Choice{Value: r.ID, Label: r.Name})
		}
		levels := []form.Choice{{Value: "", Label: "none"}}
		for _, l := range cat.Seniority {
			levels = append(levels, form.Choice{Value: l.ID, Label: l.Name + " (" + l.Years() + ")"})
		}
		choice("Role", "role", roles, p.Role, func(p *model.Posting, v string) { p.Role = v })
		choice("Level", "seniority", levels, p.Seniority, func(p *model.Posting, v string) { p.Seniority = v })
	case Company:
		line("Name", "company.name", p.Company.Name, model.MaxShortLength, func(p *model.Posting, v string) { p.Company.Name = v })
		line("Website", "company.website", p.Company.Website, model.MaxURLLength, func(p *model.Posting, v string) { p.Company.Website = v })
	case Location:
		line("City", "location.city", p.Location.City, model.MaxShortLength, func(p *model.Posting, v string) { p.Location.City = v })
		line("Region", "location.region", p.Location.Region, model.MaxShortLength, func(p *model.Posting, v string) { p.Location.Region = v })
		line("Country", "location.country", p.Location.Country, model.MaxShortLength, func(p *model.Posting, v string) { p.Location.Country = v })
		if !profile {
			kinds := []form.Choice{{Value: "", Label: "not stated"}}
			for _, w := range cat.WorkplaceTypes {
				kinds = append(kinds, form.Choice{Value: w.ID, Label: w.Name})
			}
			choice("Workplace", "workplace", kinds, string(p.Workplace), func(p *model.Posting, v string) { p.Workplace = model.Workplace(v) })
			fields = append(fields, form.Text(theme, "Applicants", "applicant_locations", placeList(p.ApplicantLocations), model.MaxShortLength,
				func(p *model.Posting, v string) error {
					codes, err := placeCodes(v)
					p.ApplicantLocations = codes
					return err
				}))
		}
	case Employment:
		choice("Type", "employment_type", form.EmploymentChoices(cat), p.EmploymentType, func(p *model.Posting, v string) { p.EmploymentType = v })
	case Pay:
		if !profile {
			fields = append(fields,
				form.Amount(theme, "Minimum", "salary.min", p.Salary.Min, func(p *model.Posting, v float64) { p.Salary.Min = v }),
				form.Amount(theme, "Maximum", "salary.max", p.Salary.Max, func(p *model.Posting, v float64) { p.Salary.Max = v }))
		}
		fields = append(fields, form.Currency(theme, p.Salary.Currency))
		if !profile {
			choice("Period", "salary.period", form.PeriodChoices(), p.Salary.Period, func(p *model.Posting, v string) { p.Salary.Period = v })
		}
	case Apply:
		line("URL", "apply.url", p.Apply.URL, model.MaxURLLength, func(p *model.Posting, v string) { p.Apply.URL = v })
		line("E-mail", "apply.email", p.Apply.Email, model.MaxShortLength, func(p *model.Posting, v string) { p.Apply.Email = v })
		// 2027-01-31 or 31.01.2027, stored as the first; never in the past.
		today := c.Today()
		fields = append(fields, form.Text(theme, "Closes on", "valid_through", p.ValidThrough, len("2006-01-02"), func(p *model.Posting, v string) error {
			closes, err := model.ParseClosingDate(model.CleanLine(v), today)
			if err != nil {
				return err
			}
			p.ValidThrough = closes
			return nil
		}))
	}
	return form.New(c, fields...)
}
