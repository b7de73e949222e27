package model

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestFixturesHaveNoProblems(t *testing.T) {
	for _, fx := range fixtures() {
		if ps := fx.p.Problems(); len(ps) > 0 {
			t.Errorf("%s: %v", fx.name, ps)
		}
	}
}

func TestProblems(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Posting)
		fields []string
	}{
		{"no title", func(p *Posting) { p.Title = "  " }, []string{"title"}},
		{"title of 200 characters", func(p *Posting) { p.Title = strings.Repeat("é", 200) }, nil},
		{"title of 201 characters", func(p *Posting) { p.Title = strings.Repeat("é", 201) }, []string{"title"}},
		{"negative pay", func(p *Posting) { p.Salary.Min = -1 }, []string{"salary.min"}},
		{"NaN pay", func(p *Posting) { p.Salary.Max = math.NaN() }, []string{"salary.max"}},
		{"infinite pay", func(p *Posting) { p.Salary.Max = math.Inf(1) }, []string{"salary.max"}},
		{"min above max", func(p *Posting) { p.Salary.Min, p.Salary.Max = 130000, 120000 }, []string{"salary.max"}},
		{"min with no max", func(p *Posting) { p.Salary.Min, p.Salary.Max = 130000, 0 }, nil},
		{"lower-case currency", func(p *Posting) { p.Salary.Currency = "eur" }, []string{"salary.currency"}},
		{"made-up currency", func(p *Posting) { p.Salary.Currency = "EURO" }, []string{"salary.currency"}},
		{"retired currency", func(p *Posting) { p.Salary.Currency = "HRK" }, []string{"salary.currency"}},
		{"no currency", func(p *Posting) { p.Salary.Currency = "" }, nil},
		{"bad period", func(p *Posting) { p.Salary.Period = "ANNUAL" }, []string{"salary.period"}},
		{"apply URL without scheme", func(p *Posting) { p.Apply.URL = "acme.example/jobs" }, []string{"apply.url"}},
		{"apply URL over ftp", func(p *Posting) { p.Apply.URL = "ftp://acme.example/jobs" }, []string{"apply.url"}},
		{"apply URL without host", func(p *Posting) { p.Apply.URL = "https:///jobs" }, []string{"apply.url"}},
		{"javascript URL", func(p *Posting) { p.Apply.URL = "javascript:alert(1)" }, []string{"apply.url"}},
		{"bad e-mail", func(p *Posting) { p.Apply.Email = "jobs at acme" }, []string{"apply.email"}},
		{"e-mail with a name", func(p *Posting) { p.Apply.Email = "Jobs <jobs@acme.example>" }, []string{"apply.email"}},
		{"e-mail without a real domain", func(p *Posting) { p.Apply.Email = "jobs@acme" }, []string{"apply.email"}},
		{"bad website", func(p *Posting) { p.Company.Website = "acme" }, []string{"company.website"}},
		{"bad workplace", func(p *Posting) { p.Workplace = "moon" }, []string{"workplace"}},
		{"LinkedIn employment type", func(p *Posting) { p.EmploymentType = "CONTRACT" }, []string{"employment_type"}},
		{"no status", func(p *Posting) { p.Status = "" }, []string{"status"}},
		{"bad status", func(p *Posting) { p.Status = "archived" }, []string{"status"}},
		{"bad closing date", func(p *Posting) { p.ValidThrough = "31/03/2025" }, []string{"valid_through"}},
		{"bad id", func(p *Posting) { p.ID = "not an id/1" }, []string{"id"}},
		{"foreign id", func(p *Posting) { p.ID = "REQ-1234_b" }, nil},
		{"several at once", func(p *Posting) { p.Title, p.Salary.Period, p.Status = "", "YEARLY", "x" },
			[]string{"title", "salary.period", "status"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := backendFixture()
			tc.change(&p)
			var got []string
			for _, fe := range p.Problems() {
				got = append(got, fe.Field)
				if fe.Message == "" || !strings.HasPrefix(fe.Error(), fe.Field+": ") {
					t.Errorf("problem %#v reads badly: %q", fe, fe.Error())
				}
			}
			if !reflect.DeepEqual(got, tc.fields) {
				t.Errorf("problems in %q, want %q", got, tc.fields)
			}
		})
	}
}

func TestKnownCurrency(t *testing.T) {
	for _, c := range []string{"EUR", "USD", "GBP", "JPY", "CHF", "INR", "BRL", "ZAR", "XOF", "VES", "SLE", "ZWG"} {
		if !KnownCurrency(c) {
			t.Errorf("%s not known", c)
		}
	}
	for _, c := range []string{"", "eur", "EURO", "XAU", "BTC", "HRK", "XXX"} {
		if KnownCurrency(c) {
			t.Errorf("%q known", c)
		}
	}
}

func TestHugePayIsRefusedNotPrintedNegative(t *testing.T) {
	p := New(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	p.Title = "Engineer"
	p.Salary = Salary{Min: 100, Max: 1e20, Currency: "GBP", Period: "YEAR"}
	found := false
	for _, pr := range p.Problems() {
		found = found || pr.Field == "salary.max"
	}
	if !found {
		t.Fatal("a max of 1e20 is not reported")
	}
	if _, err := ParseSalaryAmount("99999999999999999999"); err == nil {
		t.Fatal("ParseSalaryAmount took 99999999999999999999")
	}
	if got := formatAmount(MaxSalaryAmount); got != "1,000,000,000,000" {
		t.Fatalf("formatAmount(max) = %q", got)
	}
}

// The message about a max below the min must be true for amounts that
// differ below a cent, not "0 < 0".
func TestMaxBelowMinMessageIsTrue(t *testing.T) {
	for _, c := range []struct {
		min, max float64
		want     string
	}{
		{0.005, 0.004, "is below the minimum (0.004 < 0.005)"},
		{0.5, 0.4, "is below the minimum (0.40 < 0.50)"},
		{120000, 90000, "is below the minimum (90,000 < 120,000)"},
		{1000.004, 1000.001, "is below the minimum (1000.001 < 1000.004)"},
	} {
		p := Posting{Title: "t", Status: StatusDraft, Salary: Salary{Min: c.min, Max: c.max}}
		probs := p.Problems()
		if len(probs) != 1 || probs[0].Field != "salary.max" || probs[0].Message != c.want {
			t.Errorf("min %v max %v: %v, want %q", c.min, c.max, probs, c.want)
		}
	}
}
