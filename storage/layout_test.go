package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jobpost/model"

	bolt "go.etcd.io/bbolt"
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

// A branch page's key that sorts after the first key of the page it leads
// to sends bbolt's searches for the keys between to the page before: a
// save there would add a second copy of a draft, in the wrong page. Each
// page's keys are in order; only the walk down the tree sees it.
func TestCheckFindsKeysOutOfOrderAcrossPages(t *testing.T) {
	path := seeded(t, 300)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var root uint64
	db.View(func(tx *bolt.Tx) error {
		root = uint64(tx.Bucket(bucketDrafts).RootPage())
		return nil
	})
	db.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	branch := data[root*pageSize:]
	if le.Uint16(branch[8:10]) != branchPageFlag || le.Uint16(branch[10:12]) < 3 {
		t.Fatalf("the drafts bucket's root page %d is not a branch page of a few children", root)
	}
	// Element 1's key, one higher in its last byte: still before element
	// 2's (so the branch page is in order), after its child's first key.
	e := branch[pageHeaderSize+elementSize:]
	pos, ksize := le.Uint32(e[0:4]), le.Uint32(e[4:8])
	key := branch[pageHeaderSize+elementSize+pos:][:ksize]
	next := branch[pageHeaderSize+2*elementSize+le.Uint32(branch[pageHeaderSize+2*elementSize:]):][:le.Uint32(branch[pageHeaderSize+2*elementSize+4:])]
	raised := append(bytes.Clone(key[:ksize-1]), key[ksize-1]+1)
	if key[ksize-1] == 0xFF || bytes.Compare(raised, next) >= 0 {
		t.Fatalf("cannot raise key %q below %q", key, next)
	}
	copy(key, raised)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open (which reads no keys): %v", err)
	}
	defer s.Close()
	if err := s.Check(); !errors.Is(err, ErrNotDatabase) || !strings.Contains(err.Error(), "out of order with the page above") {
		t.Fatalf("Check = %v", err)
	}
}
