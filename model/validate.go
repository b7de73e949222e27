package model

import (
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxTitleLength is the longest title, in characters, that the big boards
// take (LinkedIn stops at 200).
const MaxTitleLength = 200

// FieldError is one problem with one field of a posting. Field is the
// field's JSON path, e.g. "salary.min", so the same name works in the
// editor, in import errors and in the interchange file.
type FieldError struct {
	Field   string
	Message string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Message }

// Periods are the pay periods a salary can be stated per, as schema.org
// spells them.
var periods = []string{"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}

// EmploymentTypes are the schema.org employment types a posting may use.
var employmentTypes = []string{"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}

// Problems lists what is wrong with p, field by field, in a fixed order; nil
// when nothing is. Fields that are merely empty are fine except the title:
// a draft is allowed to be unfinished, not to be wrong.
func (p Posting) Problems() []FieldError {
	var out []FieldError
	add := func(field, format string, args ...any) {
		out = append(out, FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
	}

	if p.ID != "" && !ValidID(p.ID) {
		add("id", "must be 1 to 64 letters, digits, - and _; leave it out and one will be given")
	}
	switch n := utf8.RuneCountInString(p.Title); {
	case CleanLine(p.Title) == "": // blank, or only characters nobody sees
		add("title", "required")
	case n > MaxTitleLength && n <= MaxShortLength: // longer ones are OverLimits'
		add("title", "is %d characters long; boards take at most %d", n, MaxTitleLength)
	}
	out = append(out, p.OverLimits()...)

	s := p.Salary
	amountOK := func(field string, v float64) bool {
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0) || v < 0:
			add(field, "must be zero or a positive amount")
		case v > MaxSalaryAmount:
			add(field, "is more than %s; check the number", formatAmount(MaxSalaryAmount))
		default:
			return true
		}
		return false
	}
	minOK, maxOK := amountOK("salary.min", s.Min), amountOK("salary.max", s.Max)
	if minOK && maxOK && s.Min > 0 && s.Max > 0 && s.Min > s.Max {
		hi, lo := formatAmount(s.Max), formatAmount(s.Min)
		if inCents := func(v float64) bool { return v*100 == math.Round(v*100) }; !inCents(s.Max) || !inCents(s.Min) {
			// formatAmount rounds to cents, which could read "0 < 0"
			hi, lo = strconv.FormatFloat(s.Max, 'f', -1, 64), strconv.FormatFloat(s.Min, 'f', -1, 64)
		}
		add("salary.max", "is below the minimum (%s < %s)", hi, lo)
	}
	if s.Currency != "" && !KnownCurrency(s.Currency) {
		add("salary.currency", "%q is not an ISO 4217 currency code such as EUR or USD", s.Currency)
	}
	if s.Period != "" && !oneOf(s.Period, periods) {
		add("salary.period", "must be one of %s", strings.Join(periods, ", "))
	}

	if p.Apply.URL != "" && !webURL(p.Apply.URL) {
		add("apply.url", "must be a full http:// or https:// address")
	}
	if p.Apply.Email != "" && !plainAddress(p.Apply.Email) {
		add("apply.email", "is not an e-mail address")
	}
	if p.Company.Website != "" && !webURL(p.Company.Website) {
		add("company.website", "must be a full http:// or https:// address")
	}

	switch p.Workplace {
	case "", Onsite, Hybrid, Remote:
	default:
		add("workplace", "must be one of onsite, hybrid, remote")
	}
	if p.EmploymentType != "" && !oneOf(p.EmploymentType, employmentTypes) {
		add("employment_type", "must be one of %s", strings.Join(employmentTypes, ", "))
	}
	switch p.Status {
	case StatusDraft, StatusReady, StatusPosted:
	default:
		add("status", "must be one of draft, ready, posted")
	}
	for i, pl := range p.Posted {
		if pl.URL != "" && !webURL(pl.URL) {
			add(fmt.Sprintf("posted[%d].url", i), "must be a full http:// or https:// address")
		}
	}
	if p.ValidThrough != "" {
		if _, err := time.Parse(time.DateOnly, p.ValidThrough); err != nil {
			add("valid_through", "must be a real date written YYYY-MM-DD, such as 2026-12-31")
		}
	}
	for i, code := range p.ApplicantLocations {
		if !ValidPlaceCode(code) {
			add(fmt.Sprintf("applicant_locations[%d]", i), "%q is not a place code such as US, US-CO, CA-ON or EU", code)
		}
	}
	return out
}

// Warnings are values that are probably mistyped but may stand, field by
// field, as Problems names them: a pay amount off by a thousand
// (Salary.Warnings). A draft keeps them; the forms show them.
func (p Posting) Warnings() []FieldError { return p.Salary.Warnings() }

func oneOf(s string, list []string) bool {
	for _, v := range list {
		if s == v {
			return true
		}
	}
	return false
}

// ValidWebURL reports whether s is a full http:// or https:// address
// with a host, as the apply URL and a live ad's URL must be.
func ValidWebURL(s string) bool { return webURL(s) }

// webURL reports whether s is an absolute http(s) URL with a host.
func webURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Hostname() == "" {
		return false
	}
	return u.Scheme == "http" || u.Scheme == "https"
}

// plainAddress accepts a bare address ("jobs@example.com") and nothing
// else: a display name or angle brackets have no place in an apply field,
// and a domain without a dot ("jobs@acme") reaches no one on the internet.
func plainAddress(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	_, domain, _ := strings.Cut(s, "@")
	return strings.Contains(strings.Trim(domain, "."), ".")
}
