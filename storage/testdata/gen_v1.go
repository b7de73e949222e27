//go:build ignore

// gen_v1 writes v1.db: a database as jobpost schema 1 left it (a meta
// bucket saying schema_version 1, and a drafts bucket; no summaries,
// revisions or trash). Run from the module root:
//
//	go run storage/testdata/gen_v1.go
package main

import (
	"encoding/json"
	"log"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

func main() {
	const path = "storage/testdata/v1.db"
	os.Remove(path)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	at := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	drafts := []model.Posting{
		{ID: "v1aaaaaaaaaaaaaa", Title: "Senior Go Engineer", Role: "backend", Seniority: "senior",
			Skills:   model.Skills{Required: []string{"Go", "PostgreSQL"}},
			Location: model.Location{City: "Berlin", Country: "Germany"}, Status: model.StatusDraft},
		{ID: "v1bbbbbbbbbbbbbb", Title: "Data Engineer <remote> & more", Role: "data", Seniority: "mid",
			Summary: "Build pipelines.\n\nOwn them.", Status: model.StatusReady},
		{ID: "v1cccccccccccccc", Title: "Ingeniero/a de Plataforma — Señor", Role: "sre", Seniority: "staff",
			Location: model.Location{City: "Madrid", Country: "España"}, Status: model.StatusPosted},
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket([]byte("meta"))
		if err != nil {
			return err
		}
		if err := meta.Put([]byte("schema_version"), []byte("1")); err != nil {
			return err
		}
		b, err := tx.CreateBucket([]byte("drafts"))
		if err != nil {
			return err
		}
		for i, p := range drafts {
			p.SchemaVersion = 1
			p.CreatedAt = at.Add(time.Duration(i) * time.Hour)
			p.UpdatedAt = at.Add(time.Duration(i) * 2 * time.Hour)
			data, err := json.Marshal(p)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(p.ID), data); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
}
