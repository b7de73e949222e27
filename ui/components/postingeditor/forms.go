package postingeditor

import (
	"math"
	"strconv"
	"strings"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/form"
)

// Field limits: long enough for any real value, short enough that a
// paste cannot make a field unusable. A value already longer keeps its
// length (form.Text). The lead moves them to model with the other limits.
const (
	shortFieldLimit = 120
	urlFieldLimit   = 500
)

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
		line("Name", "company.name", p.Company.Name, shortFieldLimit, func(p *model.Posting, v string) { p.Company.Name = v })
		line("Website", "company.website", p.Company.Website, urlFieldLimit, func(p *model.Posting, v string) { p.Company.Website = v })
	case Location:
		line("City", "location.city", p.Location.City, shortFieldLimit, func(p *model.Posting, v string) { p.Location.City = v })
		line("Region", "location.region", p.Location.Region, shortFieldLimit, func(p *model.Posting, v string) { p.Location.Region = v })
		line("Country", "location.country", p.Location.Country, shortFieldLimit, func(p *model.Posting, v string) { p.Location.Country = v })
		if !profile {
			kinds := []form.Choice{{Value: "", Label: "not stated"}}
			for _, w := range cat.WorkplaceTypes {
				kinds = append(kinds, form.Choice{Value: w.ID, Label: w.Name})
			}
			choice("Workplace", "workplace", kinds, string(p.Workplace), func(p *model.Posting, v string) { p.Workplace = model.Workplace(v) })
		}
	case Employment:
		kinds := []form.Choice{{Value: "", Label: "not stated"}}
		for _, t := range cat.EmploymentTypes {
			kinds = append(kinds, form.Choice{Value: t.ID, Label: t.Name})
		}
		choice("Type", "employment_type", kinds, p.EmploymentType, func(p *model.Posting, v string) { p.EmploymentType = v })
	case Pay:
		if !profile {
			fields = append(fields,
				amountField(theme, "Minimum", "salary.min", p.Salary.Min, func(p *model.Posting, v float64) { p.Salary.Min = v }),
				amountField(theme, "Maximum", "salary.max", p.Salary.Max, func(p *model.Posting, v float64) { p.Salary.Max = v }))
		}
		fields = append(fields, form.Text(theme, "Currency", "salary.currency", p.Salary.Currency, 3, func(p *model.Posting, s string) error {
			p.Salary.Currency = strings.ToUpper(strings.TrimSpace(s))
			return nil
		}))
		if !profile {
			periods := []form.Choice{{Value: "", Label: "not stated"}, {Value: "YEAR", Label: "per year"}, {Value: "MONTH", Label: "per month"},
				{Value: "WEEK", Label: "per week"}, {Value: "DAY", Label: "per day"}, {Value: "HOUR", Label: "per hour"}}
			choice("Period", "salary.period", periods, p.Salary.Period, func(p *model.Posting, v string) { p.Salary.Period = v })
		}
	case Apply:
		line("URL", "apply.url", p.Apply.URL, urlFieldLimit, func(p *model.Posting, v string) { p.Apply.URL = v })
		line("E-mail", "apply.email", p.Apply.Email, shortFieldLimit, func(p *model.Posting, v string) { p.Apply.Email = v })
		line("Closes on", "valid_through", p.ValidThrough, len("2006-01-02"), func(p *model.Posting, v string) { p.ValidThrough = v })
	}
	return form.New(c, fields...)
}

// amountField is a pay amount typed as a number ("120k", "150,000").
func amountField(theme common.Theme, label, problem string, v float64, set func(*model.Posting, float64)) form.Field {
	return form.Text(theme, label, problem, amountText(v), 20, func(p *model.Posting, s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			set(p, 0)
			return nil
		}
		n, err := model.ParseSalaryAmount(s)
		if err != nil {
			return err
		}
		set(p, n)
		return nil
	})
}

// amountText writes an amount for editing: "" for none, no thousands
// separators, cents only when there are any.
func amountText(v float64) string {
	if v <= 0 {
		return ""
	}
	if v == math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}
