package check_test

import (
	"strings"
	"testing"
	"time"

	"jobpost/data"
	"jobpost/model"
	"jobpost/model/check"
)

func builtin(t testing.TB) check.Rules {
	t.Helper()
	r, err := data.BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// findings returns the findings of rule.
func findings(fs []check.Finding, rule string) []check.Finding {
	var out []check.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// rowPlace is a location inside the row's jurisdiction.
func rowPlace(r check.PayRule) model.Location {
	switch {
	case len(r.Match.Cities) > 0:
		return model.Location{City: r.Match.Cities[0], Region: r.Match.Regions[0], Country: r.Match.Regions[0][:2]}
	case len(r.Match.Regions) > 0:
		return model.Location{Region: r.Match.Regions[0], Country: r.Match.Regions[0][:2]}
	case r.Match.Countries[0] == "EU":
		return model.Location{City: "Lyon", Country: "FR"}
	}
	return model.Location{City: "Capital", Country: r.Match.Countries[0]}
}

// complete is a posting in the row's jurisdiction that meets every
// requirement of it.
func complete(r check.PayRule) model.Posting {
	loc := rowPlace(r)
	cur := "EUR"
	switch loc.Country {
	case "US":
		cur = "USD"
	case "CA":
		cur = "CAD"
	}
	p := model.Posting{
		Title:          "Backend Engineer (m/w/d)",
		Summary:        "You will build the services our customers use every day.",
		Benefits:       []string{"Health cover", "25 days of leave"},
		Company:        model.Company{Name: "Acme", About: "Acme makes tools."},
		Location:       loc,
		Workplace:      model.Onsite,
		Salary:         model.Salary{Min: 4000, Max: 5000, Currency: cur, Period: "MONTH"},
		Apply:          model.Apply{URL: "https://acme.example/jobs/1"},
		ValidThrough:   "2099-12-31",
		Qualifications: []string{"Experience with Go"},
	}
	for _, q := range r.Requirements {
		if q.Kind == check.ReqStatement {
			p.Company.About += " " + strings.NewReplacer("*", "", "#", "1").Replace(q.Phrases[0].Match) + "."
		}
	}
	return p
}

// inForce is a day on which the row and all its requirements apply and
// are enforced.
func inForce(r check.PayRule) time.Time {
	on := date(r.Effective)
	for _, s := range []string{r.Enforced} {
		if s != "" && date(s).After(on) {
			on = date(s)
		}
	}
	for _, q := range r.Requirements {
		if q.From != "" && date(q.From).After(on) {
			on = date(q.From)
		}
	}
	return on.AddDate(0, 0, 1)
}

// expected is the severity of a missing requirement of the row when the
// row surely applies.
func expected(r check.PayRule, q check.Requirement, base check.Severity) check.Severity {
	sev := base
	for _, limit := range []check.Severity{r.MaxSeverity, q.Severity} {
		if limit == check.Info || limit == check.Warning && sev == check.Error {
			sev = limit
		}
	}
	return sev
}

// breaks changes p so it misses requirement q; false when q cannot be
// missed by the posting (commission, reminder).
func breaks(p *model.Posting, q check.Requirement) bool {
	switch q.Kind {
	case check.ReqPay, check.ReqPayRange, check.ReqPayMinimum:
		p.Salary.Min, p.Salary.Max = 0, 0
	case check.ReqRangeWidth:
		p.Salary = model.Salary{Min: 50000, Max: 120000, Currency: q.Currency, Period: "YEAR"}
	case check.ReqBenefits:
		p.Benefits = nil
	case check.ReqDeadline:
		p.ValidThrough = ""
	case check.ReqDescription:
		p.Summary, p.Responsibilities = "", nil
	case check.ReqStatement:
		p.Company.About = "Acme makes tools."
	case check.ReqForbidden:
		phrase := strings.NewReplacer("*", "", "#", "1").Replace(q.Phrases[0].Match)
		if len(q.Sections) > 0 && q.Sections[0] == check.SectionTitle {
			p.Title = "Senior " + phrase
		} else {
			p.Qualifications = append(p.Qualifications, "Please send your "+phrase+".")
		}
	case check.ReqGenderMarker:
		p.Title = "Backend Engineer"
	default:
		return false
	}
	return true
}

func TestEveryJurisdictionRow(t *testing.T) {
	rules := builtin(t)
	rows := rules.Table().PayTransparency
	if len(rows) < 28 {
		t.Fatalf("%d rows; checks.md has 28 jurisdictions", len(rows))
	}
	for _, r := range rows {
		t.Run(r.ID, func(t *testing.T) {
			rule := "pay/" + r.ID
			prof := model.CompanyProfile{Employees: max(r.MinEmployees, 1)}
			if r.Effective == "" {
				// Not in force: a posting that misses the pay hears of it as info only.
				p := complete(r)
				p.Salary = model.Salary{}
				fs := findings(check.Check(p, prof, rules, check.Options{On: date("2026-12-01")}), rule)
				if len(r.Requirements) > 0 && (len(fs) == 0 || fs[0].Severity != check.Info || !strings.Contains(fs[0].Message, "not in force")) {
					t.Errorf("not in force: %+v", fs)
				}
				return
			}
			on := inForce(r)
			opts := check.Options{On: on}

			// All requirements met: nothing but reminders.
			for _, f := range findings(check.Check(complete(r), prof, rules, opts), rule) {
				if f.Severity != check.Info || !strings.Contains(f.Message, "Remember") {
					t.Errorf("complete posting: %s %s", f.Severity, f.Message)
				}
			}

			for i, q := range r.Requirements {
				p := complete(r)
				if !breaks(&p, q) {
					continue
				}
				want := expected(r, q, check.Error)
				fs := findings(check.Check(p, prof, rules, opts), rule)
				if len(fs) == 0 {
					t.Errorf("requirement #%d (%s) missing: no finding", i+1, q.Kind)
					continue
				}
				if fs[0].Severity != want {
					t.Errorf("requirement #%d (%s) missing: %s, want %s: %s", i+1, q.Kind, fs[0].Severity, want, fs[0].Message)
				}
				if fs[0].Source == "" || !strings.Contains(fs[0].Source, "checked "+r.Checked) || fs[0].Suggestion == "" || fs[0].Section == "" {
					t.Errorf("requirement #%d (%s): finding lacks source, date, suggestion or section: %+v", i+1, q.Kind, fs[0])
				}

				// The day before the row (or the requirement) takes effect: info naming the date.
				start := date(r.Effective)
				if q.From != "" && date(q.From).After(start) {
					start = date(q.From)
				}
				before := findings(check.Check(p, prof, rules, check.Options{On: start.AddDate(0, 0, -1)}), rule)
				if len(before) == 0 || before[0].Severity != check.Info || !strings.Contains(before[0].Message, start.Format("2 January 2006")) {
					t.Errorf("requirement #%d (%s) before %s: %+v", i+1, q.Kind, start.Format(time.DateOnly), before)
				}

				// Headcount: at the threshold covered, below it not, unknown "may apply".
				if r.MinEmployees > 1 {
					if fs := findings(check.Check(p, model.CompanyProfile{Employees: r.MinEmployees - 1}, rules, opts), rule); len(fs) > 0 {
						t.Errorf("requirement #%d below the threshold: %+v", i+1, fs)
					}
					fs := findings(check.Check(p, model.CompanyProfile{}, rules, opts), rule)
					if len(fs) == 0 || fs[0].Severity != expected(r, q, check.Warning) || !strings.Contains(fs[0].Message, "may apply") ||
						!strings.Contains(fs[0].Message, "no headcount") {
						t.Errorf("requirement #%d unknown headcount: %+v", i+1, fs)
					}
				}

				// Remote, open only to people in the jurisdiction.
				remote := p
				remote.Workplace = model.Remote
				remote.Location = model.Location{}
				pl := rowPlace(r)
				code := model.CountryCode(pl.Country)
				if reg := model.RegionCode(code, pl.Region); reg != "" {
					code = reg
				}
				remote.ApplicantLocations = []string{code}
				wantRemote := want
				if len(r.Match.Cities) > 0 {
					wantRemote = expected(r, q, check.Warning) // may be done from the city
				}
				fs = findings(check.Check(remote, prof, rules, opts), rule)
				if len(fs) == 0 || fs[0].Severity != wantRemote {
					t.Errorf("requirement #%d remote in %s: %+v, want %s", i+1, code, fs, wantRemote)
				}

				// Remote, open to a place elsewhere: covered only through the employer's home.
				remote.ApplicantLocations = []string{"JP"}
				if fs := findings(check.Check(remote, prof, rules, opts), rule); len(fs) > 0 {
					t.Errorf("requirement #%d remote in Japan: %+v", i+1, fs)
				}
				home := prof
				home.Home = rowPlace(r)
				fs = findings(check.Check(remote, home, rules, opts), rule)
				switch r.Match.Remote {
				case check.RemoteEmployer:
					if len(fs) == 0 || fs[0].Severity != want {
						t.Errorf("requirement #%d remote at an employer based there: %+v", i+1, fs)
					}
				case check.RemoteOffice:
					if len(fs) == 0 || fs[0].Severity != expected(r, q, check.Warning) {
						t.Errorf("requirement #%d remote reporting to an office there: %+v", i+1, fs)
					}
				default:
					if len(fs) > 0 {
						t.Errorf("requirement #%d: a remote job elsewhere is covered through the company's home: %+v", i+1, fs)
					}
				}
			}
		})
	}
}

func TestJurisdictionSpecifics(t *testing.T) {
	rules := builtin(t)
	on := check.Options{On: date("2026-12-01")}
	big := model.CompanyProfile{Employees: 500}
	base := func(loc model.Location) model.Posting {
		return model.Posting{
			Title: "Backend Engineer", Summary: "You will build services.", Benefits: []string{"Health cover"},
			Company: model.Company{Name: "Acme"}, Location: loc, Workplace: model.Onsite, ValidThrough: "2099-01-01",
			Apply: model.Apply{URL: "https://acme.example/jobs"},
		}
	}
	type tc struct {
		name string
		edit func(*model.Posting, *model.CompanyProfile, *check.Options)
		rule string
		want check.Severity // "" means no finding
		text string         // in the first finding's message
	}
	for _, c := range []tc{
		{"Colorado remote open to the whole US", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Workplace, p.ApplicantLocations, p.Location = model.Remote, []string{"US"}, model.Location{}
		}, "pay/US-CO", check.Error, "across the United States, Colorado included"},
		{"Washington not reached by a US-wide remote job", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Workplace, p.ApplicantLocations = model.Remote, []string{"US"}
		}, "pay/US-WA", "", ""},
		{"Colorado deadline not asked before 2024", func(p *model.Posting, _ *model.CompanyProfile, o *check.Options) {
			p.Location, p.Salary, p.ValidThrough = model.Location{Region: "Colorado", Country: "USA"}, model.Salary{Min: 1, Max: 2, Currency: "USD", Period: "YEAR"}, ""
			o.On = date("2023-06-01")
		}, "pay/US-CO", check.Info, "1 January 2024"},
		{"Washington one amount before fixed wages were allowed", func(p *model.Posting, _ *model.CompanyProfile, o *check.Options) {
			p.Location, p.Salary = model.Location{Region: "WA", Country: "US"}, model.Salary{Min: 100000, Currency: "USD", Period: "YEAR"}
			o.On = date("2025-01-01")
		}, "pay/US-WA", check.Error, "one amount"},
		{"Washington one amount once fixed wages are allowed", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location, p.Salary = model.Location{Region: "WA", Country: "US"}, model.Salary{Min: 100000, Currency: "USD", Period: "YEAR"}
		}, "pay/US-WA", "", ""},
		{"New York commission-only said plainly", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Albany", Region: "NY", Country: "US"}
			p.Summary = "This role is commission-only: compensation is based on commission."
		}, "pay/US-NY", "", ""},
		{"New York City from the city name alone", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Brooklyn", Country: "US"}
		}, "pay/US-NYC", check.Error, "New York City"},
		{"Columbus in force, not yet enforced", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Columbus", Region: "Ohio", Country: "US"}
		}, "pay/US-OH-CMH", check.Warning, "enforced from 1 January 2027"},
		{"Delaware names its date", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Dover", Region: "DE", Country: "US"}
		}, "pay/US-DE", check.Info, "26 September 2027"},
		{"Ontario range too wide", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Toronto", Region: "Ontario", Country: "Canada"}
			p.Salary = model.Salary{Min: 80000, Max: 140000, Currency: "CAD", Period: "YEAR"}
			p.Summary = "This is an existing vacancy. We do not use AI to screen applicants."
		}, "pay/CA-ON", check.Error, "60,000 CAD"},
		{"Ontario wide range exempt above 200,000", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Toronto", Region: "Ontario", Country: "Canada"}
			p.Salary = model.Salary{Min: 180000, Max: 260000, Currency: "CAD", Period: "YEAR"}
			p.Summary = "This is an existing vacancy. We do not use AI to screen applicants."
		}, "pay/CA-ON", "", ""},
		{"Ontario hourly range within the limit", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Ottawa", Region: "ON", Country: "CA"}
			p.Salary = model.Salary{Min: 30, Max: 50, Currency: "CAD", Period: "HOUR"}
			p.Summary = "This is an existing vacancy. We do not use AI to screen applicants."
		}, "pay/CA-ON", "", ""},
		{"Ontario Canadian experience", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Ottawa", Region: "ON", Country: "CA"}
			p.Salary = model.Salary{Min: 90000, Max: 100000, Currency: "CAD", Period: "YEAR"}
			p.Summary = "This is an existing vacancy. We do not use AI to screen applicants."
			p.Qualifications = []string{"Two years of Canadian experience"}
		}, "pay/CA-ON", check.Error, "Canadian experience"},
		{"Ontario not yet in force in 2025", func(p *model.Posting, _ *model.CompanyProfile, o *check.Options) {
			p.Location = model.Location{City: "Ottawa", Region: "ON", Country: "CA"}
			o.On = date("2025-06-01")
		}, "pay/CA-ON", check.Info, "1 January 2026"},
		{"EU remote across the union", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Workplace, p.ApplicantLocations, p.Location = model.Remote, []string{"EU"}, model.Location{}
		}, "pay/EU", check.Warning, "European Union"},
		{"Germany may apply to a remote job across the EU", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Workplace, p.ApplicantLocations = model.Remote, []string{"EU"}
		}, "pay/DE", check.Warning, "may apply"},
		{"EU pay history", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Paris", Country: "France"}
			p.Salary = model.Salary{Min: 50000, Max: 60000, Currency: "EUR", Period: "YEAR"}
			p.Summary = "Tell us your current salary."
		}, "pay/EU", check.Warning, "current salary"},
		{"Austria yearly pay", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Wien", Country: "Austria"}
			p.Salary = model.Salary{Min: 50000, Currency: "EUR", Period: "YEAR"}
		}, "pay/AT", check.Error, "per hour, week, month"},
		{"Germany marker present", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location, p.Title = model.Location{City: "Berlin", Country: "DE"}, "Backend Engineer (w/m/d)"
		}, "pay/DE", "", ""},
		{"Germany before the marker custom", func(p *model.Posting, _ *model.CompanyProfile, o *check.Options) {
			p.Location = model.Location{City: "Berlin", Country: "DE"}
			o.On = date("2018-06-01")
		}, "pay/DE", check.Info, "1 January 2019"},
		{"Newfoundland not in force", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "St. John's", Region: "Newfoundland and Labrador", Country: "CA"}
		}, "pay/CA-NL", check.Info, "awaiting regulations"},
		{"United Kingdom asks nothing", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "London", Country: "UK"}
		}, "pay/GB", "", ""},
		{"DC reminder once the range is there", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Washington", Region: "District of Columbia", Country: "US"}
			p.Salary = model.Salary{Min: 1, Max: 2, Currency: "USD", Period: "YEAR"}
		}, "pay/US-DC", check.Info, "health-care benefits"},
		{"hybrid counts as where the office is", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location, p.Workplace = model.Location{City: "Chicago", Region: "IL", Country: "US"}, model.Hybrid
		}, "pay/US-IL", check.Error, "Illinois"},
		{"Massachusetts keeps both dates", func(p *model.Posting, _ *model.CompanyProfile, _ *check.Options) {
			p.Location = model.Location{City: "Boston", Region: "MA", Country: "US"}
		}, "pay/US-MA", check.Error, "31 July 2025"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, prof, opts := base(model.Location{}), big, on
			c.edit(&p, &prof, &opts)
			fs := findings(check.Check(p, prof, rules, opts), c.rule)
			if c.want == "" {
				if len(fs) > 0 {
					t.Errorf("want no %s finding, got %+v", c.rule, fs)
				}
				return
			}
			if len(fs) == 0 {
				t.Fatalf("no %s finding", c.rule)
			}
			if fs[0].Severity != c.want || !strings.Contains(fs[0].Message+fs[0].Source, c.text) {
				t.Errorf("got %s %q (source %q), want %s containing %q", fs[0].Severity, fs[0].Message, fs[0].Source, c.want, c.text)
			}
		})
	}
}
