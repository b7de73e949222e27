package storage

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzOpenAndCompact opens, reads, verifies and compacts random and
// mutated database files: every outcome is allowed but a crash. Without
// -fuzz it runs the seeds only: the v1 fixture and a fresh database, whole
// and with a flipped byte in each kind of page.
func FuzzOpenAndCompact(f *testing.F) {
	v1, cur := sampleFiles(f)
	f.Add(v1)
	f.Add(cur)
	for _, off := range []int{8, pageSize + 8, 2*pageSize + 8, 3*pageSize + 16, 4*pageSize + 40, 16 + 40} {
		d := append([]byte(nil), cur...)
		d[off] ^= 0x5a
		f.Add(d)
	}
	f.Add(cur[:len(cur)/2])
	f.Fuzz(func(t *testing.T, data []byte) { openReadCompact(t, data) })
}

// TestRandomMutationsNeverCrash is the fuzz target's work on a fixed set
// of 200 files with one to four random bytes changed: quick enough for
// every run, and it found a migration reading a key past the end of the
// file, which the seeds miss.
func TestRandomMutationsNeverCrash(t *testing.T) {
	v1, cur := sampleFiles(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		d := append([]byte(nil), [][]byte{v1, cur}[i%2]...)
		for range 1 + rng.IntN(4) {
			d[rng.IntN(len(d))] = byte(rng.Uint32())
		}
		openReadCompact(t, d)
	}
}

// sampleFiles returns the bytes of the v1 fixture and of a fresh database
// with a few drafts.
func sampleFiles(tb testing.TB) (v1, cur []byte) {
	tb.Helper()
	v1, err := os.ReadFile("testdata/v1.db")
	if err != nil {
		tb.Fatal(err)
	}
	fresh := filepath.Join(tb.TempDir(), "fresh.db")
	if err := SeedForBench(fresh, 12, t0); err != nil {
		tb.Fatal(err)
	}
	if cur, err = os.ReadFile(fresh); err != nil {
		tb.Fatal(err)
	}
	return v1, cur
}

// openReadCompact writes data as a database file, opens it read-only and
// read-write, reads everything and compacts it: any outcome but a crash
// or a hang will do.
func openReadCompact(t *testing.T, data []byte) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(path, Options{ReadOnly: true, Timeout: time.Millisecond}); err == nil {
		readAll(s)
		s.Close()
	}
	if s, err := Open(path, Options{Timeout: time.Millisecond}); err == nil {
		readAll(s)
		s.Close()
	}
	Compact(path)
}

// readAll exercises every reading method on s, ignoring their errors.
func readAll(s *Store) {
	list, _, _ := s.ListAll()
	for _, sum := range list {
		s.Get(sum.ID)
		s.Revisions(sum.ID)
	}
	s.Trash()
	s.Profile()
	s.Verify()
}
