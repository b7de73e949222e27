package storage

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A check waiting for the lock while Compact renames its copy over the
// file checks the copy, the file the next write opens, not the one the
// rename replaced.
func TestCheckWaitingForCompactChecksTheNewFile(t *testing.T) {
	path := seeded(t, 50)
	s, err := Open(path, Options{Timeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// What Compact would rename over it: here, a copy with its freelist
	// page damaged, so that the check says which file it read.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	meta, _, ok := newestMeta(f)
	if !ok {
		t.Fatal("no meta page")
	}
	freelist := binary.LittleEndian.Uint64(meta[32:40])
	binary.LittleEndian.PutUint16(data[freelist*pageSize+8:], 0) // not a freelist page
	replacement := filepath.Join(filepath.Dir(path), "compacted.db")
	if err := os.WriteFile(replacement, data, 0o600); err != nil {
		t.Fatal(err)
	}

	// Compact's hold on the file, then the check, which opens the file and
	// waits for the lock.
	unlock, err := lockFile(f, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	checked := make(chan error, 1)
	go func() { checked <- s.Check() }()
	waitUntilOpenTwice(t, path)
	if err := os.Rename(replacement, path); err != nil {
		t.Fatal(err)
	}
	unlock()
	f.Close()
	if err := <-checked; err == nil || !strings.Contains(err.Error(), "freelist page") {
		t.Fatalf("Check = %v, want the new file's damage", err)
	}
}

// waitUntilOpenTwice waits until this process has path open twice: the
// test's descriptor and the check's.
func waitUntilOpenTwice(t *testing.T, path string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		fds, _ := os.ReadDir("/proc/self/fd")
		open := 0
		for _, fd := range fds {
			if target, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name())); err == nil && target == path {
				open++
			}
		}
		if open >= 2 {
			return
		}
	}
	t.Fatal("the check never opened the file")
}
