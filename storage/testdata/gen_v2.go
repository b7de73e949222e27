//go:build ignore

// gen_v2 writes v2.db: a database as jobpost schema 2 left it, made with
// the schema-2 storage code (commit cc378c7): three drafts with several
// revisions each in nested revision buckets, one of them in the trash, one
// draft saved over MaxRevisions times (so its oldest were dropped) and a
// company profile. Kept to test the migration to schema 3. Run from the
// module root, with the schema-2 code checked out:
//
//	go run storage/testdata/gen_v2.go
package main

import (
	"fmt"
	"log"
	"os"
	"time"

	"jobpost/model"
	"jobpost/storage"
)

func main() {
	const path = "storage/testdata/v2.db"
	os.Remove(path)
	at := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	tick := 0
	clock := func() time.Time { tick++; return at.Add(time.Duration(tick) * time.Minute) }
	s, err := storage.Open(path, storage.Options{Now: clock})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	save := func(p model.Posting) {
		p.UpdatedAt = at.Add(time.Duration(tick) * time.Minute)
		if err := s.Save(p); err != nil {
			log.Fatal(err)
		}
	}
	a := model.Posting{ID: "v2aaaaaaaaaaaaaa", Title: "Senior Go Engineer", Role: "backend", Seniority: "senior",
		Skills:   model.Skills{Required: []string{"Go", "PostgreSQL"}},
		Location: model.Location{City: "Berlin", Country: "Germany"}, Status: model.StatusDraft, CreatedAt: at}
	for i, summary := range []string{"", "Build services.", "Build and run services.", "Build and run services.\n\nOn call one week in six."} {
		a.Summary = summary
		a.Benefits = []string{fmt.Sprintf("%d days paid leave", 25+i)}
		save(a)
	}
	b := model.Posting{ID: "v2bbbbbbbbbbbbbb", Title: "Data Engineer <remote> & more", Role: "data", Seniority: "mid",
		Summary: "Build pipelines.", Status: model.StatusReady, CreatedAt: at}
	save(b)
	b.Title = "Data Engineer (remote)"
	save(b)
	if err := s.Delete(b.ID); err != nil {
		log.Fatal(err)
	}
	c := model.Posting{ID: "v2cccccccccccccc", Title: "Ingeniero/a de Plataforma — Señor", Role: "sre", Seniority: "staff",
		Location: model.Location{City: "Madrid", Country: "España"}, Status: model.StatusPosted, CreatedAt: at}
	for i := range storage.MaxRevisions + 5 {
		c.Summary = fmt.Sprintf("Versión %d.", i+1)
		save(c)
	}
	if err := s.SaveProfile(model.CompanyProfile{Company: model.Company{Name: "Acme Widgets", Website: "https://acme.example"}, Currency: "EUR"}); err != nil {
		log.Fatal(err)
	}
}
