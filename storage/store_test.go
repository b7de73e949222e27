package storage

import (
	"errors"
	"fmt"
	bolt "go.etcd.io/bbolt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"jobpost/model"
)

var t0 = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

// openTemp opens a fresh store in a temp dir with a fake clock.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "sub", "jobpost.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	clock := t0
	var mu sync.Mutex // sessions (As) write at once
	s.now = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(time.Second)
		return clock
	}
	return s
}

func posting(id, title string, updated time.Time) model.Posting {
	p := model.New(updated)
	if id != "" {
		p.ID = id
	}
	p.Title = title
	p.Role = "backend"
	p.Skills.Required = []string{"Go", "SQL"}
	p.Location = model.Location{City: "Berlin", Country: "Germany"}
	return p
}

// summaryIDs joins the ids of a list, in order, with commas.
func summaryIDs(list []model.Summary) string {
	ids := make([]string, len(list))
	for i, sum := range list {
		ids[i] = sum.ID
	}
	return strings.Join(ids, ",")
}

func mustSave(t testing.TB, s *Store, p model.Posting) {
	t.Helper()
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
}

func TestSaveGetList(t *testing.T) {
	s := openTemp(t)
	a := posting("aaaa", "Alpha", t0)
	b := posting("bbbb", "Beta", t0.Add(2*time.Hour))
	c := posting("cccc", "Gamma", t0.Add(time.Hour))
	for _, p := range []model.Posting{a, b, c} {
		mustSave(t, s, p)
	}
	got, err := s.Get("bbbb")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Beta" || !got.UpdatedAt.Equal(b.UpdatedAt) || got.SchemaVersion != model.SchemaVersion {
		t.Fatalf("Get = %+v", got)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if ids := summaryIDs(list); ids != "bbbb,cccc,aaaa" {
		t.Fatalf("List order = %v, want newest first", ids)
	}
	if list[0].Location != "Berlin, Germany" || len(list[0].Skills) != 2 {
		t.Fatalf("summary = %+v", list[0])
	}
	// Saving again updates in place.
	a.Title, a.UpdatedAt = "Alpha 2", t0.Add(3*time.Hour)
	mustSave(t, s, a)
	list, _ = s.List()
	if len(list) != 3 || list[0].ID != "aaaa" || list[0].Title != "Alpha 2" {
		t.Fatalf("after re-save List = %+v", list)
	}
}

func TestSaveRefusesBadID(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"", "has space", "x/y", "ünï", strings.Repeat("a", 65)} {
		p := posting("", "T", t0)
		p.ID = id
		if err := s.Save(p); err == nil {
			t.Errorf("Save with id %q succeeded", id)
		}
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Fatalf("List = %v", list)
	}
}

func TestGetMissing(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Get("nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get missing: %v", err)
	}
}

func TestResolve(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"abcd", "abce", "abcdz", "xyz"} {
		mustSave(t, s, posting(id, id, t0))
	}
	cases := []struct {
		in, want string
		err      error
	}{
		{"xyz", "xyz", nil},
		{"x", "xyz", nil},
		{"abcd", "abcd", nil}, // exact id beats the longer abcdz
		{"abcdz", "abcdz", nil},
		{"abce", "abce", nil},
		{"abc", "", ErrAmbiguous},
		{"a", "", ErrAmbiguous},
		{"q", "", ErrNotFound},
		{"", "", ErrNotFound},
		{"abcdzz", "", ErrNotFound},
	}
	for _, c := range cases {
		got, err := s.Resolve(c.in)
		if got != c.want || !errors.Is(err, c.err) {
			t.Errorf("Resolve(%q) = %q, %v; want %q, %v", c.in, got, err, c.want, c.err)
		}
	}
	// Trashed drafts no longer resolve as drafts.
	if err := s.Delete("xyz"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Resolve("x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Resolve of trashed: %v", err)
	}
	if got, err := s.ResolveTrash("x"); got != "xyz" || err != nil {
		t.Errorf("ResolveTrash = %q, %v", got, err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	if p, _ := DefaultPath(); p != "/data/jobpost/jobpost.db" {
		t.Errorf("with XDG_DATA_HOME: %s", p)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/r")
	if p, _ := DefaultPath(); p != "/home/r/.local/share/jobpost/jobpost.db" {
		t.Errorf("without XDG_DATA_HOME: %s", p)
	}
	t.Setenv("XDG_DATA_HOME", "relative")
	if p, _ := DefaultPath(); p != "/home/r/.local/share/jobpost/jobpost.db" {
		t.Errorf("relative XDG_DATA_HOME must be ignored: %s", p)
	}
}

func TestOpenCreatesPrivateFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "dir")
	path := filepath.Join(dir, "jobpost.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != path {
		t.Errorf("Path = %s", s.Path())
	}
	for name, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s mode = %v, want %v", name, got, want)
		}
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, posting("abc", "Kept", t0))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		s, err := Open(path, Options{ReadOnly: ro})
		if err != nil {
			t.Fatal(err)
		}
		if p, err := s.Get("abc"); err != nil || p.Title != "Kept" {
			t.Errorf("read-only=%v: Get = %+v, %v", ro, p, err)
		}
		if ro {
			if err := s.Save(posting("def", "x", t0)); err == nil {
				t.Error("Save on a read-only store succeeded")
			}
		}
		s.Close()
	}
}

func TestLocked(t *testing.T) {
	// A Store holds the file only during a transaction: two of them (as
	// two processes would: flock locks are per open file description)
	// share it.
	path := filepath.Join(t.TempDir(), "jobpost.db")
	a, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path, Options{Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatalf("second Open while the first is open: %v", err)
	}
	mustSave(t, a, posting("abc", "From a", t0))
	if list, err := b.List(); err != nil || len(list) != 1 {
		t.Fatalf("b.List = %v, %v", list, err)
	}

	// Something that holds the file longer than the timeout (another
	// process in the middle of a long import) makes the others give up.
	holder, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	for _, ro := range []bool{false, true} {
		start := time.Now()
		_, err := Open(path, Options{Timeout: 200 * time.Millisecond, ReadOnly: ro})
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("Open (read-only=%v) of a held file: %v, want ErrLocked", ro, err)
		}
		if want := fmt.Sprintf("open %s: database in use by another jobpost", path); err.Error() != want {
			t.Errorf("error = %q, want %q", err, want)
		}
		if d := time.Since(start); d < 150*time.Millisecond || d > 5*time.Second {
			t.Errorf("gave up after %v", d)
		}
	}
	if _, err := b.List(); !errors.Is(err, ErrLocked) {
		t.Errorf("List of a held file: %v, want ErrLocked", err)
	}
	if err := b.Save(posting("def", "From b", t0)); !errors.Is(err, ErrLocked) {
		t.Errorf("Save to a held file: %v, want ErrLocked", err)
	}
	holder.Close()
	mustSave(t, b, posting("def", "From b", t0))
	if list, err := a.List(); err != nil || len(list) != 2 {
		t.Fatalf("a.List = %v, %v", list, err)
	}
}

func TestSaveRefusesFieldsOverTheLimit(t *testing.T) {
	s := openTemp(t)
	p := posting("long", "Long", t0)
	p.Summary = strings.Repeat("s", model.MaxProseLength)
	mustSave(t, s, p)
	p.Summary += "!"
	err := s.Save(p)
	var tl *TooLongError
	if !errors.Is(err, ErrTooLong) || !errors.As(err, &tl) || tl.Field != "summary" {
		t.Fatalf("Save of a summary over the limit: %v", err)
	}
	if got, _ := s.Get("long"); len(got.Summary) != model.MaxProseLength {
		t.Errorf("the refused save changed the draft")
	}
	q := posting("", "Import", t0)
	q.Responsibilities = []string{"ok", strings.Repeat("r", model.MaxListItemLength+1)}
	_, err = s.Import([]model.Posting{posting("", "fine", t0), q}, t0)
	var ie *ImportError
	if !errors.As(err, &ie) || ie.Index != 1 || !errors.As(err, &tl) || tl.Field != "responsibilities[1]" {
		t.Fatalf("Import of a duty over the limit: %v", err)
	}
	if !strings.Contains(err.Error(), "record 2: responsibilities[1]: is 2,001 characters long") {
		t.Errorf("Import error %q", err)
	}
}
