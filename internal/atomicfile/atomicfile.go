// Package atomicfile writes files so that readers see the old file or the
// whole new one, never part of it, and never replaces a file by accident.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ExistsError is returned when the file exists and replacing it was not
// asked for. errors.Is(err, fs.ErrExist) is true for it.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string { return e.Path + " already exists" }

// Is makes ExistsError match fs.ErrExist.
func (e *ExistsError) Is(target error) bool { return target == fs.ErrExist }

// Write puts data at path so that readers see either the old file or the
// whole new one, never part of it: it writes a temporary file in the same
// directory, syncs it and moves it into place. Unless replace is true an
// existing path is left alone (an *ExistsError); a new file gets mode 0644,
// a replaced one keeps its mode.
func Write(path string, data []byte, replace bool) (err error) {
	mode := fs.FileMode(0o644)
	switch fi, statErr := os.Lstat(path); {
	case statErr == nil && !replace:
		return &ExistsError{path} // even a dangling symlink: never write through it
	case statErr == nil && fi.IsDir():
		return fmt.Errorf("%s is a directory", path)
	case statErr == nil && fi.Mode()&fs.ModeSymlink != 0:
		if target, err := os.Stat(path); err == nil { // the link itself is replaced
			mode = target.Mode().Perm()
		}
	case statErr == nil:
		mode = fi.Mode().Perm()
	case !errors.Is(statErr, fs.ErrNotExist):
		return statErr
	}

	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if replace {
		err = os.Rename(tmp.Name(), path)
	} else {
		err = linkNew(tmp.Name(), path)
	}
	if err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// linkNew moves tmp to path only if path does not exist, even if another
// process creates it meanwhile: a hard link fails rather than replace.
// File systems without hard links fall back to check-then-rename. On an
// error the caller removes tmp.
func linkNew(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return os.Remove(tmp)
	case errors.Is(err, fs.ErrExist):
		return &ExistsError{path}
	}
	if _, statErr := os.Lstat(path); statErr == nil {
		return &ExistsError{path}
	}
	return os.Rename(tmp, path)
}

// syncDir makes a rename in dir durable; where directories cannot be
// synced the rename is still atomic, only less certain to survive a crash.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
