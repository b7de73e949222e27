package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// One flipped page-flags byte made Compact panic on most pages of a real
// file: it must refuse the file as damaged, leave it as it was and leave
// no temporary file.
func TestCompactDamagedFileIsAnErrorNotAPanic(t *testing.T) {
	data, err := os.ReadFile(seeded(t, 300))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "jobpost.db")
	pages := len(data) / pageSize
	refused := 0
	for i := 0; i < 2*pages; i += max(1, pages/30) {
		// The page's flags, or the top byte of its overflow count (which
		// made bbolt's check walk billions of pages).
		pg, off := 2+i/2, []int{8, 15}[i%2]
		if pg >= pages {
			break
		}
		d := append([]byte(nil), data...)
		d[pg*pageSize+off] ^= 0xff
		if err := os.WriteFile(path, d, 0o600); err != nil {
			t.Fatal(err)
		}
		err := Compact(path)
		if err != nil {
			if !errors.Is(err, ErrNotDatabase) {
				t.Errorf("page %d: %v, want ErrNotDatabase", pg, err)
			}
			refused++
			if got, _ := os.ReadFile(path); string(got) != string(d) {
				t.Errorf("page %d: a refused compact changed the file", pg)
			}
		}
		if names := dirNames(t, dir); len(names) != 1 {
			t.Fatalf("page %d: files left: %v", pg, names)
		}
	}
	if refused == 0 {
		t.Error("no damaged file was refused")
	}
}

// Compact through a symlink compacts the file it points to; the link
// stays, and the file keeps its mode.
func TestCompactThroughSymlink(t *testing.T) {
	real := seeded(t, 20)
	if err := os.Chmod(real, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "jobpost.db")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := Compact(link); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Lstat(link)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a file")
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o640 {
		t.Errorf("compacted file mode %v, want 0640", fi.Mode().Perm())
	}
	s, err := Open(link, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if list, err := s.List(); err != nil || len(list) != 20 {
		t.Fatalf("after compact through a link: %d drafts, %v", len(list), err)
	}
	if names := dirNames(t, filepath.Dir(link)); len(names) != 1 {
		t.Errorf("files next to the link: %v", names)
	}
}

// An interrupted compact's copy is removed by the next one.
func TestCompactRemovesLeftoverCopies(t *testing.T) {
	path := seeded(t, 5)
	left := path + ".compact2718281828"
	if err := os.WriteFile(left, make([]byte, 1<<16), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Compact(path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the leftover copy is still there: %v", err)
	}
}
