package storage

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"
)

// Targets (issue 4): open + List of 10,000 drafts ≤ 30 ms; one Save ≤ 2 ms.

func BenchmarkStoreOpenList10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "jobpost.db")
	if err := SeedForBench(path, 10_000, t0); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		list, err := s.List()
		if err != nil || len(list) != 10_000 {
			b.Fatal(len(list), err)
		}
		s.Close()
	}
}

func BenchmarkSave(b *testing.B) {
	s := openTemp(b)
	p := benchPosting(rand.New(rand.NewPCG(1, 2)), 1, t0)
	if data, _ := json.Marshal(p); len(data) < 1800 || len(data) > 2600 {
		b.Fatalf("bench posting is %d bytes of JSON, want ~2 KB", len(data))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		p.UpdatedAt = t0.Add(time.Duration(i) * time.Second) // a real change: a new revision each time
		if err := s.Save(p); err != nil {
			b.Fatal(err)
		}
	}
}
