package uitest

import (
	"strings"
	"testing"

	"jobpost/model"
	"jobpost/ui/common"
)

// FullPosting is a complete posting of about 800 words (a senior backend
// engineer at Acme Logistics), for the editor's and preview's tests and
// benchmarks.
func FullPosting(t testing.TB, c *common.Common) model.Posting {
	t.Helper()
	p := model.New(FixedNow)
	p.Title = "Senior Backend Engineer"
	p.Role, p.Seniority = "backend", "senior"
	p.Summary = strings.Repeat("You will design, build and run the services that carry our customers' orders from checkout to delivery, with a small team that owns its work end to end. ", 10)
	for _, r := range c.Catalog.ResponsibilitiesFor("backend", "senior") {
		p.Responsibilities = append(p.Responsibilities, r.Text)
	}
	p.Skills.Required = []string{"Go", "PostgreSQL", "Distributed systems", "Kubernetes"}
	p.Skills.Preferred = []string{"Kafka", "Terraform"}
	for _, q := range c.Catalog.QualificationsForRole("backend", "senior") {
		p.Qualifications = append(p.Qualifications, q.Text)
	}
	for _, b := range c.Catalog.Benefits[:8] {
		p.Benefits = append(p.Benefits, b.Text)
	}
	p.Company = model.Company{Name: "Acme Logistics", Website: "https://acme.example",
		About: strings.Repeat("Acme moves parcels for ten thousand shops across Europe, on software we write ourselves. ", 7)}
	p.Location = model.Location{City: "Berlin", Country: "Germany"}
	p.Workplace = model.Hybrid
	p.EmploymentType = "FULL_TIME"
	p.Salary = model.Salary{Min: 80000, Max: 100000, Currency: "EUR", Period: "YEAR"}
	p.Apply = model.Apply{URL: "https://acme.example/jobs/42"}
	p.EEO = c.Catalog.EEOStatements[0].Text
	return p
}
