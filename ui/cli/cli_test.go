package cli

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
	"jobpost/model"
)

// posting is a small draft with an id of our choosing ("" for a fresh one).
func posting(id, title, seniority string) model.Posting {
	p := model.New(time.Now())
	if id != "" {
		p.ID = id
	}
	p.Title = title
	p.Role = "backend"
	p.Seniority = seniority
	p.Responsibilities = []string{"Design, build and maintain the REST APIs"}
	p.Skills.Required = []string{"Go", "PostgreSQL"}
	p.Skills.Preferred = []string{"Rust"}
	return p
}

func TestVersion(t *testing.T) {
	r := runCmd(t, cmdEnv{}, "--version")
	want(t, r, 0, []string{"jobpost "}, nil)
	if !strings.HasPrefix(r.stdout, "jobpost ") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("--version printed %q, want one line starting with \"jobpost \"", r.stdout)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		r := runCmd(t, cmdEnv{}, args...)
		want(t, r, 0, []string{"Usage:", "list", "show", "--db"}, nil)
		if r.stderr != "" {
			t.Errorf("%v wrote to stderr: %q", args, r.stderr)
		}
	}
	r := runCmd(t, cmdEnv{}, "help", "show")
	want(t, r, 0, []string{"jobpost show", "ID"}, nil)
	r = runCmd(t, cmdEnv{}, "show", "--help")
	want(t, r, 0, []string{"jobpost show"}, nil)
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never-created.db")
	for _, tc := range []struct {
		name     string
		vars     map[string]string
		args     []string
		inStderr []string
	}{
		{"unknown command", nil, []string{"--db", db, "frobnicate"}, []string{`unknown command "frobnicate"`, "Usage:"}},
		{"unknown flag", nil, []string{"--db", db, "--frobnicate"}, []string{"frobnicate"}},
		{"show without id", nil, []string{"--db", db, "show"}, []string{"show takes one draft id", "jobpost help show"}},
		{"show with two ids", nil, []string{"--db", db, "show", "a", "b"}, []string{"show takes one draft id"}},
		{"list with an argument", nil, []string{"--db", db, "list", "x"}, []string{"list takes no arguments"}},
		{"unknown theme flag", nil, []string{"--db", db, "--theme", "purple"}, []string{`unknown theme "purple"`}},
		{"unknown theme env", map[string]string{"JOBPOST_THEME": "purple"}, []string{"--db", db}, []string{`unknown theme "purple"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(t, cmdEnv{vars: tc.vars}, tc.args...)
			want(t, r, 2, nil, tc.inStderr)
			if r.stdout != "" {
				t.Errorf("stdout not empty: %q", r.stdout)
			}
		})
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a usage error created the database %s", db)
	}
}

func TestListAndShow(t *testing.T) {
	a := posting("", "Senior Backend Engineer", "senior")
	b := posting("", "Junior Frontend Engineer", "junior")
	b.Skills.Preferred = []string{"TypeScript"}
	db := seedDB(t, a, b)

	r := runCmd(t, cmdEnv{}, "--db", db, "list")
	want(t, r, 0, []string{a.ID, "Senior Backend Engineer", "senior", b.ID, "Junior Frontend Engineer", "junior"}, nil)
	if n := strings.Count(r.stdout, "\n"); n != 2 {
		t.Errorf("list printed %d lines, want 2:\n%s", n, r.stdout)
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "show", a.ID)
	want(t, r, 0, []string{"# Senior Backend Engineer", "Rust", "PostgreSQL", "REST APIs"}, nil)
	if strings.Contains(r.stdout, "Frontend") {
		t.Errorf("show %s printed the other draft:\n%s", a.ID, r.stdout)
	}

	// Any unique prefix will do. Random ids may share a first letter, so
	// take the shortest prefix that tells them apart.
	n := 1
	for a.ID[:n] == b.ID[:n] {
		n++
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "show", b.ID[:n])
	want(t, r, 0, []string{"# Junior Frontend Engineer", "TypeScript"}, nil)
}

func TestShowMissingAndAmbiguous(t *testing.T) {
	db := seedDB(t,
		posting("aaaa"+model.NewID()[4:], "First", "senior"),
		posting("aaab"+model.NewID()[4:], "Second", "junior"),
	)
	r := runCmd(t, cmdEnv{}, "--db", db, "show", "zzzz")
	want(t, r, 1, nil, []string{"zzzz", "no draft with that id"})

	r = runCmd(t, cmdEnv{}, "--db", db, "show", "aaa")
	want(t, r, 1, nil, []string{"aaa", "more than one draft"})
	if r.stdout != "" {
		t.Errorf("ambiguous show printed %q", r.stdout)
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "show", "aaab")
	want(t, r, 0, []string{"# Second"}, nil)
}

func TestEmptyList(t *testing.T) {
	db := seedDB(t)
	r := runCmd(t, cmdEnv{}, "--db", db, "list")
	want(t, r, 0, nil, nil)
	if r.stdout != "" {
		t.Errorf("list of an empty database printed %q", r.stdout)
	}
}

func TestDatabaseInUse(t *testing.T) {
	db := seedDB(t, posting("", "Senior Backend Engineer", "senior"))
	// A jobpost holds the file only during a transaction; one that lasts
	// (a long import) holds bbolt's exclusive flock. flock locks belong to
	// the open file description, so holding it in this process conflicts
	// with the command just as another process would.
	holder, err := bolt.Open(db, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()

	for _, args := range [][]string{{"list"}, {"show", "a"}} {
		r := runCmd(t, cmdEnv{}, append([]string{"--db", db}, args...)...)
		want(t, r, 1, nil, []string{"database in use", db})
		if r.stdout != "" {
			t.Errorf("%v printed %q", args, r.stdout)
		}
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	junk := make([]byte, 16<<10)
	rng := rand.NewChaCha8([32]byte{'j', 'o', 'b'})
	_, _ = rng.Read(junk)
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"show", "abc"}, {}} { // {} opens it read-write for the TUI
		r := runCmd(t, cmdEnv{}, append([]string{"--db", path}, args...)...)
		want(t, r, 1, nil, []string{path})
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, junk) {
			t.Fatalf("%v changed the file that is not a database", args)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("files appeared next to the junk file: %v", entries)
	}
}

func TestDatabaseFromEnvironment(t *testing.T) {
	fromEnv := seedDB(t, posting("", "From The Environment", "senior"))
	fromFlag := seedDB(t, posting("", "From The Flag", "junior"))

	r := runCmd(t, cmdEnv{vars: map[string]string{"JOBPOST_DB": fromEnv}}, "list")
	want(t, r, 0, []string{"From The Environment"}, nil)

	// --db wins over $JOBPOST_DB.
	r = runCmd(t, cmdEnv{vars: map[string]string{"JOBPOST_DB": fromEnv}}, "--db", fromFlag, "list")
	want(t, r, 0, []string{"From The Flag"}, nil)
	if strings.Contains(r.stdout, "Environment") {
		t.Errorf("--db did not override $JOBPOST_DB:\n%s", r.stdout)
	}
}
