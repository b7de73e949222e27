package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/storage"
)

// These tests drive Main as a process would, with buffers and an
// environment made only of the map they pass.

type cmdResult struct {
	status         int
	stdout, stderr string
}

func (r cmdResult) String() string {
	return "status " + string(rune('0'+r.status)) + "\nstdout:\n" + r.stdout + "\nstderr:\n" + r.stderr
}

// cmdEnv is what a test run gets: environment variables, stdin, whether
// stdout is a terminal, and a terminal to catch escape sequences in.
type cmdEnv struct {
	vars     map[string]string
	stdin    string
	terminal bool
	width    int        // the terminal's width, when it can be asked (0: it cannot)
	tty      *ttyBuffer // nil: the process has no terminal
}

type ttyBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *ttyBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}
func (b *ttyBuffer) Close() error { return nil }
func (b *ttyBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func runCmd(t *testing.T, e cmdEnv, args ...string) cmdResult {
	t.Helper()
	env, result := testEnv(t, e)
	return result(Main(args, env))
}

// testEnv is the Env e describes, and what turns an exit status into the
// run's result.
func testEnv(t *testing.T, e cmdEnv) (Env, func(status int) cmdResult) {
	t.Helper()
	home := t.TempDir()
	vars := map[string]string{
		"HOME":            home,
		"XDG_DATA_HOME":   filepath.Join(home, "data"),
		"XDG_CONFIG_HOME": filepath.Join(home, "config"),
	}
	for k, v := range e.vars {
		vars[k] = v
	}
	var stdout, stderr bytes.Buffer
	env := Env{
		Stdin:      strings.NewReader(e.stdin),
		Stdout:     &stdout,
		Stderr:     &stderr,
		Getenv:     func(k string) string { return vars[k] },
		IsTerminal: e.terminal,
	}
	if e.width > 0 {
		env.TerminalWidth = func() (int, bool) { return e.width, true }
	}
	if e.tty != nil {
		env.OpenTerminal = func() (io.WriteCloser, error) { return e.tty, nil }
	}
	return env, func(status int) cmdResult { return cmdResult{status, stdout.String(), stderr.String()} }
}

// want fails unless r has the status and its outputs contain the texts.
func want(t *testing.T, r cmdResult, status int, inStdout, inStderr []string) {
	t.Helper()
	if r.status != status {
		t.Errorf("exit status %d, want %d\n%v", r.status, status, r)
	}
	for _, s := range inStdout {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("stdout lacks %q\n%v", s, r)
		}
	}
	for _, s := range inStderr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q\n%v", s, r)
		}
	}
}

// fullPosting has everything JSON-LD requires.
func fullPosting(title string) model.Posting {
	p := model.New(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	p.Title = title
	p.Role = "backend"
	p.Seniority = "senior"
	p.Summary = "You will build and run the services behind our job board."
	p.Responsibilities = []string{"Design, build and maintain the REST APIs", "Review code & mentor <juniors>"}
	p.Skills.Required = []string{"Go", "PostgreSQL"}
	p.Skills.Preferred = []string{"Rust"}
	p.Company = model.Company{Name: "Acme", About: "We make hiring kinder.", Website: "https://acme.example"}
	p.Location = model.Location{City: "Berlin", Country: "DE"}
	p.EmploymentType = "FULL_TIME"
	p.Salary = model.Salary{Min: 70000, Max: 90000, Currency: "EUR", Period: "YEAR"}
	return p
}

// seedDB creates a database holding ps and returns its path.
func seedDB(t *testing.T, ps ...model.Posting) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "jobs.db")
	s, err := storage.Open(path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if err := s.Save(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// drafts lists the database's drafts, by id.
func drafts(t *testing.T, db string) map[string]model.Posting {
	t.Helper()
	s, err := storage.Open(db, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]model.Posting{}
	for _, sum := range list {
		p, err := s.Get(sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		out[p.ID] = p
	}
	return out
}

// dirNames lists the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
