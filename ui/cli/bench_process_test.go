package cli

import (
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
	dir := b.TempDir()
	bin := testbinary.Build(b)
	db := filepath.Join(dir, "jobs.db")
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
	id := list[len(list)/2].ID
	env := []string{"HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "PATH=" + os.Getenv("PATH")}

	for b.Loop() {
		cmd := exec.Command(bin, "--db", db, "export", id, "--format", "html")
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil || len(out) == 0 {
			b.Fatalf("export: %v (%d bytes)", err, len(out))
		}
	}
}
