package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/internal/fakepostings"
	"jobpost/model"
)

// TestFileSizeFigure stores 10,000 realistic postings with three revisions
// each (imported, then saved twice with changes) and reports the file's
// size against their JSON export (target: at most twice), and what
// compressing the older revisions saves. It takes some seconds: run it
// with JOBPOST_FIGURES=1 (make bench does).
func TestFileSizeFigure(t *testing.T) {
	if os.Getenv("JOBPOST_FIGURES") == "" {
		t.Skip("set JOBPOST_FIGURES=1 (make bench)")
	}
	path := filepath.Join(t.TempDir(), "jobpost.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 10_000
	now := time.Now().UTC().Truncate(time.Second)
	i := 0
	res, err := s.ImportFrom(func() (model.Posting, error) {
		if i == n {
			return model.Posting{}, io.EOF
		}
		i++
		return fakepostings.Posting(14, i-1, now, false), nil
	}, ImportOptions{Now: now})
	if err != nil || res.Imported != n {
		t.Fatal(res, err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	logBuckets(t, s, "after the import")
	var export int64
	for round := range 2 {
		for _, sum := range list {
			p, err := s.Get(sum.ID)
			if err != nil {
				t.Fatal(err)
			}
			p.Summary += fmt.Sprintf("\n\nEdit %d: the team is growing and so is the scope.", round+1)
			p.Benefits = append(p.Benefits, fmt.Sprintf("Perk %d", round+1))
			p.UpdatedAt = now.Add(time.Duration(round+1) * time.Hour)
			if err := s.Save(p); err != nil {
				t.Fatal(err)
			}
			if round == 1 {
				data, _ := p.JSON()
				export += int64(len(data))
			}
		}
	}
	logBuckets(t, s, "after two saves each")
	var stored, raw, kinds [256]int
	for _, sum := range list {
		revs, err := s.Revisions(sum.ID)
		if err != nil || len(revs) != 3 {
			t.Fatal(len(revs), err)
		}
		s.view(func(tx *bolt.Tx) error {
			prefix := historyPrefix([]byte(sum.ID))
			c := tx.Bucket(bucketHistory).Cursor()
			for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				data, _ := json.Marshal(revs[3-seqOf(k)].Posting)
				kinds[v[0]]++
				stored[v[0]] += len(v)
				raw[v[0]] += revHeader + len(data)
			}
			return nil
		})
	}
	s.view(func(tx *bolt.Tx) error {
		st := tx.DB().Stats()
		t.Logf("pages: %d B each, %d in use (%.1f MB), %d free", tx.DB().Info().PageSize, tx.Size()/int64(tx.DB().Info().PageSize),
			float64(tx.Size())/1e6, st.FreePageN)
		return nil
	})
	fi, _ := os.Stat(path)
	t.Logf("10,000 postings × 3 revisions: file %.1f MB; JSON export %.1f MB; ratio %.2f (target ≤ 2)",
		float64(fi.Size())/1e6, float64(export)/1e6, float64(fi.Size())/float64(export))
	t.Logf("revisions: %d current (%d B each), %d deltas: %.2f MB where uncompressed they take %.1f MB (%.1f %%); %d compressed alone, %d left uncompressed",
		kinds[revCurrent], revHeader, kinds[revDelta], float64(stored[revDelta])/1e6, float64(raw[revDelta])/1e6,
		100*float64(stored[revDelta])/float64(raw[revDelta]), kinds[revFlate], kinds[revJSON])
	if err := Compact(path); err != nil {
		t.Fatal(err)
	}
	fi, _ = os.Stat(path)
	t.Logf("after compact: %.1f MB, ratio %.2f", float64(fi.Size())/1e6, float64(fi.Size())/float64(export))
	if ratio := float64(fi.Size()) / float64(export); ratio > 2 {
		t.Errorf("file %.2f× the export", ratio)
	}
}

// logBuckets reports how full each bucket's pages are.
func logBuckets(t *testing.T, s *Store, when string) {
	s.view(func(tx *bolt.Tx) error {
		fi, _ := os.Stat(s.Path())
		t.Logf("%s: file %.1f MB, pages in use up to %.1f MB", when, float64(fi.Size())/1e6, float64(tx.Size())/1e6)
		for _, name := range [][]byte{bucketDrafts, bucketSummaries, bucketHistory} {
			st := tx.Bucket(name).Stats()
			t.Logf("  %-9s %6d keys: leaves %5.1f MB for %5.1f MB (%2.0f %%), branches %4.1f MB", name, st.KeyN,
				float64(st.LeafAlloc)/1e6, float64(st.LeafInuse)/1e6, 100*float64(st.LeafInuse)/float64(st.LeafAlloc), float64(st.BranchAlloc)/1e6)
		}
		return nil
	})
}
