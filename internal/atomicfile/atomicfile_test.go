package atomicfile

import (
	"errors"
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
