package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"jobpost/internal/testbinary"
	"jobpost/storage"
)

// BenchmarkExportProcess10k times `jobpost export ID --format html` as a
// whole process — start-up, opening a database of 10,000 drafts, reading
// one, rendering and writing it — which is what a script pays per call.
func BenchmarkExportProcess10k(b *testing.B) {
	bin, db, id, env := seeded10k(b)
	for b.Loop() {
		cmd := exec.Command(bin, "--db", db, "export", id, "--format", "html")
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil || len(out) == 0 {
			b.Fatalf("export: %v (%d bytes)", err, len(out))
		}
	}
}

// BenchmarkCompleteProcess10k times `jobpost __complete show ”`, what
// the shell runs on every tab press: all 10,000 ids with their titles.
func BenchmarkCompleteProcess10k(b *testing.B) {
	bin, db, _, env := seeded10k(b)
	for b.Loop() {
		cmd := exec.Command(bin, "--db", db, "__complete", "show", "")
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil || bytes.Count(out, []byte("\n")) != 10_001 {
			b.Fatalf("__complete: %v (%d lines)", err, bytes.Count(out, []byte("\n")))
		}
	}
}

// BenchmarkListProcess10k times `jobpost list` on 10,000 drafts.
func BenchmarkListProcess10k(b *testing.B) {
	bin, db, _, env := seeded10k(b)
	for b.Loop() {
		cmd := exec.Command(bin, "--db", db, "list")
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil || bytes.Count(out, []byte("\n")) != 10_000 {
			b.Fatalf("list: %v (%d lines)", err, bytes.Count(out, []byte("\n")))
		}
	}
}

// BenchmarkCheckAllProcess10k times `jobpost check --all --json` on
// 10,000 drafts as a whole process: every draft read and checked.
func BenchmarkCheckAllProcess10k(b *testing.B) {
	bin, db, _, env := seeded10k(b)
	for b.Loop() {
		checkAll10k(b, bin, db, env)
	}
}

// TestCheckAllProcess10k runs it once and logs the time (target ≤ 3 s).
func TestCheckAllProcess10k(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jobpost and seeds 10,000 drafts")
	}
	bin, db, _, env := seeded10k(t)
	start := time.Now()
	checkAll10k(t, bin, db, env)
	t.Logf("jobpost check --all --json over 10,000 drafts: %v", time.Since(start).Round(time.Millisecond))
}

func checkAll10k(tb testing.TB, bin, db string, env []string) {
	cmd := exec.Command(bin, "--db", db, "check", "--all", "--json")
	cmd.Env = env
	out, err := cmd.Output()
	// Exit status 1 is an answer: some drafts have errors.
	if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 1) {
		tb.Fatalf("check: %v", err)
	}
	if n := bytes.Count(out, []byte("\n")); n != 10_000 {
		tb.Fatalf("check printed %d lines, want 10,000", n)
	}
}

// seeded10k builds jobpost and a database of 10,000 drafts, and returns
// the binary, the database, the id of one draft and an environment.
func seeded10k(b testing.TB) (bin, db, id string, env []string) {
	b.Helper()
	dir := b.TempDir()
	bin = testbinary.Build(b)
	db = filepath.Join(dir, "jobs.db")
	if err := storage.SeedForBench(db, 10_000, time.Now()); err != nil {
		b.Fatal(err)
	}
	s, err := storage.Open(db, storage.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	list, err := s.List()
	s.Close()
	if err != nil || len(list) != 10_000 {
		b.Fatalf("seeded %d drafts (%v), want 10,000", len(list), err)
	}
	id = list[len(list)/2].ID
	env = []string{"HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "PATH=" + os.Getenv("PATH")}
	return bin, db, id, env
}
