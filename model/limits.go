package model

import (
	"fmt"
	"unicode/utf8"
)

// The longest text, in characters, a posting's fields may hold. The editor,
// import and storage all use these, so a value one of them accepts is never
// cut or refused by another. They are far above what any board shows.
const (
	// MaxProseLength bounds the summary, the company's about text and the
	// equal-opportunity statement.
	MaxProseLength = 25000
	// MaxShortLength bounds one-line fields: company name, city, region,
	// country, e-mail, the coded fields and the board a posting went to,
	// and the title (whose board rule, MaxTitleLength, is lower: Problems
	// and the editor hold to it, storage keeps longer ones already saved).
	MaxShortLength = 500
	// MaxURLLength bounds the apply URL and the company website.
	MaxURLLength = 2000
	// MaxListItemLength bounds one line of a list: a responsibility, a
	// skill, a qualification or a benefit.
	MaxListItemLength = 2000
)

// OverLimits lists the fields of p longer than their limit, in a fixed
// order; nil when none is. Problems includes them; storage refuses to
// save a posting that has any.
func (p Posting) OverLimits() []FieldError {
	var out []FieldError
	check := func(field, s string, limit int) {
		// Most values are far below any limit in bytes, which bounds
		// characters from above: no need to count them.
		if len(s) <= limit {
			return
		}
		if n := utf8.RuneCountInString(s); n > limit {
			out = append(out, FieldError{Field: field, Message: fmt.Sprintf(
				"is %s characters long; jobpost keeps at most %s", Thousands(n), Thousands(limit))})
		}
	}
	checkList := func(field string, items []string) {
		for i, it := range items {
			check(fmt.Sprintf("%s[%d]", field, i), it, MaxListItemLength)
		}
	}
	check("title", p.Title, MaxShortLength)
	check("role", p.Role, MaxShortLength)
	check("seniority", p.Seniority, MaxShortLength)
	check("summary", p.Summary, MaxProseLength)
	checkList("responsibilities", p.Responsibilities)
	checkList("skills.required", p.Skills.Required)
	checkList("skills.preferred", p.Skills.Preferred)
	checkList("qualifications", p.Qualifications)
	checkList("benefits", p.Benefits)
	check("company.name", p.Company.Name, MaxShortLength)
	check("company.about", p.Company.About, MaxProseLength)
	check("company.website", p.Company.Website, MaxURLLength)
	check("location.city", p.Location.City, MaxShortLength)
	check("location.region", p.Location.Region, MaxShortLength)
	check("location.country", p.Location.Country, MaxShortLength)
	check("workplace", string(p.Workplace), MaxShortLength)
	check("employment_type", p.EmploymentType, MaxShortLength)
	check("salary.currency", p.Salary.Currency, MaxShortLength)
	check("salary.period", p.Salary.Period, MaxShortLength)
	check("apply.url", p.Apply.URL, MaxURLLength)
	check("apply.email", p.Apply.Email, MaxShortLength)
	check("eeo", p.EEO, MaxProseLength)
	check("status", string(p.Status), MaxShortLength)
	for i, pl := range p.Posted {
		check(fmt.Sprintf("posted[%d].board", i), pl.Board, MaxShortLength)
		check(fmt.Sprintf("posted[%d].url", i), pl.URL, MaxURLLength)
	}
	check("valid_through", p.ValidThrough, MaxShortLength)
	for i, code := range p.ApplicantLocations {
		check(fmt.Sprintf("applicant_locations[%d]", i), code, MaxShortLength)
	}
	return out
}
