// Package scratch holds the files jobpost hands to another program (the
// text for $EDITOR) in one private folder, and clears away what a jobpost
// that crashed or was killed left there: a posting's text must not linger
// in /tmp for anyone to find.
package scratch

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Dir is the private folder: one per user, mode 0700.
func Dir() string {
	return filepath.Join(os.TempDir(), "jobpost-"+strconv.Itoa(os.Getuid()))
}

// Create writes text to a new file in dir (Dir() when empty) named after
// this process, sweeping away first the files of processes that are gone.
func Create(dir, text string) (string, error) {
	if dir == "" {
		dir = Dir()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	if fi, err := os.Lstat(dir); err != nil {
		return "", err
	} else if !fi.IsDir() || fi.Mode().Perm()&0o077 != 0 {
		// Another user's or a world-readable folder: not ours to use.
		return "", fmt.Errorf("%s is not a private folder", dir)
	}
	Sweep(dir)
	f, err := os.CreateTemp(dir, "edit-"+strconv.Itoa(os.Getpid())+"-*.txt")
	if err != nil {
		return "", err
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// Sweep removes the files in dir whose process no longer runs.
func Sweep(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := ownerPID(e.Name())
		if ok && !alive(pid) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// ownerPID reads the process id from a name "edit-<pid>-<random>.txt".
func ownerPID(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, "edit-")
	if !ok {
		return 0, false
	}
	digits, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, false
	}
	pid, err := strconv.Atoi(digits)
	return pid, err == nil && pid > 0
}
