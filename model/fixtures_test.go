package model

import (
	"strings"
	"time"
)

// fixture is a named posting the format tests render.
type fixture struct {
	name string
	p    Posting
}

var fixtureTime = time.Date(2025, 1, 6, 9, 30, 0, 0, time.UTC)

// fixtures are the postings every format is golden-tested and round-tripped
// with: a typical one, one full of Markdown and HTML metacharacters, a long
// one (~800 words), one in wide and right-to-left scripts, and a bare draft.
func fixtures() []fixture {
	return []fixture{
		{"backend", backendFixture()},
		{"remote", remoteFixture()},
		{"long", longFixture()},
		{"intl", intlFixture()},
		{"minimal", minimalFixture()},
	}
}

func backendFixture() Posting {
	return Posting{
		SchemaVersion: SchemaVersion,
		ID:            "backendfixture22",
		Title:         "Senior Backend Engineer",
		Role:          "backend",
		Seniority:     "senior",
		Summary: "You will build the services that move parcels across Europe.\n" +
			"Our platform handles two million deliveries a day.\n\nYou will join a team of six engineers.",
		Responsibilities: []string{
			"Design and run Go services that handle 5,000 requests a second",
			"Own the delivery-tracking API from design to on-call",
			"Review code and mentor two junior engineers",
		},
		Skills: Skills{
			Required:  []string{"Go", "PostgreSQL", "Kubernetes"},
			Preferred: []string{"Kafka", "Terraform"},
		},
		Qualifications: []string{"5+ years building backend systems"},
		Benefits:       []string{"30 days of paid leave", "€1,500 yearly learning budget", "Public-transport pass"},
		Company: Company{
			Name:    "Acme Logistics GmbH",
			About:   "Acme Logistics runs parcel hubs in 14 countries.",
			Website: "https://acme.example",
		},
		Location:       Location{City: "Berlin", Region: "Berlin", Country: "DE"},
		Workplace:      Hybrid,
		EmploymentType: "FULL_TIME",
		Salary:         Salary{Min: 90000, Max: 120000, Currency: "EUR", Period: "YEAR"},
		Apply:          Apply{URL: "https://acme.example/jobs/backend?src=jobpost&ref=1", Email: "jobs@acme.example"},
		EEO:            "We welcome applicants of every background, and we judge applications on skills alone.",
		Status:         StatusPosted,
		Posted:         Placements{{Board: "linkedin", On: time.Date(2025, 1, 10, 8, 0, 0, 0, time.UTC)}},
		ValidThrough:   "2025-03-31",
		CreatedAt:      fixtureTime,
		UpdatedAt:      fixtureTime.Add(26 * time.Hour),
	}
}

// remoteFixture is full of characters that mean something in Markdown or
// HTML; every format must show them literally.
func remoteFixture() Posting {
	return Posting{
		SchemaVersion: SchemaVersion,
		ID:            "remotefixture234",
		Title:         "C# *Lead* <Platform> & R&D_team",
		Role:          "backend",
		Seniority:     "lead",
		Summary:       "# Not a heading\n\n1. Not a list either — just a sentence with `ticks`, [brackets](http://x) and a | pipe.",
		Responsibilities: []string{
			"- starts with a dash",
			"+ starts with a plus",
			"2024. was a good year",
			"<b>not bold</b> & &amp; stays as typed",
			"> not a quote",
			"***",
			`back\slash and ~tilde~ and __under__`,
		},
		Skills:   Skills{Required: []string{"C#", ".NET 8", "SQL Server"}},
		Benefits: []string{"Home-office budget of 1,000 CAD", "\"Quiet\" Fridays"},
		Company: Company{
			Name:  "Maple & Hash #",
			About: "We are small.\nWe are remote.\n\nWe ship every day.",
		},
		Location:       Location{Country: "Canada"},
		Workplace:      Remote,
		EmploymentType: "CONTRACTOR",
		Salary:         Salary{Min: 85.5, Currency: "CAD", Period: "HOUR"},
		Apply:          Apply{Email: "hire+lead@maple.example"},
		Status:         StatusReady,
		CreatedAt:      fixtureTime,
		UpdatedAt:      fixtureTime,
	}
}

func intlFixture() Posting {
	return Posting{
		SchemaVersion:    SchemaVersion,
		ID:               "intlfixture23456",
		Title:            "バックエンドエンジニア (Go) 🚀",
		Seniority:        "intermediate",
		Summary:          "東京のチームで決済システムを開発します。毎日数百万件の取引を安全に処理するサービスを、設計から運用まで担当していただきます。",
		Responsibilities: []string{"決済APIの設計と実装を担当し、チームと一緒に品質を高めていきます", "מהנדס תוכנה בכיר — צוות תשלומים", "مهندس برمجيات — فريق المدفوعات"},
		Skills:           Skills{Required: []string{"Go", "MySQL"}, Preferred: []string{"日本語 (ビジネスレベル)"}},
		Company:          Company{Name: "株式会社サンプル", Website: "https://sample.example/ja"},
		Location:         Location{City: "東京", Region: "東京都", Country: "JP"},
		Workplace:        Onsite,
		EmploymentType:   "FULL_TIME",
		Salary:           Salary{Min: 600000, Max: 900000, Currency: "JPY", Period: "MONTH"},
		Apply:            Apply{URL: "https://sample.example/careers/%E6%B1%82%E4%BA%BA"},
		EEO:              "Nous accueillons toutes les candidatures. 🌍",
		Status:           StatusDraft,
		CreatedAt:        fixtureTime,
		UpdatedAt:        fixtureTime,
	}
}

// minimalFixture is a draft with nothing but a title: lists are nil.
func minimalFixture() Posting {
	p := New(fixtureTime)
	p.ID = "minimalfixture22"
	p.Title = "Data Analyst"
	return p
}

func longFixture() Posting {
	return Posting{
		SchemaVersion: SchemaVersion,
		ID:            "longfixture23456",
		Title:         "Principal Site Reliability Engineer, Payments Infrastructure",
		Role:          "sre",
		Seniority:     "principal",
		Summary: strings.Join([]string{
			"Every card payment that passes through Northwind touches infrastructure that you will shape. " +
				"We process a little over forty million transactions a month for shops, cafés and marketplaces in nine countries, " +
				"and our customers expect each one to clear in under a second, at any hour, on any day of the year.",
			"As our principal site reliability engineer you will set the technical direction for how we build, deploy and operate " +
				"that platform. You will work across six product teams, partner closely with security and compliance, and report " +
				"to the VP of Engineering. This is a hands-on role: you will write code, design systems, lead incident reviews and " +
				"still find time to help other engineers grow.",
			"In your first three months you will meet every team, read the last year of incident reports and " +
				"agree with us on the two or three reliability problems that matter most. By the end of your first year " +
				"we expect those problems to be measurably smaller, and the engineers around you to be better at solving " +
				"the next ones without you.",
			"We are not looking for someone who knows every tool. We are looking for someone who asks good questions, " +
				"writes things down, and leaves systems simpler than they found them.",
		}, "\n\n"),
		Responsibilities: []string{
			"Define service-level objectives with each product team and build the tooling that tracks them against error budgets",
			"Lead the design of our move from a single region to an active-active setup across two cloud regions",
			"Run blameless incident reviews and turn what we learn into concrete, funded engineering work",
			"Shape our on-call rotation so that pages are rare, actionable and fairly shared across the teams",
			"Review architecture proposals for reliability, cost and operational risk before they reach production",
			"Build paved roads for deployment, observability and secrets management that teams choose to use because they are easier",
			"Mentor senior engineers and help them grow into staff-level roles through pairing, design reviews and honest feedback",
			"Work with our compliance team to keep PCI DSS controls automated, tested and boring",
			"Plan capacity for seasonal peaks such as the end-of-year holidays and large marketplace sales events",
			"Write clearly: design documents, runbooks and post-incident reports that other people actually read",
		},
		Skills: Skills{
			Required: []string{
				"Deep experience operating Linux systems in production at scale",
				"Kubernetes, including its networking and failure modes",
				"Infrastructure as code with Terraform or a similar tool",
				"Observability: metrics, logs and distributed tracing",
				"At least one systems language such as Go or Rust",
				"Incident command for high-severity outages",
			},
			Preferred: []string{
				"Payments, banking or other regulated industries",
				"PostgreSQL replication and failover",
				"Service meshes such as Istio or Linkerd",
				"Chaos engineering practice",
			},
		},
		Qualifications: []string{
			"Twelve or more years in software or infrastructure engineering, including several years leading reliability work",
			"A track record of improving availability for systems with strict latency targets",
			"Comfort explaining technical trade-offs to executives and to auditors",
		},
		Benefits: []string{
			"Salary range published above, plus equity in a company that is profitable",
			"Thirty days of paid holiday plus public holidays",
			"Four-day on-call weeks with an extra day off after each rotation",
			"A learning budget of 2,000 EUR a year and time to use it",
			"Sixteen weeks of fully paid parental leave for every parent",
			"A new laptop of your choice and a home-office allowance",
			"Pension contributions matched up to six percent",
			"Relocation support to Amsterdam, including visa sponsorship",
		},
		Company: Company{
			Name: "Northwind Payments B.V.",
			About: "Northwind was founded in 2016 by three engineers who were tired of waiting days for card payouts. " +
				"Today we are 420 people in Amsterdam, Lisbon and Warsaw, and we move money for more than eighty thousand merchants. " +
				"We are profitable, independent and in no hurry to change that.\n\n" +
				"Engineering at Northwind is organised around small product teams that own their services end to end. " +
				"We deploy several hundred times a week, we write design documents before we write code, and we treat " +
				"reliability as a feature our customers pay for.",
			Website: "https://northwind.example",
		},
		Location:       Location{City: "Amsterdam", Region: "North Holland", Country: "NL"},
		Workplace:      Hybrid,
		EmploymentType: "FULL_TIME",
		Salary:         Salary{Min: 140000, Max: 175000, Currency: "EUR", Period: "YEAR"},
		Apply:          Apply{URL: "https://northwind.example/careers/principal-sre", Email: "talent@northwind.example"},
		EEO: "Northwind is an equal opportunity employer. We consider every application on its merits, without regard " +
			"to ethnicity, religion, gender, gender identity, sexual orientation, age, disability or any other characteristic " +
			"protected by law. If you need an adjustment at any stage of the process, tell us and we will make it.\n\n" +
			"We know that people from under-represented groups often apply only when they meet every requirement. " +
			"If this role excites you but your experience does not match every line, please apply anyway.",
		Status:       StatusReady,
		ValidThrough: "2025-02-28",
		CreatedAt:    fixtureTime,
		UpdatedAt:    fixtureTime.Add(3 * time.Hour),
	}
}
