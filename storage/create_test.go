package storage

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// failCreate makes the next creations fail as a full disk does: the file
// is cut short and the write reports ENOSPC.
func failCreate(t *testing.T) {
	t.Helper()
	afterCreate = func(tmp string) error {
		if err := os.Truncate(tmp, 8192); err != nil {
			return err
		}
		return syscall.ENOSPC
	}
	t.Cleanup(func() { afterCreate = func(string) error { return nil } })
}

// A database that could not be completely created is never left at its
// name: the next run, with space again, creates it.
func TestFailedCreateLeavesNoTrap(t *testing.T) {
	for _, zeroByte := range []bool{false, true} {
		dir := t.TempDir()
		path := filepath.Join(dir, "jobpost.db")
		if zeroByte {
			if err := os.WriteFile(path, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		failCreate(t)
		if _, err := Open(path, Options{}); !errors.Is(err, syscall.ENOSPC) {
			t.Fatalf("Open on a full disk (zero-byte file %v): %v", zeroByte, err)
		}
		want := []string{}
		if zeroByte {
			want = []string{"jobpost.db"}
			if n, _ := fileSize(path); n != 0 {
				t.Errorf("the empty file now has %d bytes", n)
			}
		}
		if got := dirNames(t, dir); !slices.Equal(got, want) {
			t.Errorf("after a failed create the folder holds %v, want %v", got, want)
		}
		afterCreate = func(string) error { return nil }
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("Open once there is space (zero-byte file %v): %v", zeroByte, err)
		}
		mustSave(t, s, posting("abc", "ok", t0))
		s.Close()
	}
}

// A database reached through a link that points nowhere yet is created
// where the link points; the link stays.
func TestCreateThroughDanglingLink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "jobpost.db")
	if err := os.Symlink("real.db", link); err != nil {
		t.Fatal(err)
	}
	s, err := Open(link, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, posting("abc", "ok", t0))
	s.Close()
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced")
	}
	if n, _ := fileSize(filepath.Join(dir, "real.db")); n == 0 {
		t.Fatalf("nothing at the link's target")
	}
}

// What interrupted compacts, creations and migrations leave next to the
// database goes at the next read-write open, and nothing else does.
func TestOpenRemovesLeftovers(t *testing.T) {
	path := seeded(t, 3)
	dir := filepath.Dir(path)
	leftovers := []string{"real.db.compact123456", "real.db.new42", "real.db.v1.bak.tmp987"}
	kept := []string{"real.db", "real.db.compact", "real.db.compactX1", "real.db.v1.bak", "other.db.compact1", "real.db.new1.txt"}
	for _, name := range append(slices.Clone(leftovers), kept[1:]...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := dirNames(t, dir); len(got) != len(leftovers)+len(kept) {
		t.Errorf("a read-only open removed files: %v", got)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	slices.Sort(kept)
	if got := dirNames(t, dir); !slices.Equal(got, kept) {
		t.Errorf("after a read-write open the folder holds %v, want %v", got, kept)
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
