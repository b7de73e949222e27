package scratch

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

func TestCreateSweepsWhatDeadProcessesLeft(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "private")
	// A process that has ended: its pid is free (reused pids are rare in a
	// test's lifetime; a live one would only keep its file, never lose ours).
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	dead := cmd.Process.Pid
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, "edit-"+strconv.Itoa(dead)+"-123.txt")
	mine := filepath.Join(dir, "edit-"+strconv.Itoa(os.Getpid())+"-456.txt")
	other := filepath.Join(dir, "notes.txt")
	for _, f := range []string{stale, mine, other} {
		if err := os.WriteFile(f, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	path, err := Create(dir, "Senior Backend Engineer")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "Senior Backend Engineer" {
		t.Fatalf("file holds %q", got)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("a dead process's file was left behind")
	}
	for _, f := range []string{mine, other} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s removed: %v", filepath.Base(f), err)
		}
	}
}

func TestCreateRefusesAnOpenFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "open")
	if err := os.Mkdir(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if _, err := Create(dir, "x"); err == nil {
		t.Fatal("wrote a posting into a folder others can read")
	}
}
