package storage

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jobpost/model"
)

// A branch page that leads back to itself sent every reader, and bbolt's
// own check, round forever: Open refuses the file, read-only or not.
func TestCyclicTreeIsRefused(t *testing.T) {
	data, err := os.ReadFile(seeded(t, 300))
	if err != nil {
		t.Fatal(err)
	}
	branches := 0
	for pg := 2; pg < len(data)/pageSize; pg++ {
		h := data[pg*pageSize:]
		if binary.LittleEndian.Uint64(h) != uint64(pg) || binary.LittleEndian.Uint16(h[8:]) != branchPageFlag {
			continue
		}
		branches++
		d := append([]byte(nil), data...)
		binary.LittleEndian.PutUint64(d[pg*pageSize+pageHeaderSize+8:], uint64(pg)) // first child: itself
		path := filepath.Join(t.TempDir(), "jobpost.db")
		if err := os.WriteFile(path, d, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, ro := range []bool{true, false} {
			_, err := Open(path, Options{ReadOnly: ro})
			if !errors.Is(err, ErrNotDatabase) || !strings.Contains(err.Error(), "reached twice") {
				t.Fatalf("page %d: Open (read-only %v) = %v", pg, ro, err)
			}
		}
		if err := Compact(path); !errors.Is(err, ErrNotDatabase) {
			t.Fatalf("page %d: Compact = %v", pg, err)
		}
	}
	if branches == 0 {
		t.Fatal("no branch page in a 300-draft file")
	}
}

// Values longer than a page (overflow pages) and inline buckets (a draft's
// first revisions) pass the layout check.
func TestLayoutOfLargeValues(t *testing.T) {
	s := openTemp(t)
	p := posting("big", "Big", t0)
	p.Summary = strings.Repeat("long prose ", model.MaxProseLength/11)
	mustSave(t, s, p)
	mustSave(t, s, posting("small", "Small", t0))
	path := s.Path()
	s.Close()
	if err := checkLayout(path, fullWalk); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Verify(); err != nil {
		t.Fatal(err)
	}
}
