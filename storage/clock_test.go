package storage

import (
	"path/filepath"
	"testing"
	"time"
)

// Options.Now stamps saved versions and deletions, in UTC, so that a
// caller's test can hold the times a screen shows still.
func TestOptionsNowStampsVersionsAndDeletions(t *testing.T) {
	at := time.Date(2026, 11, 23, 11, 30, 0, 0, time.FixedZone("CET", 3600))
	s, err := Open(filepath.Join(t.TempDir(), "jobpost.db"), Options{Now: func() time.Time { return at }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	p := posting("", "Clocked", t0)
	mustSave(t, s, p)
	revs, err := s.Revisions(p.ID)
	if err != nil || len(revs) != 1 || !revs[0].SavedAt.Equal(at) || revs[0].SavedAt.Location() != time.UTC {
		t.Fatalf("revisions %+v, %v; want one saved at %v, in UTC", revs, err, at)
	}
	if err := s.Delete(p.ID); err != nil {
		t.Fatal(err)
	}
	items, err := s.Trash()
	if err != nil || len(items) != 1 || !items[0].DeletedAt.Equal(at) {
		t.Fatalf("trash %+v, %v; want one deleted at %v", items, err, at)
	}
}
