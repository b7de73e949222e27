// Package fakepostings makes realistic job postings in any number, for
// benchmarks and the whole-process figures: varied titles, prose of a few
// hundred words drawn from a vocabulary (so it compresses as real text
// does, not as one sentence repeated), lists, places and pay. The same
// seed and index give the same posting.
package fakepostings

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"jobpost/model"
)

var (
	levels    = []string{"junior", "intermediate", "senior", "lead", "principal"}
	roles     = []string{"backend", "frontend", "sre", "data-engineering", "engineering-management", "mobile", "security", "ml"}
	titles    = []string{"Backend Engineer", "Frontend Developer", "Site Reliability Engineer", "Data Engineer", "Engineering Manager", "Mobile Developer", "Security Engineer", "ML Engineer"}
	skills    = []string{"Go", "Python", "TypeScript", "Kubernetes", "PostgreSQL", "AWS", "Terraform", "React", "Kafka", "Rust", "gRPC", "Redis", "Linux", "Docker", "GraphQL", "Java", "Swift", "Kotlin", "Spark", "Airflow"}
	companies = []string{"Acme Widgets", "Northwind Logistics", "Globex Payments", "Initech Health", "Umbrella Analytics", "Stark Mobility", "Hooli Cloud", "Vandelay Imports"}
	places    = []model.Location{{City: "Berlin", Country: "Germany"}, {City: "Lisbon", Country: "Portugal"},
		{City: "Austin", Region: "TX", Country: "United States"}, {City: "Tel Aviv", Country: "Israel"},
		{City: "Toronto", Region: "ON", Country: "Canada"}, {City: "Madrid", Country: "Spain"},
		{City: "Denver", Region: "CO", Country: "United States"}, {City: "Amsterdam", Country: "Netherlands"}}
	words = strings.Fields(`we build and run services that thousands of customers rely on every day our team
		works closely with product design and operations you will own systems end to end from the first sketch
		to the on call rotation and the postmortem we value clear writing careful review and steady delivery
		over heroics the platform handles payments orders shipments and messages across several regions with
		strict latency budgets you will improve reliability observability cost and developer experience mentor
		colleagues shape the roadmap and help hire the next engineers we offer a calm pace flexible hours remote
		friendly offices learning budget and a team that cares about each other and about the craft of software`)
	duties = []string{"Design, build and operate services end to end", "Review code and mentor other engineers",
		"Improve reliability, latency and cost", "Work with product to shape the roadmap", "Take part in the on-call rotation",
		"Write clear design documents", "Automate what we do by hand", "Help interview and hire"}
	benefits = []string{"30 days paid leave", "Learning budget", "Home office budget", "Flexible hours", "Pension plan",
		"Parental leave", "Public transport pass", "Health insurance"}
)

// Posting returns posting number i (from 0) of the set seed makes,
// updated a minute apart back from now. Its id is left empty unless
// withID, which gives it a foreign-looking one ("REQ-000042").
func Posting(seed uint64, i int, now time.Time, withID bool) model.Posting {
	rng := rand.New(rand.NewPCG(seed, uint64(i)))
	k := rng.IntN(len(titles))
	lvl := levels[rng.IntN(len(levels))]
	p := model.New(now.Add(-time.Duration(i) * time.Minute))
	p.ID = ""
	if withID {
		p.ID = fmt.Sprintf("REQ-%06d", i)
	}
	p.Title = fmt.Sprintf("%s %s", strings.ToUpper(lvl[:1])+lvl[1:], titles[k])
	p.Role, p.Seniority = roles[k], lvl
	p.Summary = prose(rng, 120+rng.IntN(120))
	p.Responsibilities = pick(rng, duties, 3+rng.IntN(3))
	p.Skills = model.Skills{Required: pick(rng, skills, 3+rng.IntN(3)), Preferred: pick(rng, skills, 1+rng.IntN(3))}
	p.Qualifications = []string{fmt.Sprintf("%d+ years building production systems", 1+rng.IntN(8)), "Clear written communication"}
	p.Benefits = pick(rng, benefits, 3+rng.IntN(4))
	c := companies[rng.IntN(len(companies))]
	p.Company = model.Company{Name: c, About: prose(rng, 30+rng.IntN(30)),
		Website: "https://" + strings.ToLower(strings.ReplaceAll(c, " ", "")) + ".example"}
	p.Location = places[rng.IntN(len(places))]
	p.Workplace = []model.Workplace{model.Onsite, model.Hybrid, model.Remote}[rng.IntN(3)]
	p.EmploymentType = "FULL_TIME"
	lo := 40_000 + float64(rng.IntN(80))*1000
	p.Salary = model.Salary{Min: lo, Max: lo + float64(10+rng.IntN(40))*1000, Currency: "EUR", Period: "YEAR"}
	p.Apply = model.Apply{URL: p.Company.Website + "/jobs/" + fmt.Sprint(i), Email: "jobs@" + p.Company.Website[8:]}
	p.EEO = "We are an equal opportunity employer and value diversity at our company."
	return p
}

// prose is n words from the vocabulary as sentences and paragraphs.
func prose(rng *rand.Rand, n int) string {
	var b strings.Builder
	sentence := 0
	for i := range n {
		w := words[rng.IntN(len(words))]
		switch {
		case sentence == 0:
			if i > 0 {
				b.WriteString(" ")
				if rng.IntN(5) == 0 {
					b.WriteString("\n\n")
				}
			}
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		default:
			b.WriteString(" " + w)
		}
		sentence++
		if sentence > 8+rng.IntN(10) || i == n-1 {
			b.WriteString(".")
			sentence = 0
		}
	}
	return strings.ReplaceAll(b.String(), " \n\n", "\n\n")
}

func pick(rng *rand.Rand, from []string, n int) []string {
	out := make([]string, 0, n)
	for _, j := range rng.Perm(len(from))[:min(n, len(from))] {
		out = append(out, from[j])
	}
	return out
}
