package data

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/model/check"
)

// A recruiter who takes every default gets a posting that passes
// jobpost's own checks: the catalog's titles, summaries, duties, skills
// and qualifications carry no masculine-coded or otherwise flagged words,
// and are not too long. What only the recruiter can fill in (company,
// location, pay, how to apply) is given neutral values, so only the
// catalog's own text is judged.
func TestDefaultPostingsPassTheirOwnChecks(t *testing.T) {
	c := builtinForTest(t)
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	prof := neutralProfile(c)
	failed := 0
	for _, r := range c.Roles {
		for _, l := range c.Seniority {
			p := defaultPosting(c, prof, r.ID, l.ID, now)
			var found []string
			for _, f := range check.Check(p, prof, rules, check.Options{On: now}) {
				if problem := catalogProblem(f); problem != "" {
					found = append(found, problem)
				}
			}
			if len(found) > 0 {
				failed++
				msg := strings.Join(found, "\n\t")
				if texts := flaggedTexts(p, prof, rules, now); len(texts) > 0 {
					msg += "\n\tin: " + strings.Join(texts, "\n\t    ")
				}
				t.Errorf("%s × %s:\n\t%s", r.ID, l.ID, msg)
			}
		}
	}
	if failed > 0 {
		t.Logf("%d of %d default postings have findings", failed, len(c.Roles)*len(c.Seniority))
	}
}

// neutralProfile is a company profile as a recruiter fills it in once: a
// plain company in Berlin paying in euros, a few lines about it, the
// catalog's first benefits and its short equal-opportunity statement.
// (The standard statement's legal list of protected characteristics
// reads hard on its own, which would tip many postings into "fairly hard
// to read" whatever the catalog says; it is the recruiter's choice.)
func neutralProfile(c *Catalog) model.CompanyProfile {
	prof := model.CompanyProfile{
		Company: model.Company{Name: "Example Software GmbH", Website: "https://example.com",
			About: "Example Software makes the booking system that small clinics and practices use to plan their days. " +
				"About ninety people work with us, most of them in Berlin and some from home across Germany. " +
				"We ship small changes often, talk to the people who use our product every week, " +
				"and keep our working hours sane so that everyone can do good work for years."},
		Location: model.Location{City: "Berlin", Country: "DE"},
		Currency: "EUR",
	}
	for _, s := range c.EEOStatements {
		if s.ID == "short" {
			prof.EEO = s.Text
		}
	}
	for _, b := range c.Benefits[:10] {
		prof.Benefits = append(prof.Benefits, b.Text)
	}
	return prof
}

// defaultPosting is the draft `jobpost new --role ROLE --level LEVEL`
// makes (ui/cli/new.go's newPosting, then the company profile), with a
// hybrid workplace, a pay range and an apply link.
func defaultPosting(c *Catalog, prof model.CompanyProfile, role, level string, now time.Time) model.Posting {
	p := model.New(now)
	p.Role, p.Seniority = role, level
	d := c.DefaultsFor(role, level)
	p.Responsibilities, p.Skills.Required, p.Qualifications = d.Responsibilities, d.MustSkills, d.Qualifications
	p.Summary = d.Summary
	if r, ok := c.Role(role); ok && len(r.Titles) > 0 {
		p.Title = c.TitleAt(r.Titles[0], level)
	}
	p.EmploymentType = d.EmploymentType
	p.Workplace = model.Hybrid
	p.Salary = model.Salary{Min: 60000, Max: 80000, Currency: "EUR", Period: "YEAR"}
	p.Apply.URL = "https://example.com/jobs/1"
	prof.Apply(&p)
	return p
}

// masculineCount reads the number of masculine-coded words from the
// gender-coding verdict ("… — 2 masculine-coded words (“lead”, …) and …").
var masculineCount = regexp.MustCompile(`(\d+) masculine-coded words?`)

// catalogProblem says what a finding holds against the catalog's text,
// or "" when it has nothing against it. Every wording finding counts,
// except a gender-coding verdict that finds no masculine-coded word at
// all (feminine-coded words are not held against a posting); so do the
// quality findings the catalog's text can cause. Those about parts the
// recruiter fills in (pay, location, company, apply) cannot arise here,
// as the posting has them.
func catalogProblem(f check.Finding) string {
	switch {
	case f.Rule == "wording/gender-coded":
		if m := masculineCount.FindStringSubmatch(f.Message); m != nil && m[1] == "0" {
			return ""
		}
		if strings.HasPrefix(f.Message, "Masculine-coded") {
			return "" // the verdict already names the words
		}
	case strings.HasPrefix(f.Rule, "wording/"), strings.HasPrefix(f.Rule, "quality/"):
	default:
		return ""
	}
	return fmt.Sprintf("%s (%s): %s", f.Rule, f.Section, f.Message)
}

// flaggedTexts are the posting's texts that draw a wording finding on
// their own, each with the words flagged, so a failure says where to
// rewrite.
func flaggedTexts(p model.Posting, prof model.CompanyProfile, rules check.Rules, now time.Time) []string {
	texts := append([]string{p.Title, p.Summary}, p.Responsibilities...)
	texts = append(texts, p.Skills.Required...)
	texts = append(texts, p.Qualifications...)
	var out []string
	for _, text := range texts {
		alone := model.Posting{Title: "Engineer", Summary: text}
		for _, f := range check.Check(alone, prof, rules, check.Options{On: now}) {
			if strings.HasPrefix(f.Rule, "wording/") && catalogProblem(f) != "" {
				out = append(out, fmt.Sprintf("%q", text))
				break
			}
		}
	}
	return out
}

// Every text the catalog offers reads right on its own, whether or not
// it is a default: a recruiter may pick any duty, skill, qualification,
// benefit or equal-opportunity statement.
func TestEveryCatalogTextPassesTheWordingChecks(t *testing.T) {
	c := builtinForTest(t)
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, r := range c.Roles {
		texts = append(texts, r.Name, r.Summary)
		for _, title := range r.Titles {
			for _, l := range c.Seniority {
				texts = append(texts, c.TitleAt(title, l.ID))
			}
		}
	}
	for _, r := range c.Responsibilities {
		texts = append(texts, r.Text)
	}
	for _, s := range c.Skills {
		texts = append(texts, s.Name)
	}
	for _, q := range c.Qualifications {
		texts = append(texts, q.Text)
	}
	for _, b := range c.Benefits {
		texts = append(texts, b.Text)
	}
	for _, s := range c.EEOStatements {
		texts = append(texts, s.Text)
	}
	for _, text := range texts {
		alone := model.Posting{Title: "Engineer", Summary: text}
		for _, f := range check.Check(alone, model.CompanyProfile{}, rules, check.Options{}) {
			if strings.HasPrefix(f.Rule, "wording/") && catalogProblem(f) != "" {
				t.Errorf("%q: %s", text, f.Message)
			}
		}
	}
}
