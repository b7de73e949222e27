package wizard

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/components/form"
	"jobpost/ui/components/picker"
)

// The details step: where, how, for what pay and how to apply. Every
// field may stay empty (the preview names what is missing); what is
// typed is checked as in the editor, and goes into the posting as soon as
// the whole form is valid.

// The details form's fields, in order.
const (
	fieldCity = iota
	fieldRegion
	fieldCountry
	fieldWorkplace
	fieldEmployment
	fieldMin
	fieldMax
	fieldCurrency
	fieldPeriod
	fieldApply
)

// countryRows is how many countries the list under the form shows.
const countryRows = 6

// buildDetails makes the details form from the posting, once: going back
// and forth keeps what was typed. A country the profile wrote as a name
// is stored as its ISO code from here on.
func (p *Page) buildDetails() {
	if p.detailsBuilt {
		return
	}
	p.detailsBuilt = true
	cat, theme := p.c.Catalog, p.c.Styles.Theme
	post := &p.posting
	if code := cat.CountryCode(post.Location.Country); code != "" {
		post.Location.Country = code
	}
	country := post.Location.Country
	if co, ok := cat.Country(country); ok {
		country = co.Name
	}
	line := func(label, problem, value string, limit int, set func(*model.Posting, string)) form.Field {
		return form.Text(theme, label, problem, value, limit, func(p *model.Posting, v string) error {
			set(p, model.CleanLine(v))
			return nil
		})
	}
	choice := func(label, problem string, choices []form.Choice, value string, set func(*model.Posting, string)) form.Field {
		return form.Select(label, problem, choices, value, func(p *model.Posting, v string) error {
			set(p, v)
			return nil
		})
	}
	apply := post.Apply.URL
	if apply == "" {
		apply = post.Apply.Email
	}
	p.details = form.New(p.c,
		line("City", "location.city", post.Location.City, model.MaxShortLength, func(p *model.Posting, v string) { p.Location.City = v }),
		line("Region", "location.region", post.Location.Region, model.MaxShortLength, func(p *model.Posting, v string) { p.Location.Region = v }),
		form.Text(theme, "Country", "location.country", country, model.MaxShortLength, func(p *model.Posting, v string) error {
			v = model.CleanLine(v)
			if v == "" {
				p.Location.Country = ""
				return nil
			}
			code := cat.CountryCode(v)
			if code == "" {
				return errNoCountry
			}
			p.Location.Country = code
			return nil
		}),
		choice("Workplace", "workplace", form.WorkplaceChoices(cat), string(post.Workplace), func(p *model.Posting, v string) { p.Workplace = model.Workplace(v) }),
		choice("Employment", "employment_type", form.EmploymentChoices(cat), post.EmploymentType, func(p *model.Posting, v string) { p.EmploymentType = v }),
		form.Amount(theme, "Pay from", "salary.min", post.Salary.Min, func(p *model.Posting, v float64) { p.Salary.Min = v }),
		form.Amount(theme, "Pay to", "salary.max", post.Salary.Max, func(p *model.Posting, v float64) { p.Salary.Max = v }),
		form.Currency(theme, post.Salary.Currency),
		choice("Period", "salary.period", form.PeriodChoices(), post.Salary.Period, func(p *model.Posting, v string) { p.Salary.Period = v }),
		// One field for both ways in: an address with an @ and no scheme
		// is an e-mail, anything else a URL (both checked as the editor
		// checks them).
		form.Text(theme, "Apply at", "apply", apply, model.MaxURLLength, func(p *model.Posting, v string) error {
			v = model.CleanLine(v)
			p.Apply = model.Apply{URL: v}
			if strings.Contains(v, "@") && !strings.Contains(v, "://") {
				p.Apply = model.Apply{Email: v}
			}
			return applyProblem(*p)
		}),
	)
	p.details.SetWidth(p.width)
	p.details.Focus(0)
}

// detailsError is a message under a details field.
type detailsError string

func (e detailsError) Error() string { return string(e) }

const errNoCountry detailsError = "is not in the ISO 3166 list: pick one below (↑/↓, enter)"

// applyProblem is the posting's problem with how to apply, if any: the
// field is one, the posting's checks are two (apply.url, apply.email).
func applyProblem(p model.Posting) error {
	for _, pr := range p.Problems() {
		if pr.Field == "apply.url" || pr.Field == "apply.email" {
			return detailsError(pr.Message)
		}
	}
	return nil
}

// updateDetails takes a key or a paste on the details step: the country
// list first while the country is being typed, then the form.
func (p *Page) updateDetails(msg tea.Msg) tea.Cmd {
	km, isKey := msg.(tea.KeyPressMsg)
	if isKey && p.details.Focused() == fieldCountry && len(p.countries.Items()) > 0 {
		switch {
		case key.Matches(km, p.keys.CountryMove):
			p.countries, _, _ = p.countries.Update(msg)
			return nil
		case key.Matches(km, p.keys.Choose):
			p.pickCountry()
			return p.detailsChanged()
		case key.Matches(km, p.keys.Next):
			// tab takes the country under the cursor unless the text
			// already names one.
			if p.c.Catalog.CountryCode(p.details.Text(fieldCountry)) == "" {
				p.pickCountry()
			} else {
				p.countries = picker.Model{}
			}
		}
	}
	var cmd tea.Cmd
	var ev form.Event
	p.details, cmd, ev = p.details.Update(msg)
	switch ev {
	case form.Changed:
		if p.details.Focused() == fieldCountry {
			p.findCountries()
		}
		return tea.Batch(cmd, p.detailsChanged())
	case form.Submitted:
		if !p.details.Valid() {
			return p.status.Failure("Fix the marked field or empty it: every detail may be left for later")
		}
		return p.goTo(stepPreview)
	case form.Cancelled:
		return p.goTo(stepResponsibilities)
	}
	if p.details.Focused() != fieldCountry {
		p.countries = picker.Model{}
	}
	return cmd
}

// detailsChanged takes the form into the posting when all of it is valid.
func (p *Page) detailsChanged() tea.Cmd {
	next, ok := p.details.Candidate(p.posting)
	if !ok {
		return nil
	}
	p.posting = next
	return p.changed()
}

// findCountries lists the countries the typed text may mean, best first
// (the catalog's ranking); nothing typed, no list.
func (p *Page) findCountries() {
	typed := p.details.Text(fieldCountry)
	if strings.TrimSpace(typed) == "" {
		p.countries = picker.Model{}
		return
	}
	found := p.c.Catalog.FindCountries(typed)
	items := make([]picker.Item, len(found))
	for i, co := range found {
		items[i] = picker.Item{ID: co.Code, Label: co.Name, Detail: co.Code}
	}
	p.countries = picker.New(p.c, items, nil)
	p.countries.SetSize(p.width, countryRows+1)
}

// pickCountry writes the country under the list's cursor into the field.
func (p *Page) pickCountry() {
	if it, _, ok := p.countries.Current(); ok {
		p.details.SetText(fieldCountry, it.Label)
	}
	p.countries = picker.Model{}
}

// detailsView is the form, with the countries matching what is typed
// under it.
func (p *Page) detailsView() string {
	view := p.details.View()
	if len(p.countries.Items()) > 0 {
		// The list is the catalog's search for the typed text, not a
		// picker filter of its own: its "/ to filter" line gives way to
		// a heading.
		_, list, _ := strings.Cut(p.countries.View(), "\n")
		heading := p.c.Styles.Subtle.Render("Countries (↑/↓, enter takes one):")
		view += "\n\n" + heading + "\n" + list
	}
	return view
}

// missingDetails names the details the posting does not state yet.
func missingDetails(p model.Posting) []string {
	var out []string
	if p.Location.City == "" && p.Location.Country == "" && p.Workplace != model.Remote {
		out = append(out, "location")
	}
	if p.Workplace == "" {
		out = append(out, "workplace")
	}
	if p.EmploymentType == "" {
		out = append(out, "employment type")
	}
	if p.Salary.Min == 0 && p.Salary.Max == 0 {
		out = append(out, "pay")
	}
	if p.Apply.URL == "" && p.Apply.Email == "" {
		out = append(out, "how to apply")
	}
	return out
}
