// Package check judges a posting: whether it carries what pay-transparency
// law asks where it is published, whether its wording welcomes everyone,
// and whether it has the shape the evidence says works. Every finding says
// what is wrong, why, what to do and where the rule comes from.
//
// It is pure: the rules come in as data (package data loads them), the
// date comes in as an option, and nothing is read or written.
package check

import (
	"cmp"
	"slices"
	"time"
)

// Severity is how much a finding matters.
type Severity string

// The severities. An error is a legal problem or a posting boards refuse;
// a warning should be fixed; info is advice.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// rank orders severities, the most serious first.
func (s Severity) rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// valid reports whether s is one of the severities.
func (s Severity) valid() bool { return s == Error || s == Warning || s == Info }

// lower returns the less serious of s and cap; an empty cap caps nothing.
func (s Severity) lower(limit Severity) Severity {
	if limit != "" && limit.rank() > s.rank() {
		return limit
	}
	return s
}

// The sections a finding can concern, named as the editor's sections are.
const (
	SectionTitle            = "title"
	SectionRole             = "role" // role and level
	SectionSummary          = "summary"
	SectionResponsibilities = "responsibilities"
	SectionMust             = "must" // must-have skills
	SectionNice             = "nice" // nice-to-have skills
	SectionQualifications   = "qualifications"
	SectionBenefits         = "benefits"
	SectionCompany          = "company"
	SectionAbout            = "about" // about the company
	SectionLocation         = "location"
	SectionEmployment       = "employment"
	SectionPay              = "pay"
	SectionApply            = "apply" // how to apply, and the closing date
	SectionEEO              = "eeo"
	SectionProfile          = "profile" // the company profile (headcount, home)
)

// sectionOrder is the order the editor lists the sections in.
var sectionOrder = []string{
	SectionTitle, SectionRole, SectionSummary, SectionResponsibilities, SectionMust, SectionNice,
	SectionQualifications, SectionBenefits, SectionCompany, SectionAbout, SectionLocation, SectionEmployment,
	SectionPay, SectionApply, SectionEEO, SectionProfile,
}

// Finding is one thing a check found. Rule is "pay/<jurisdiction id>",
// "wording/<category>" or "quality/<check>".
type Finding struct {
	Rule       string   `json:"rule"`
	Severity   Severity `json:"severity"`
	Section    string   `json:"section"`
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion"`
	Source     string   `json:"source"`
}

// Options are what a check depends on besides the posting.
type Options struct {
	// Board is the board the posting is meant for ("LinkedIn", "SEEK",
	// "Indeed", "Google for Jobs", …), matched without regard to case;
	// "" checks every board's limits.
	Board string
	// On is the day the posting is judged on: laws in force, closing date.
	// The zero time means the moment Check is called.
	On time.Time
}

// Counts tells how many findings there are of each severity.
func Counts(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return
}

// HasErrors reports whether any finding is an error: what `jobpost check`
// exits 1 for and what publishing asks to confirm.
func HasErrors(fs []Finding) bool {
	e, _, _ := Counts(fs)
	return e > 0
}

// sortFindings puts the most serious first, then in the editor's order of
// sections, then by rule, keeping the order found otherwise.
func sortFindings(fs []Finding) {
	pos := func(s string) int {
		if i := slices.Index(sectionOrder, s); i >= 0 {
			return i
		}
		return len(sectionOrder)
	}
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Severity.rank(), b.Severity.rank()),
			cmp.Compare(pos(a.Section), pos(b.Section)),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
}
