package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// beforeRename is a test hook: it runs while Compact holds the lock and the
// compacted copy is ready.
var beforeRename = func() {}

// compactTxSize bounds each transaction of the compacted copy.
const compactTxSize = 4 << 20

// Compact rewrites the database at path without its free pages (bbolt
// files never shrink on their own). It holds the file's lock throughout:
// the compacted copy is written to a temporary file in the same directory,
// synced, checked and renamed over path. A jobpost that was waiting for the
// lock notices the rename and opens the new file. Compact fails with
// ErrLocked if the database is open elsewhere; it refuses what Open
// refuses, and migrates an older file first, as Open does. A damaged file
// is refused with ErrNotDatabase and left as it is. Through a symlink it
// compacts the file the link points to, and the link stays; the file keeps
// its owner and mode.
func Compact(path string) error {
	if err := compact(path); err != nil {
		return fmt.Errorf("compact %s: %w", path, err)
	}
	return nil
}

func compact(path string) (err error) {
	path, err = resolveLink(path)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		return err
	}
	src, err := open(path, Options{Timeout: DefaultTimeout})
	if err != nil {
		return err
	}
	defer src.Close() // after the rename: the lock covers it
	orig, err := os.Stat(path)
	if err != nil {
		return err
	}

	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+".compact*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	renamed := false
	defer func() {
		if !renamed {
			os.Remove(tmp)
		}
	}()
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: DefaultTimeout, PageSize: pageSize})
	if err != nil {
		return err
	}
	if err := copyCompacted(dst, src); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	if err := keepOwner(tmp, orig); err != nil {
		return err
	}
	if err := os.Chmod(tmp, orig.Mode().Perm()); err != nil {
		return err
	}
	beforeRename()
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	renamed = true
	return syncDir(dir)
}

// copyCompacted checks src, copies it into dst without free pages and
// checks the copy. bbolt panics on pages it cannot make sense of (and a
// page past the end of the file faults): that is a damaged file, reported
// as ErrNotDatabase like every other command reports it.
func copyCompacted(dst, src *bolt.DB) (err error) {
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if err := checkLayout(src.Path(), fullWalk); err != nil {
		return err
	}
	if err := src.View(checkTx); err != nil {
		return err
	}
	if err := bolt.Compact(dst, src, compactTxSize); err != nil {
		return fmt.Errorf("%w: %v", ErrNotDatabase, err)
	}
	return dst.View(func(tx *bolt.Tx) error {
		if _, err := readSchema(tx); err != nil {
			return err
		}
		return checkTx(tx)
	})
}

// checkTx runs bbolt's consistency check over the whole file and reports
// what it finds as ErrNotDatabase.
func checkTx(tx *bolt.Tx) error {
	if errs := pageProblems(tx); len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrNotDatabase, errors.Join(errs...))
	}
	return nil
}
