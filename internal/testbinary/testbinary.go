// Package testbinary builds the jobpost binary for tests that run it as a
// process (end-to-end, crash and benchmark tests).
package testbinary

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Build compiles jobpost (static, as it ships) into a temporary directory
// of tb's and returns its path.
func Build(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "jobpost")
	cmd := exec.Command("go", "build", "-o", bin, "jobpost")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
