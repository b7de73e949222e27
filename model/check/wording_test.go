package check_test

import (
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/model/check"
)

func summaryFindings(t *testing.T, rules check.Rules, summary string) []check.Finding {
	t.Helper()
	p := model.Posting{Title: "Backend Engineer", Summary: summary}
	return check.Check(p, model.CompanyProfile{}, rules, check.Options{On: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
}

func TestWordingCategories(t *testing.T) {
	rules := builtin(t)
	for _, c := range []struct {
		text, rule string
		hit        bool
		words      string // quoted in the message when hit
	}{
		{"We want a rockstar developer.", "wording/silly-title", true, "rockstar"},
		{"Join as a coding ninja.", "wording/silly-title", true, "ninja"},
		{"You will build the payments service.", "wording/silly-title", false, ""},
		{"Hey guys, he will report to the CTO.", "wording/gendered", true, "guys"},
		{"They will report to the CTO.", "wording/gendered", false, ""},
		{"Our young team of digital natives.", "wording/age", true, "young team"},
		{"Applicants aged 25 to 35.", "wording/age", true, "aged 25 to 35"},
		{"Bring a fresh perspective to our team.", "wording/age", false, ""},
		{"Native English speaker required.", "wording/origin", true, "native english"},
		{"Fluent English required.", "wording/origin", false, ""},
		{"Must be able to lift 50 pounds.", "wording/physical", true, "able to lift"},
		{"A valid driver's licence is required.", "wording/physical", true, "driver's licence"},
		{"You will lift the quality of our code.", "wording/physical", false, ""},
		{"A hardcore brogrammer.", "wording/bro-culture", true, "hardcore"},
		{"Free beer and foosball on Fridays.", "wording/perks", true, "beer"},
		{"We win and we are the best.", "wording/competitive-culture", true, "win"},
		{"We offer a competitive salary.", "wording/competitive-culture", false, ""},
		{"You must hit the ground running.", "wording/pressure", true, "hit the ground running"},
		{"Create synergy across the paradigm.", "wording/jargon", true, "synergy"},
		{"The ideal candidate has five years of Go.", "wording/candidate", true, "the ideal candidate"},
		{"You have five years of Go.", "wording/candidate", false, ""},
	} {
		fs := findings(summaryFindings(t, rules, c.text), c.rule)
		if got := len(fs) > 0; got != c.hit {
			t.Errorf("%q: %s hit = %v, want %v (%+v)", c.text, c.rule, got, c.hit, fs)
			continue
		}
		if !c.hit {
			continue
		}
		f := fs[0]
		if !strings.Contains(strings.ToLower(f.Message), c.words) || f.Section != check.SectionSummary || f.Suggestion == "" || !strings.Contains(f.Source, "http") {
			t.Errorf("%q: finding %+v lacks the words, section, suggestion or source", c.text, f)
		}
	}
}

func TestGenderCodedTechnicalSensesAreNotFlagged(t *testing.T) {
	rules := builtin(t)
	for _, text := range []string{
		"You will work with our lead engineer on analytics.",
		"Review every commit and write clear commit messages.",
		"Responsibilities include the response time of the API.",
		"Join the support engineers on the production support rotation.",
		"Train a decision tree on data-driven features.",
		"Grow as an individual contributor with a competitive salary.",
		"Keep the business logic in the persistence layer, with dependency injection.",
		"Configure Active Directory and the connection pool.",
	} {
		if fs := findings(summaryFindings(t, rules, text), "wording/gender-coded"); len(fs) > 0 {
			t.Errorf("%q flagged: %s", text, fs[0].Message)
		}
	}
}

func TestGenderCodedVerdict(t *testing.T) {
	rules := builtin(t)
	for _, c := range []struct {
		text    string
		verdict string
		sev     check.Severity
	}{
		{"We are ambitious and collaborative.", "neutral — 1 masculine-coded word (“ambitious”) and 1 feminine-coded word (“collaborative”)", check.Info},
		{"We are a supportive, warm team.", "feminine-coded — 0 masculine-coded words and 2 feminine-coded words", check.Info},
		{"Warm, kind, loyal, polite and honest people.", "strongly feminine-coded", check.Info},
		{"A competitive, driven engineer.", "masculine-coded — 2 masculine-coded words (“competitive”, “driven”)", check.Warning},
		{"An aggressive, dominant, fearless, driven, ambitious leader.", "strongly masculine-coded — 6 masculine-coded words", check.Warning},
		{"Competitive, competitive, competitive.", "(“competitive” ×3)", check.Warning},
	} {
		fs := findings(summaryFindings(t, rules, c.text), "wording/gender-coded")
		if len(fs) == 0 {
			t.Errorf("%q: no verdict", c.text)
			continue
		}
		v := fs[0]
		for _, f := range fs {
			if strings.HasPrefix(f.Message, "Gender coding:") {
				v = f
			}
		}
		if !strings.Contains(v.Message, c.verdict) || v.Severity != c.sev || !strings.Contains(v.Source, "10.1037/a0022530") {
			t.Errorf("%q: %s %q, want %s containing %q", c.text, v.Severity, v.Message, c.sev, c.verdict)
		}
	}
	if fs := findings(summaryFindings(t, rules, "You will build services in Go."), "wording/gender-coded"); len(fs) > 0 {
		t.Errorf("uncoded text has a verdict: %+v", fs)
	}
	// A masculine-coded posting also points at each section with such words.
	p := model.Posting{Title: "Engineer", Summary: "A driven engineer.", Qualifications: []string{"Competitive and assertive"}}
	var sections []string
	for _, f := range findings(check.Check(p, model.CompanyProfile{}, rules, check.Options{}), "wording/gender-coded") {
		sections = append(sections, f.Section)
	}
	if strings.Join(sections, ",") != "summary,summary,qualifications" {
		t.Errorf("sections %q", sections)
	}
}

func TestWordingLooksInEverySection(t *testing.T) {
	rules := builtin(t)
	p := model.Posting{
		Title: "Ninja", Responsibilities: []string{"Be a ninja"}, Skills: model.Skills{Required: []string{"Guru"}, Preferred: []string{"Hero"}},
		Qualifications: []string{"Rockstar"}, Benefits: []string{"Ninja"}, Company: model.Company{About: "Ninja"}, EEO: "Ninja",
	}
	var got []string
	for _, f := range findings(check.Check(p, model.CompanyProfile{}, rules, check.Options{}), "wording/silly-title") {
		got = append(got, f.Section)
	}
	if want := "title,responsibilities,must,nice,qualifications,benefits,about,eeo"; strings.Join(got, ",") != want {
		t.Errorf("sections %q, want %s", got, want)
	}
}
