package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Section is one list of a posting under its heading, as every format shows
// it.
type Section struct {
	Heading string
	Items   []string
}

// Sections returns the posting's non-empty lists in reading order.
func (p Posting) Sections() []Section {
	all := []Section{
		{"What you will do", p.Responsibilities},
		{"Must-have skills", p.Skills.Required},
		{"Nice-to-have skills", p.Skills.Preferred},
		{"Qualifications", p.Qualifications},
		{"Benefits", p.Benefits},
	}
	out := all[:0]
	for _, s := range all {
		if items := CleanList(s.Items); len(items) > 0 {
			s.Items = items
			out = append(out, s)
		}
	}
	return out
}

// MetaLine is the one-line summary under the title: company, location,
// workplace and employment type, whichever are set.
func (p Posting) MetaLine() string {
	var parts []string
	if p.Company.Name != "" {
		parts = append(parts, CleanLine(p.Company.Name))
	}
	if loc := CleanLine(p.Location.String()); loc != "" {
		parts = append(parts, loc)
	}
	if w := p.Workplace.Label(); w != "" {
		parts = append(parts, w)
	}
	if e := EmploymentTypeLabel(p.EmploymentType); e != "" {
		parts = append(parts, e)
	}
	return strings.Join(parts, " · ")
}

// Label is the workplace type as a person reads it.
func (w Workplace) Label() string {
	switch w {
	case Onsite:
		return "On-site"
	case Hybrid:
		return "Hybrid"
	case Remote:
		return "Remote"
	}
	return ""
}

var employmentLabels = map[string]string{
	"FULL_TIME": "Full-time", "PART_TIME": "Part-time", "CONTRACTOR": "Contract",
	"TEMPORARY": "Temporary", "INTERN": "Internship", "VOLUNTEER": "Volunteer",
	"PER_DIEM": "Per diem", "OTHER": "Other",
}

// EmploymentTypeLabel returns the words for a schema.org employment type.
func EmploymentTypeLabel(t string) string { return employmentLabels[t] }

var periodWords = map[string]string{
	"HOUR": "per hour", "DAY": "per day", "WEEK": "per week", "MONTH": "per month", "YEAR": "per year",
}

// String is the pay range as a person reads it: "90,000–120,000 EUR per
// year"; "" when no pay is stated.
func (s Salary) String() string {
	if s.Min <= 0 && s.Max <= 0 {
		return ""
	}
	var amount string
	switch {
	case s.Min > 0 && s.Max > 0 && s.Min != s.Max:
		amount = formatAmount(s.Min) + "–" + formatAmount(s.Max)
	case s.Min > 0:
		amount = formatAmount(s.Min)
	default:
		amount = formatAmount(s.Max)
	}
	parts := []string{amount}
	if c := CleanLine(s.Currency); c != "" {
		parts = append(parts, c)
	}
	if w := periodWords[s.Period]; w != "" {
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// formatAmount writes a money amount with thousands separators and cents
// only when there are any: 120000 -> "120,000", 42.5 -> "42.50".
func formatAmount(v float64) string {
	if v > MaxSalaryAmount || math.IsNaN(v) {
		// Not a real amount (Problems says so); never wrap into a
		// negative int64.
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	whole := int64(v)
	cents := int64((v-float64(whole))*100 + 0.5)
	if cents == 100 {
		whole, cents = whole+1, 0
	}
	digits := strconv.FormatInt(whole, 10)
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if cents > 0 {
		fmt.Fprintf(&b, ".%02d", cents)
	}
	return b.String()
}

// HowToApply is the "How to apply" paragraph: where to apply and, when the
// posting has a closing date, until when.
func (p Posting) HowToApply() string {
	how := p.Apply.Instructions()
	if d, err := time.Parse(time.DateOnly, p.ValidThrough); err == nil {
		closes := "Applications close on " + d.Format("2 January 2006") + "."
		if how == "" {
			return closes
		}
		return how + " " + closes
	}
	return how
}

// Instructions says how to apply, from whichever of URL and e-mail are set.
func (a Apply) Instructions() string {
	url, email := CleanLine(a.URL), CleanLine(a.Email)
	switch {
	case url != "" && email != "":
		return "Apply at " + url + " or write to " + email + "."
	case url != "":
		return "Apply at " + url + "."
	case email != "":
		return "Write to " + email + "."
	}
	return ""
}
