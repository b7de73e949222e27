package storage

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// afterCreate is a test hook: it runs once a new database is initialised
// in its temporary file, before the file is synced and moved into place.
// An error from it fails the creation, as a full disk would.
var afterCreate = func(tmp string) error { return nil }

// create makes a new, initialised database at path. It is built in a
// temporary file next to path, synced and only then given the final name,
// so a failure (a full disk) never leaves a half-made file there for every
// later run to refuse. empty is the zero-byte file at path to replace, or
// nil when there is none; it is replaced under its lock, and only if it is
// still empty. If another jobpost creates the file first, create leaves
// that one in place and succeeds.
func create(path string, empty os.FileInfo, timeout time.Duration) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+".new*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed; after a link, the spare name
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := initialiseFile(tmp); err != nil {
		return err
	}
	if empty == nil {
		// A link fails if path exists: another jobpost got there first
		// (and may have removed tmp as a leftover). Open that one.
		if err := os.Link(tmp, path); err != nil {
			if _, statErr := os.Lstat(path); statErr != nil {
				return err
			}
		}
		return syncDir(dir)
	}
	return replaceEmpty(path, tmp, empty, timeout)
}

// pageSize is the page size of the files jobpost creates (and compacts).
// A draft's JSON is some 2–3 KB: a 4 KB page (the OS page, bbolt's
// default) holds one and wastes the rest, where 16 KB hold five or six.
// Files made with another page size keep it until compacted.
const pageSize = 16 << 10

// initialiseFile writes the buckets of a new database into the empty file
// at tmp and syncs it.
func initialiseFile(tmp string) error {
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: DefaultTimeout, PageSize: pageSize})
	if err != nil {
		return err
	}
	err = db.Update(initialise)
	if err == nil {
		err = afterCreate(tmp)
	}
	if err == nil {
		err = db.Sync()
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// replaceEmpty renames tmp over the zero-byte file at path while holding
// that file's lock, so a jobpost waiting for it opens the new file (it
// notices the rename, as after Compact).
func replaceEmpty(path, tmp string, empty os.FileInfo, timeout time.Duration) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	unlock, err := lockFile(f, timeout)
	if err != nil {
		return err
	}
	defer unlock()
	now, err := f.Stat()
	if err != nil {
		return err
	}
	cur, err := os.Stat(path)
	if err != nil || !os.SameFile(now, empty) || !os.SameFile(cur, now) || now.Size() != 0 {
		return nil // replaced or filled meanwhile: open what is there
	}
	if err := keepOwner(tmp, now); err != nil {
		return err
	}
	if err := os.Chmod(tmp, now.Mode().Perm()); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// removeLeftovers deletes what interrupted runs leave next to the database:
// compacted copies (<name>.compactNNN), new files (<name>.newNNN) and
// migration backups (<name>.vN.bak.tmpNNN) that were never moved into
// place. Only those exact names, and only while the caller holds the
// database's exclusive lock: nobody else can be writing them then. A file
// being created (<name>.newNNN) might belong to a jobpost that found no
// database; it finds the database there when it is done, and succeeds.
func removeLeftovers(path string) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() && isLeftover(base, e.Name()) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

func isLeftover(base, name string) bool {
	rest, ok := strings.CutPrefix(name, base+".")
	if !ok {
		return false
	}
	for _, kind := range []string{"compact", "new", "backup"} {
		if digits, ok := strings.CutPrefix(rest, kind); ok {
			return allDigits(digits)
		}
	}
	// vN.bak.tmpNNN
	v, tmp, ok := strings.Cut(rest, ".bak.tmp")
	return ok && strings.HasPrefix(v, "v") && allDigits(v[1:]) && allDigits(tmp)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// resolveLink follows symlinks at path to the file they name, even one that
// does not exist yet, so that a database reached through a link is created,
// compacted and replaced where the link points and the link stays.
func resolveLink(path string) (string, error) {
	for range 40 {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		target, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}
