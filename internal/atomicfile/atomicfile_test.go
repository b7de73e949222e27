package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteNewRefuseReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "posting.md")
	if err := Write(path, []byte("one"), false); err != nil {
		t.Fatal(err)
	}
	err := Write(path, []byte("two"), false)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second write without replace: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "one" {
		t.Fatalf("refused write changed the file to %q", b)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("three"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "three" {
		t.Fatalf("replace wrote %q", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("replace changed the mode to %v", fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestWriteIntoDirectoryOrMissingDirFails(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, []byte("x"), true); err == nil {
		t.Fatal("wrote over a directory")
	}
	if err := Write(filepath.Join(dir, "no", "such", "f.txt"), []byte("x"), false); err == nil {
		t.Fatal("wrote into a missing directory")
	}
}

func TestWriteFromStreamsWithAFixedMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "copy.db")
	write := func(w io.Writer) error {
		for range 3 {
			if _, err := io.WriteString(w, "chunk "); err != nil {
				return err
			}
		}
		return nil
	}
	if err := WriteFrom(path, false, 0o600, write); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "chunk chunk chunk " {
		t.Fatalf("file holds %q", got)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	if err := WriteFrom(path, false, 0o600, write); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("an existing file was not refused: %v", err)
	}
	// A write that fails leaves the old file as it was, and no temporary file.
	failed := errors.New("the source broke")
	if err := WriteFrom(path, true, 0o600, func(io.Writer) error { return failed }); !errors.Is(err, failed) {
		t.Fatalf("err %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "chunk chunk chunk " {
		t.Fatalf("a failed write changed the file: %q", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
}
