// Package atomicfile writes files so that readers see the old file or the
// whole new one, never part of it, and never replaces a file by accident.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
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
// existing path is left alone (an *ExistsError). Only a regular file is
// ever replaced: a symlink to one is followed (the link stays and its
// target gets the data), anything else (a directory, a device, a FIFO, a
// dangling link) is refused. A new file gets 0666 less the umask, a
// replaced one keeps its mode.
func Write(path string, data []byte, replace bool) error {
	return WriteFrom(path, replace, 0, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFrom is Write for data too large to hold in memory (a copy of a
// database): write streams it into the temporary file. A perm other than
// 0 is the file's mode whatever the umask or the mode of a file replaced,
// set before the first byte is written, so that a private file is never
// readable by others, not even while it is written.
func WriteFrom(path string, replace bool, perm fs.FileMode, write func(io.Writer) error) (err error) {
	mode := fs.FileMode(0) // 0: a new file, created with the umask applied
	switch fi, statErr := os.Lstat(path); {
	case statErr == nil && !replace:
		return &ExistsError{path} // even a dangling symlink: never write through it
	case statErr == nil && fi.Mode()&fs.ModeSymlink != 0:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return fmt.Errorf("%s is a link to %s, which cannot be followed; remove the link or choose another name", path, linkTarget(path))
		}
		if fi, err = os.Lstat(target); err != nil {
			return err
		}
		if !fi.Mode().IsRegular() {
			return notRegular(path, fi)
		}
		path, mode = target, fi.Mode().Perm()
	case statErr == nil && !fi.Mode().IsRegular():
		return notRegular(path, fi)
	case statErr == nil:
		mode = fi.Mode().Perm()
	case !errors.Is(statErr, fs.ErrNotExist):
		return folderError(path, filepath.Dir(path), statErr)
	}

	dir := filepath.Dir(path)
	tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return folderError(path, dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if perm != 0 {
		mode = perm
	}
	if mode != 0 {
		if err = tmp.Chmod(mode); err != nil {
			return err
		}
	}
	if err = write(tmp); err != nil {
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

// createTemp is os.CreateTemp with mode 0666, so that the umask, not a
// fixed 0600, decides who may read a new file.
func createTemp(dir, base string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64()%1e9, 10)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("cannot create a temporary file in %s", dir)
}

// folderError says what is wrong with the folder path is to go in, rather
// than naming the temporary file that could not be made there.
func folderError(path, dir string, err error) error {
	fi, statErr := os.Stat(dir)
	switch {
	case errors.Is(statErr, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: the folder %s does not exist", path, dir)
	case statErr == nil && !fi.IsDir():
		return fmt.Errorf("cannot write %s: %s is not a folder", path, dir)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("cannot write %s in %s: %w", filepath.Base(path), dir, err)
}

func notRegular(path string, fi fs.FileInfo) error {
	what := "not a regular file"
	switch m := fi.Mode(); {
	case m.IsDir():
		what = "a directory"
	case m&fs.ModeNamedPipe != 0:
		what = "a FIFO"
	case m&fs.ModeDevice != 0:
		what = "a device"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	}
	return fmt.Errorf("%s is %s, not a file; choose another name", path, what)
}

func linkTarget(path string) string {
	if t, err := os.Readlink(path); err == nil {
		return t
	}
	return "?"
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
