package storage

import (
	"fmt"
	"os"
	"path/filepath"

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
// refuses, and migrates an older file first, as Open does.
func Compact(path string) error {
	if err := compact(path); err != nil {
		return fmt.Errorf("compact %s: %w", path, err)
	}
	return nil
}

func compact(path string) (err error) {
	if _, err := os.Stat(path); err != nil {
		return err
	}
	src, err := open(path, Options{Timeout: DefaultTimeout})
	if err != nil {
		return err
	}
	defer src.Close() // after the rename: the lock covers it

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
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: DefaultTimeout})
	if err != nil {
		return err
	}
	if err := bolt.Compact(dst, src, compactTxSize); err != nil {
		dst.Close()
		return err
	}
	if err := dst.View(func(tx *bolt.Tx) error {
		_, err := readSchema(tx)
		return err
	}); err != nil {
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
	beforeRename()
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	renamed = true
	return syncDir(dir)
}
