package storage

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// SeedForBench opens (or creates) the database at path and adds n
// realistic drafts of about 2 KB each, updated at distinct times up to now,
// writing 1,000 per transaction so 10,000 take well under a second. It is
// for benchmarks and tests that need a full database (the UI uses it for
// its 10k-drafts benchmarks). The content is deterministic except for the
// ids; no revisions are written. It returns the file closed.
func SeedForBench(path string, n int, now time.Time) error {
	s, err := Open(path, Options{})
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	const batch = 1000
	for start := 0; start < n; start += batch {
		err := s.update(func(tx *bolt.Tx) error {
			for i := start; i < min(start+batch, n); i++ {
				rec, err := encodeDraft(benchPosting(rng, i, now))
				if err != nil {
					return err
				}
				if err := tx.Bucket(bucketDrafts).Put(rec.id, rec.posting); err != nil {
					return err
				}
				if err := tx.Bucket(bucketSummaries).Put(rec.id, rec.summary); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			s.Close()
			return fmt.Errorf("seed %s: %w", path, err)
		}
	}
	return s.Close()
}

var (
	seedTitles = []string{"Backend Engineer", "Frontend Developer", "Site Reliability Engineer",
		"Data Engineer", "Engineering Manager", "Mobile Developer", "Security Engineer", "ML Engineer"}
	seedRoles       = []string{"backend", "frontend", "sre", "data", "management", "mobile", "security", "ml"}
	seedSeniorities = []string{"junior", "mid", "senior", "staff", "principal"}
	seedSkills      = []string{"Go", "Python", "TypeScript", "Kubernetes", "PostgreSQL", "AWS", "Terraform",
		"React", "Kafka", "Rust", "gRPC", "Redis", "Linux", "Docker", "GraphQL", "Java"}
	seedCities = []model.Location{{City: "Berlin", Country: "Germany"}, {City: "Lisbon", Country: "Portugal"},
		{City: "Austin", Region: "TX", Country: "United States"}, {City: "Tel Aviv", Country: "Israel"},
		{City: "Toronto", Region: "ON", Country: "Canada"}}
	seedSentence = "You will design, build and run services that thousands of customers rely on every day, " +
		"working closely with product and design in a small, senior team."
)

func benchPosting(rng *rand.Rand, i int, now time.Time) model.Posting {
	k := rng.IntN(len(seedTitles))
	p := model.New(now.Add(-time.Duration(i) * time.Minute))
	p.Title = fmt.Sprintf("%s %s #%d", strings.ToUpper(seedSeniorities[i%5][:1])+seedSeniorities[i%5][1:], seedTitles[k], i)
	p.Role, p.Seniority = seedRoles[k], seedSeniorities[i%5]
	p.Summary = strings.Repeat(seedSentence+" ", 5)
	p.Responsibilities = []string{"Own services end to end, from design to on-call",
		"Review code and mentor other engineers", "Improve reliability, latency and cost",
		"Work with product to shape the roadmap"}
	pick := func(n int) []string {
		out := make([]string, n)
		for j := range out {
			out[j] = seedSkills[rng.IntN(len(seedSkills))]
		}
		return out
	}
	p.Skills = model.Skills{Required: pick(4), Preferred: pick(2)}
	p.Qualifications = []string{"Several years building production systems", "Clear written communication"}
	p.Benefits = []string{"30 days paid leave", "Learning budget", "Home office budget", "Flexible hours"}
	p.Company = model.Company{Name: "Acme Widgets", About: seedSentence, Website: "https://acme.example"}
	p.Location = seedCities[rng.IntN(len(seedCities))]
	p.Workplace = model.Hybrid
	p.EmploymentType = "FULL_TIME"
	p.Salary = model.Salary{Min: 60000 + float64(rng.IntN(40))*1000, Max: 120000, Currency: "EUR", Period: "YEAR"}
	p.Apply = model.Apply{URL: "https://acme.example/jobs", Email: "jobs@acme.example"}
	p.EEO = "We are an equal opportunity employer and value diversity at our company."
	return p
}
