//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Replacing is for regular files: a device, a FIFO or a directory at the
// path is refused and left as it was.
func TestWriteRefusesAllButRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.html")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub.html")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	toDevice := filepath.Join(dir, "null.html")
	if err := os.Symlink("/dev/null", toDevice); err != nil {
		t.Fatal(err)
	}
	for path, what := range map[string]string{fifo: "a FIFO", sub: "a directory", "/dev/null": "a device", toDevice: "a device"} {
		err := Write(path, []byte("x"), true)
		if err == nil || !strings.Contains(err.Error(), what) || !strings.Contains(err.Error(), "choose another name") {
			t.Errorf("Write over %s: %v, want it refused as %s", path, err, what)
		}
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
	if fi, _ := os.Lstat(toDevice); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link to /dev/null was replaced")
	}
	dangling := filepath.Join(dir, "dangling.html")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := Write(dangling, []byte("x"), true); err == nil || !strings.Contains(err.Error(), "cannot be followed") {
		t.Errorf("Write through a dangling link: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere")); err == nil {
		t.Errorf("wrote through a dangling link")
	}
}

// A symlink to a regular file is followed: the target gets the data and
// keeps its mode, the link stays a link.
func TestWriteFollowsLinkToRegularFile(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "posting.html")
	os.Mkdir(filepath.Dir(real), 0o700)
	if err := os.WriteFile(real, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "posting.html")
	if err := os.Symlink("real/posting.html", link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(real); string(b) != "new" {
		t.Fatalf("target holds %q", b)
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v, want 0640", fi.Mode().Perm())
	}
	if names, _ := os.ReadDir(filepath.Dir(real)); len(names) != 1 {
		t.Errorf("temporary files left: %v", names)
	}
}

// A new file gets 0666 less the umask, like any file a shell creates.
func TestWriteHonoursUmask(t *testing.T) {
	for _, c := range []struct{ umask, want os.FileMode }{{0o022, 0o644}, {0o077, 0o600}, {0o002, 0o664}} {
		old := syscall.Umask(int(c.umask))
		path := filepath.Join(t.TempDir(), "p.md")
		err := Write(path, []byte("x"), false)
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != c.want {
			t.Errorf("umask %03o: mode %v, want %v", c.umask, fi.Mode().Perm(), c.want)
		}
	}
}

// A missing folder is named as such, not by the temporary file.
func TestWriteIntoMissingFolderSaysSo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nodir", "x.html")
	err := Write(path, []byte("x"), false)
	if err == nil || err.Error() != "cannot write "+path+": the folder "+filepath.Join(dir, "nodir")+" does not exist" {
		t.Fatalf("Write into a missing folder: %v", err)
	}
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o600)
	if err := Write(filepath.Join(file, "x.html"), []byte("x"), false); err == nil || !strings.Contains(err.Error(), "is not a folder") {
		t.Fatalf("Write under a file: %v", err)
	}
}
