//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// export -o with --force writes only regular files (following a link to
// one), and a missing folder is named as such.
func TestExportForceOnlyOverRegularFiles(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", fifo, "--force")
	want(t, r, 1, nil, []string{"is a FIFO, not a file"})
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced")
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "--format", "md", "-o", "/dev/null", "--force")
	want(t, r, 1, nil, []string{"is a device"})

	real := filepath.Join(dir, "real.html")
	os.WriteFile(real, []byte("old"), 0o600)
	link := filepath.Join(dir, "link.html")
	os.Symlink("real.html", link)
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", link, "--force")
	want(t, r, 0, nil, nil)
	if got, _ := os.ReadFile(real); !strings.Contains(string(got), "<li>Go</li>") {
		t.Errorf("the link's target was not written: %q", got)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file")
	}

	nodir := filepath.Join(dir, "nodir", "x.html")
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", nodir)
	want(t, r, 1, nil, []string{"the folder " + filepath.Join(dir, "nodir") + " does not exist"})
	if strings.Contains(r.stderr, ".tmp") {
		t.Errorf("the error names the temporary file: %s", r.stderr)
	}
}
