package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// A Store opens the file for each transaction and closes it after: bbolt's
// lock (flock: shared for a read, exclusive for a write) is held only that
// long, so another jobpost waits at most for one transaction (Options.
// Timeout, a second by default) instead of being locked out while an
// editor stays open. Opening costs a few syscalls and a mapping (some
// 100 µs); the pages stay in the kernel's cache between transactions.
//
// Between two transactions another process may have changed the file, or
// replaced it (compact), so each one checks what it opened: the schema
// (a newer jobpost may have migrated it: then this one refuses to write
// to it), and the journal of an import that did not finish (undone before
// anything reads the file; see import.go).

// errGone means the database file was removed while the Store was in use.
var errGone = errors.New("the database file is gone")

// db opens the file for one transaction, waiting up to timeout for it.
func (s *Store) db(readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	return s.dbFor(readOnly, timeout, false)
}

// dbFor is db, set up for a bulk write (an import) if bulk.
func (s *Store) dbFor(readOnly bool, timeout time.Duration, bulk bool) (*bolt.DB, error) {
	if s.closed.Load() {
		return nil, berrors.ErrDatabaseNotOpen
	}
	deadline := time.Now().Add(timeout)
	for {
		fi, err := os.Stat(s.path)
		switch {
		case errors.Is(err, os.ErrNotExist), err == nil && fi.Size() == 0:
			// Never let bbolt create (or initialise) a file here: that
			// is Open's job, done safely.
			return nil, fmt.Errorf("%w: %w", ErrNotDatabase, errGone)
		case err != nil:
			return nil, err
		}
		if !readOnly {
			// bbolt trusts the freelist of a file opened for writing.
			if err := checkFreelist(s.path); err != nil {
				return nil, err
			}
		}
		remaining := max(time.Until(deadline), time.Millisecond)
		db, err := boltOpenFor(s.path, fi, readOnly, remaining, bulk)
		if errors.Is(err, errReplaced) && time.Now().Before(deadline) {
			continue
		}
		return db, err
	}
}

// view and update run fn in a bbolt transaction on the file opened for
// it. bbolt panics on a damaged page (and a page past the end of a
// shrunken file faults); both become an ErrNotDatabase error here instead
// of taking the program down. bbolt rolls the transaction back before the
// panic reaches us.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for range 2 {
		err := s.viewOnce(s.timeout, fn)
		if !errors.Is(err, errJournal) {
			return err
		}
		// An import died half-way: undo it (which needs the write lock),
		// then read.
		s.mu.RUnlock()
		err = s.rollBackImport()
		s.mu.RLock()
		if err != nil {
			return err
		}
	}
	return s.viewOnce(s.timeout, fn)
}

func (s *Store) viewOnce(timeout time.Duration, fn func(*bolt.Tx) error) (err error) {
	db, err := s.db(true, timeout)
	if err != nil {
		return err
	}
	defer db.Close()
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return db.View(func(tx *bolt.Tx) error {
		if err := checkSchema(tx); err != nil {
			return err
		}
		if tx.Bucket(bucketImporting) != nil {
			return errJournal
		}
		return fn(tx)
	})
}

// update runs fn in a write transaction that also counts the change (see
// Changed). A Store opened read-only refuses.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	if s.readOnly {
		return errReadOnly
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	db, err := s.db(false, s.timeout)
	if err != nil {
		return err
	}
	defer db.Close()
	var counter uint64
	for range 2 {
		err = runUpdate(db, func(tx *bolt.Tx) error {
			if tx.Bucket(bucketImporting) != nil {
				return errJournal
			}
			if err := fn(tx); err != nil {
				return err
			}
			counter, err = bumpCounter(tx)
			return err
		})
		if !errors.Is(err, errJournal) {
			break
		}
		// An import died half-way: undo it first.
		if err := rollBackJournal(db); err != nil {
			return err
		}
	}
	if err == nil {
		s.wrote(counter)
	}
	return err
}

// errReadOnly is what a write to a read-only Store returns.
var errReadOnly = errors.New("database opened read-only")

// runUpdate is db.Update with damage turned into ErrNotDatabase.
func runUpdate(db *bolt.DB, fn func(*bolt.Tx) error) (err error) {
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return db.Update(func(tx *bolt.Tx) error {
		if err := checkSchema(tx); err != nil {
			return err
		}
		return fn(tx)
	})
}

// checkSchema refuses a file that is no longer the schema this build
// writes: migrated by a newer jobpost, or replaced by an older file.
func checkSchema(tx *bolt.Tx) error {
	version, err := readSchema(tx)
	switch {
	case err != nil:
		return err
	case version > currentSchema:
		return fmt.Errorf("%w (schema %d, this jobpost knows up to %d)", ErrNewerSchema, version, currentSchema)
	case version < currentSchema:
		return fmt.Errorf("%w (schema %d)", ErrNeedsMigration, version)
	}
	return nil
}

// bumpCounter adds one to the change counter in meta and returns it.
func bumpCounter(tx *bolt.Tx) (uint64, error) {
	meta := tx.Bucket(bucketMeta)
	n := readCounter(tx) + 1
	return n, meta.Put(keyChanges, binary.BigEndian.AppendUint64(nil, n))
}

func readCounter(tx *bolt.Tx) uint64 {
	if v := tx.Bucket(bucketMeta).Get(keyChanges); len(v) == 8 {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}

// recoverDamage must be deferred directly (recover only works there).
func recoverDamage(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: %v", ErrNotDatabase, r)
	}
}

// Check reads every page of the file in use and reports damage, wrapped
// in ErrNotDatabase: what bbolt's own check finds — the layout bbolt
// trusts (see checkLayout), pages in use that the freelist also lists or
// lists twice (the next write would overwrite them), pages neither in use
// nor free, keys out of order in a page or down the tree, a file cut
// short — but for its own messages. It reads the file under the
// readers' lock, so no writer changes it meanwhile, and through the file,
// not bbolt's mapping: bbolt's own check (Verify runs it) maps every page
// into the process, which with 10,000 drafts added 45 MB to the editor's
// memory at its start. Its time grows with the file (some 6 ms for
// 10,000 drafts), so Open does not run it; commands about to write do.
func (s *Store) Check() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	err := s.checkLocked()
	if err != nil {
		return fmt.Errorf("check %s: %w", s.path, err)
	}
	return nil
}

// checkLocked checks the file at s.path under the readers' lock. Compact
// holds the writers' lock while it renames its copy over the path: a check
// that was waiting for it then holds the lock of the old file, and opens
// the new one instead, as dbFor does.
func (s *Store) checkLocked() error {
	deadline := time.Now().Add(s.timeout)
	for {
		err := checkFileAt(s.path, max(time.Until(deadline), time.Millisecond))
		if !errors.Is(err, errReplaced) || time.Now().After(deadline) {
			return err
		}
	}
}

func checkFileAt(path string, timeout time.Duration) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w: %w", ErrNotDatabase, errGone)
	}
	if err != nil {
		return err
	}
	defer f.Close()
	unlock, err := lockFileShared(f, timeout)
	if err != nil {
		return err
	}
	defer unlock()
	locked, err := f.Stat()
	if err != nil {
		return err
	}
	if now, err := os.Stat(path); err != nil || !os.SameFile(locked, now) {
		return errReplaced
	}
	return checkLayoutIn(f, fullWalk)
}
