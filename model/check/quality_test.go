package check_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/model/check"
)

// good is a posting the quality checks have nothing to say about.
func good() model.Posting {
	sentence := "You will design, build and run the services that our customers use every day, with a small team that reviews each change with care. "
	return model.Posting{
		Title:            "Backend Engineer",
		Seniority:        "senior",
		Summary:          strings.Repeat(sentence, 14),
		Responsibilities: []string{"Build the billing service", "Review code with the team"},
		Skills:           model.Skills{Required: []string{"Go", "SQL", "HTTP APIs"}},
		Qualifications:   []string{"5+ years building web services"},
		Benefits:         []string{"Health cover"},
		Company:          model.Company{Name: "Acme", About: "Acme makes tools for small shops."},
		Location:         model.Location{City: "London", Country: "GB"},
		Workplace:        model.Onsite,
		Salary:           model.Salary{Min: 60000, Max: 70000, Currency: "GBP", Period: "YEAR"},
		Apply:            model.Apply{URL: "https://acme.example/jobs/1"},
		ValidThrough:     "2027-01-31",
		CreatedAt:        time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
	}
}

func qualityOf(t *testing.T, p model.Posting, opts check.Options) []check.Finding {
	t.Helper()
	if opts.On.IsZero() {
		opts.On = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	}
	var out []check.Finding
	for _, f := range check.Check(p, model.CompanyProfile{}, builtin(t), opts) {
		if strings.HasPrefix(f.Rule, "quality/") {
			out = append(out, f)
		}
	}
	return out
}

func TestGoodPostingHasNoQualityFindings(t *testing.T) {
	if fs := qualityOf(t, good(), check.Options{}); len(fs) > 0 {
		t.Errorf("%+v", fs)
	}
}

func TestQualityChecks(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(*model.Posting, *check.Options)
		rule string
		sev  check.Severity
		text string
	}{
		{"short", func(p *model.Posting, _ *check.Options) { p.Summary = "Build services." }, "quality/length", check.Info, "words long"},
		{"long", func(p *model.Posting, _ *check.Options) {
			p.Summary = strings.Repeat("Build the services with care. ", 160)
		}, "quality/length", check.Info, "300–700"},
		{"too long", func(p *model.Posting, _ *check.Options) {
			p.Summary = strings.Repeat("Build the services with care. ", 220)
		}, "quality/length", check.Warning, "1,000"},
		{"must-haves", func(p *model.Posting, _ *check.Options) {
			p.Skills.Required = strings.Fields("a b c d e f g h i")
		}, "quality/must-haves", check.Warning, "9 must-have"},
		{"entry level asking years", func(p *model.Posting, _ *check.Options) { p.Seniority = "junior" }, "quality/years", check.Warning, "5+ years"},
		{"entry level title asking a range", func(p *model.Posting, _ *check.Options) {
			p.Seniority, p.Title, p.Qualifications = "", "Junior Backend Engineer", []string{"3-5 years of SQL"}
		}, "quality/years", check.Warning, "3-5 years"},
		{"entry level asking three in words", func(p *model.Posting, _ *check.Options) {
			p.Seniority, p.Qualifications = "intern", []string{"At least three years of Go"}
		}, "quality/years", check.Warning, "three years"},
		{"hard to read", func(p *model.Posting, _ *check.Options) {
			p.Summary = strings.Repeat("Comprehensive organisational responsibilities necessitate extraordinary interdisciplinary communication capabilities and infrastructure ", 12)
		}, "quality/readability", check.Warning, "Flesch Reading Ease"},
		{"title too long", func(p *model.Posting, _ *check.Options) { p.Title = strings.Repeat("Backend ", 11) + "Engineer" }, "quality/title", check.Warning, "characters long"},
		{"title pay", func(p *model.Posting, _ *check.Options) { p.Title = "Backend Engineer £70k" }, "quality/title", check.Warning, "pay"},
		{"title location", func(p *model.Posting, _ *check.Options) { p.Title = "Backend Engineer, London" }, "quality/title", check.Warning, "London"},
		{"title hiring now", func(p *model.Posting, _ *check.Options) { p.Title = "Hiring now: Backend Engineer" }, "quality/title", check.Warning, "Hiring now"},
		{"title caps", func(p *model.Posting, _ *check.Options) { p.Title = "BACKEND ENGINEER" }, "quality/title", check.Warning, "capitals"},
		{"title bang", func(p *model.Posting, _ *check.Options) { p.Title = "Backend Engineer!" }, "quality/title", check.Warning, "exclamation"},
		{"title emoji", func(p *model.Posting, _ *check.Options) { p.Title = "Backend Engineer 🚀" }, "quality/title", check.Warning, "emoji"},
		{"title job code", func(p *model.Posting, _ *check.Options) { p.Title = "Backend Engineer #48213" }, "quality/title", check.Info, "48213"},
		{"no title", func(p *model.Posting, _ *check.Options) { p.Title = "" }, "quality/title", check.Error, "no title"},
		{"no pay", func(p *model.Posting, _ *check.Options) { p.Salary = model.Salary{} }, "quality/missing-pay", check.Warning, "no pay"},
		{"no location", func(p *model.Posting, _ *check.Options) { p.Location = model.Location{} }, "quality/missing-location", check.Warning, "where the job is"},
		{"remote without applicant locations", func(p *model.Posting, _ *check.Options) {
			p.Location, p.Workplace = model.Location{}, model.Remote
		}, "quality/missing-location", check.Warning, "where applicants may live"},
		{"no way to apply", func(p *model.Posting, _ *check.Options) { p.Apply = model.Apply{} }, "quality/missing-apply", check.Warning, "how to apply"},
		{"no company", func(p *model.Posting, _ *check.Options) { p.Company.Name = "" }, "quality/missing-company", check.Warning, "company"},
		{"closing date passed", func(p *model.Posting, o *check.Options) { o.On = time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC) }, "quality/closing-date", check.Warning, "31 January 2027"},
		{"google fields", func(p *model.Posting, _ *check.Options) { p.Company.Name = "" }, "quality/google-jobs", check.Warning, "company.name"},
		{"google fields for Google", func(p *model.Posting, o *check.Options) { p.Company.Name, o.Board = "", "Google for Jobs" }, "quality/google-jobs", check.Error, "company.name"},
		{"LinkedIn title", func(p *model.Posting, o *check.Options) {
			p.Title, o.Board = strings.Repeat("x", 201), "linkedin"
		}, "quality/board-limits", check.Error, "LinkedIn takes at most 200"},
		{"SEEK description", func(p *model.Posting, o *check.Options) {
			p.Summary, o.Board = strings.Repeat("Word ", 3100), "SEEK"
		}, "quality/board-limits", check.Error, "SEEK takes at most 15,000"},
		{"SEEK summary sentence", func(p *model.Posting, o *check.Options) {
			p.Summary, o.Board = strings.Repeat("word ", 40)+".", "SEEK"
		}, "quality/board-limits", check.Info, "150 characters"},
		{"every board when none is chosen", func(p *model.Posting, _ *check.Options) { p.Summary = strings.Repeat("Word ", 3100) }, "quality/board-limits", check.Warning, "SEEK"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, opts := good(), check.Options{}
			c.edit(&p, &opts)
			var hit *check.Finding
			for _, f := range qualityOf(t, p, opts) {
				if f.Rule == c.rule && hit == nil {
					hit = &f
				}
			}
			if hit == nil {
				t.Fatalf("no %s finding", c.rule)
			}
			if hit.Severity != c.sev || !strings.Contains(hit.Message, c.text) || hit.Suggestion == "" || hit.Source == "" {
				t.Errorf("got %s %q, want %s containing %q", hit.Severity, hit.Message, c.sev, c.text)
			}
		})
	}
}

func TestMissingPayIsSaidOnce(t *testing.T) {
	p := good()
	p.Location = model.Location{City: "Denver", Region: "CO", Country: "US"}
	p.Salary = model.Salary{}
	fs := check.Check(p, model.CompanyProfile{Employees: 10}, builtin(t), check.Options{On: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
	if len(findings(fs, "pay/US-CO")) == 0 || len(findings(fs, "quality/missing-pay")) > 0 {
		t.Errorf("want the law's finding and not the quality one: %+v", fs)
	}
	if !check.HasErrors(fs) || fs[0].Severity != check.Error {
		t.Error("errors first")
	}
}

func TestFindingJSON(t *testing.T) {
	b, err := json.Marshal(check.Finding{Rule: "pay/US-CO", Severity: check.Error, Section: "pay", Message: "m", Suggestion: "s", Source: "src"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"rule":"pay/US-CO","severity":"error","section":"pay","message":"m","suggestion":"s","source":"src"}`; string(b) != want {
		t.Errorf("%s", b)
	}
}

func TestZeroRulesRunQualityOnly(t *testing.T) {
	p := good()
	p.Summary = "A rockstar."
	for _, f := range check.Check(p, model.CompanyProfile{}, check.Rules{}, check.Options{}) {
		if !strings.HasPrefix(f.Rule, "quality/") {
			t.Errorf("%+v", f)
		}
	}
}

func TestCompileRefusesBadTables(t *testing.T) {
	for _, c := range []struct {
		table check.Table
		want  string
	}{
		{check.Table{Version: 2}, "version 2"},
		{check.Table{Version: 1, PayTransparency: []check.PayRule{{ID: "X", Name: "X", Match: check.Match{Regions: []string{"US-CO"}}, Effective: "2020-13-01",
			Checked: "2026-01-01", Sources: []check.Source{{Name: "s"}}}}}, "not a date"},
		{check.Table{Version: 1, PayTransparency: []check.PayRule{{ID: "X", Name: "X", Match: check.Match{Regions: []string{"US-CO"}}, Effective: "2020-01-01",
			Checked: "2026-01-01", Sources: []check.Source{{Name: "s"}}, Requirements: []check.Requirement{{Kind: "salary"}}}}}, "kind must be one of"},
		{check.Table{Version: 1, PayTransparency: []check.PayRule{{ID: "X", Name: "X", Effective: "2020-01-01", Checked: "2026-01-01"}}}, "no source"},
		{check.Table{Version: 1, Wording: []check.WordCategory{{ID: "w", Severity: "loud", Why: "y", Sources: []check.Source{{Name: "s"}},
			Terms: []check.Term{{Match: "ab*"}}}}}, "severity"},
		{check.Table{Version: 1, Wording: []check.WordCategory{{ID: "w", Severity: "info", Why: "y", Sources: []check.Source{{Name: "s"}},
			Terms: []check.Term{{Match: "ab*"}}}}}, "at least three"},
	} {
		if _, err := check.Compile(c.table); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("err = %v, want %q", err, c.want)
		}
	}
}

func TestTermJSON(t *testing.T) {
	var ts []check.Term
	if err := json.Unmarshal([]byte(`["guru*", {"match": "rock star", "suggest": "expert"}]`), &ts); err != nil {
		t.Fatal(err)
	}
	if ts[0] != (check.Term{Match: "guru*"}) || ts[1] != (check.Term{Match: "rock star", Suggest: "expert"}) {
		t.Errorf("%+v", ts)
	}
	b, _ := json.Marshal(ts)
	if string(b) != `["guru*",{"match":"rock star","suggest":"expert"}]` {
		t.Errorf("%s", b)
	}
	if err := json.Unmarshal([]byte(`[{"match": "x", "sugest": "y"}]`), &ts); err == nil {
		t.Error("a misspelt key is accepted")
	}
}

// posting800 is a posting of about 800 words that trips many rules.
func posting800() model.Posting {
	p := good()
	p.Location = model.Location{City: "Toronto", Region: "ON", Country: "CA"}
	var b strings.Builder
	for i := 0; b.Len() < 4200; i++ {
		fmt.Fprintf(&b, "Our young team builds competitive, data-driven analytics with the lead engineer; you will commit code, own responsibilities and support customers (%d). ", i)
	}
	p.Summary = b.String()
	for i := range 12 {
		p.Responsibilities = append(p.Responsibilities, fmt.Sprintf("Collaborate with the rockstar team on service %d and hit the ground running", i))
	}
	p.Qualifications = append(p.Qualifications, "Must be able to lift 20 kg", "Native English speaker")
	return p
}

func TestBenchmarkPostingIsAbout800Words(t *testing.T) {
	p := posting800()
	n := 0
	for _, s := range append([]string{p.Summary, p.Company.About}, append(p.Responsibilities, p.Qualifications...)...) {
		n += len(strings.Fields(s))
	}
	if n < 750 || n > 900 {
		t.Errorf("%d words", n)
	}
}

func BenchmarkCheck(b *testing.B) {
	rules := builtin(b)
	p := posting800()
	prof := model.CompanyProfile{Employees: 40}
	opts := check.Options{On: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	for b.Loop() {
		check.Check(p, prof, rules, opts)
	}
}
