package model

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// One set of limits holds for the editor, import and storage: a value at
// its limit passes, one character more is refused by field, and what the
// editor used to cut (10,000 characters of summary, a 300-character city,
// a 1,000-character duty) is well inside.
func TestOverLimits(t *testing.T) {
	base := New(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	base.Title = "Engineer"
	roomy := base
	roomy.Summary = strings.Repeat("é", 10000)
	roomy.Location.City = strings.Repeat("c", 300)
	roomy.Responsibilities = []string{strings.Repeat("d", 1000)}
	if over := roomy.OverLimits(); over != nil {
		t.Fatalf("values the editor used to cut are refused: %v", over)
	}

	cases := []struct {
		field string
		limit int
		set   func(p *Posting, s string)
	}{
		{"title", MaxShortLength, func(p *Posting, s string) { p.Title = s }},
		{"summary", MaxProseLength, func(p *Posting, s string) { p.Summary = s }},
		{"company.about", MaxProseLength, func(p *Posting, s string) { p.Company.About = s }},
		{"eeo", MaxProseLength, func(p *Posting, s string) { p.EEO = s }},
		{"location.city", MaxShortLength, func(p *Posting, s string) { p.Location.City = s }},
		{"company.name", MaxShortLength, func(p *Posting, s string) { p.Company.Name = s }},
		{"apply.url", MaxURLLength, func(p *Posting, s string) { p.Apply.URL = s }},
		{"company.website", MaxURLLength, func(p *Posting, s string) { p.Company.Website = s }},
		{"responsibilities[1]", MaxListItemLength, func(p *Posting, s string) { p.Responsibilities = []string{"a", s} }},
		{"skills.preferred[0]", MaxListItemLength, func(p *Posting, s string) { p.Skills.Preferred = []string{s} }},
		{"benefits[0]", MaxListItemLength, func(p *Posting, s string) { p.Benefits = []string{s} }},
	}
	for _, c := range cases {
		p := base.Clone()
		prefix := ""
		if strings.HasSuffix(c.field, "url") || strings.HasSuffix(c.field, "website") {
			prefix = "https://acme.example/"
		}
		c.set(&p, prefix+strings.Repeat("ж", c.limit-len(prefix))) // characters, not bytes
		if over := p.OverLimits(); over != nil {
			t.Errorf("%s at its limit: %v", c.field, over)
		}
		if probs := p.Problems(); c.field != "title" && probs != nil {
			t.Errorf("%s at its limit: %v", c.field, probs)
		}
		c.set(&p, strings.Repeat("x", c.limit+1))
		over := p.OverLimits()
		if len(over) != 1 || over[0].Field != c.field {
			t.Errorf("%s one over its limit: %v", c.field, over)
			continue
		}
		if probs := p.Problems(); !containsField(probs, c.field) {
			t.Errorf("Problems misses %s over its limit: %v", c.field, probs)
		}
	}
}

func containsField(fes []FieldError, field string) bool {
	for _, fe := range fes {
		if fe.Field == field {
			return true
		}
	}
	return false
}

func TestImportRefusesOverLimits(t *testing.T) {
	in := `{"title":"Engineer"}` + "\n" +
		`{"title":"Engineer","summary":"` + strings.Repeat("s", MaxProseLength+1) + `"}` + "\n"
	_, err := ParseImport(strings.NewReader(in))
	var ie *ImportError
	if !errors.As(err, &ie) || ie.Record != 2 || ie.Field != "summary" {
		t.Fatalf("ParseImport of a summary over the limit: %v", err)
	}
	want := "record 2 (line 2): summary: is 25,001 characters long; jobpost keeps at most 25,000"
	if err.Error() != want {
		t.Errorf("error\n got %q\nwant %q", err, want)
	}
	ok := `{"title":"Engineer","summary":"` + strings.Repeat("s", 10000) + `"}`
	if ps, err := ParseImport(strings.NewReader(ok)); err != nil || len([]rune(ps[0].Summary)) != 10000 {
		t.Fatalf("a 10,000-character summary: %v", err)
	}
}
