package storage

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"
)

// Targets (issue 4): open + List of 10,000 drafts ≤ 30 ms; one Save ≤ 2 ms.
// Issue 14: report open + List of 100,000.

func BenchmarkStoreOpenList10k(b *testing.B) { benchOpenList(b, 10_000) }

// BenchmarkStoreOpenList100k is the editor's start with 100,000 drafts
// (issue 14): open, and the drafts list.
func BenchmarkStoreOpenList100k(b *testing.B) { benchOpenList(b, 100_000) }

func benchOpenList(b *testing.B, n int) {
	path := filepath.Join(b.TempDir(), "jobpost.db")
	if err := SeedForBench(path, n, t0); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		list, err := s.List()
		if err != nil || len(list) != n {
			b.Fatal(len(list), err)
		}
		s.Close()
	}
}

// BenchmarkChangedPoll is the editor's once-a-second question "did another
// jobpost change the file?" when nothing changed.
func BenchmarkChangedPoll(b *testing.B) {
	s := openTemp(b)
	mustSave(b, s, benchPosting(rand.New(rand.NewPCG(1, 2)), 1, t0))
	since, err := s.ChangeCounter()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, changed, err := s.Changed(since); changed || err != nil {
			b.Fatal(changed, err)
		}
	}
}

// BenchmarkGet reads one draft of 10,000 (the file opened for it).
func BenchmarkGet(b *testing.B) {
	path := filepath.Join(b.TempDir(), "jobpost.db")
	if err := SeedForBench(path, 10_000, t0); err != nil {
		b.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	list, _ := s.List()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if _, err := s.Get(list[i%len(list)].ID); err != nil {
			b.Fatal(err)
		}
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
		// A real change (a save of only a new time writes nothing): a
		// new revision each time.
		p.UpdatedAt = t0.Add(time.Duration(i) * time.Second)
		p.Summary = fmt.Sprintf("%s %d", p.Summary[:min(len(p.Summary), 200)], i)
		if err := s.Save(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck10k is the check a command runs before it writes (and
// the editor and serve at their start), on a file of 10,000 drafts.
func BenchmarkCheck10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "jobpost.db")
	if err := SeedForBench(path, 10_000, t0); err != nil {
		b.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Check(); err != nil {
			b.Fatal(err)
		}
	}
}
