// Package storage keeps jobpost's drafts in a local bbolt database: the
// drafts themselves, a small summary index for the drafts list, a bounded
// history of revisions per draft, a trash and the company profile.
package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"jobpost/model"
)

// The errors Open and the Store methods wrap. Test for them with errors.Is.
var (
	// ErrLocked means Open, or a method's transaction, timed out waiting
	// for the file lock: another jobpost held it longer than
	// Options.Timeout (a large import, a compaction).
	ErrLocked = errors.New("database in use by another jobpost")
	// ErrNotFound means no draft has that id.
	ErrNotFound = errors.New("no draft with that id")
	// ErrAmbiguous means an id prefix matches more than one draft.
	ErrAmbiguous = errors.New("id prefix matches more than one draft")
	// ErrNotDatabase means the file is not a jobpost database or is
	// damaged. Open leaves such a file byte-for-byte untouched.
	ErrNotDatabase = errors.New("not a jobpost database, or damaged")
	// ErrNewerSchema means the file was written by a newer jobpost.
	ErrNewerSchema = errors.New("database written by a newer jobpost")
	// ErrNeedsMigration means a read-only Open found an older schema, which
	// only a read-write Open can migrate.
	ErrNeedsMigration = errors.New("database written by an older jobpost; open it read-write once to upgrade")
	// ErrTooLong means Save or Import was given a field longer than its
	// limit (model.MaxProseLength and the others); the error is a
	// *TooLongError, which names the field.
	ErrTooLong = errors.New("a field is longer than jobpost keeps")
)

// TooLongError is a field over its length limit, as model.OverLimits
// reports it. errors.Is(err, ErrTooLong) is true for it.
type TooLongError struct{ model.FieldError }

func (e *TooLongError) Error() string { return e.FieldError.Error() }

// Is makes TooLongError match ErrTooLong.
func (e *TooLongError) Is(target error) bool { return target == ErrTooLong }

// Options tune Open.
type Options struct {
	// Timeout is how long Open, and each transaction after it, waits for
	// another process to release the file. Zero means one second.
	Timeout time.Duration
	// ReadOnly reads the file under a shared lock and refuses writes.
	ReadOnly bool
	// Now is the clock that stamps saved versions and deletions; nil
	// means the real one. Tests pass a fixed one, so that what a screen
	// says about those times ("deleted 2 hours ago") holds still.
	Now func() time.Time
}

// DefaultTimeout is the lock wait when Options.Timeout is zero.
const DefaultTimeout = time.Second

// Store is a jobpost database. It holds the file only for the length of
// each of its transactions (see tx.go), so several jobpost processes can
// share it: the editor open all day, commands in another terminal. Its
// methods are safe for concurrent use; each runs in a transaction of its
// own.
type Store struct {
	path     string
	readOnly bool
	timeout  time.Duration
	now      func() time.Time

	// closed is shared by the Store from Open and every handle made with
	// As: closing that Store ends them all.
	closed *atomic.Bool

	// mu orders this process's own transactions: readers share, a writer
	// waits for them (as the file lock would, but without polling). The
	// handles made with As share it, so that sessions of one server wait
	// for each other in order rather than poll the file lock.
	mu *sync.RWMutex

	// user is who this handle writes as (see As); holds are the edit
	// holds every handle on this Store shares (see Hold).
	user   string
	holds  *holdTable
	handle bool // made with As: Close releases its holds only

	// versions is what this Store last read or wrote of each draft (see
	// Save); changes counts what it has written (see Changed).
	state    sync.Mutex
	versions map[string]draftVersion
	own      ownChanges
	polled   pollState
}

// DefaultPath returns $XDG_DATA_HOME/jobpost/jobpost.db, or
// ~/.local/share/jobpost/jobpost.db when XDG_DATA_HOME is unset or not
// absolute (as the XDG spec asks).
func DefaultPath() (string, error) { return DefaultPathFrom(os.Getenv) }

// DefaultPathFrom is DefaultPath with the environment read through getenv,
// so that commands and tests can pass their own.
func DefaultPathFrom(getenv func(string) string) (string, error) {
	if dir := getenv("XDG_DATA_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "jobpost", "jobpost.db"), nil
	}
	home := getenv("HOME")
	if !filepath.IsAbs(home) {
		return "", errors.New("default database path: neither XDG_DATA_HOME nor HOME is set; use --db PATH")
	}
	return filepath.Join(home, ".local", "share", "jobpost", "jobpost.db"), nil
}

// Open opens the jobpost database at path, creating it (directory 0700,
// file 0600) if it does not exist or is empty. An existing file is first
// inspected read-only, so a file that is not a jobpost database is never
// written to. A file from an older jobpost is backed up to
// <path>.v<old>.bak and migrated. Errors name the path and wrap one of the
// package's sentinel errors where one applies.
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	db, err := open(path, opts)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// The file is checked, created or migrated; from here on it is held
	// only while a transaction runs.
	if err := db.Close(); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	clock := opts.Now
	if clock == nil {
		clock = time.Now
	}
	return &Store{path: path, readOnly: opts.ReadOnly, timeout: opts.Timeout,
		now:    func() time.Time { return clock().UTC() },
		closed: new(atomic.Bool), mu: new(sync.RWMutex), holds: newHoldTable(),
		versions: map[string]draftVersion{}}, nil
}

// errReplaced means the file was renamed over (by Compact) while we waited
// for its lock: the lock we got is on a file nobody will read again.
var errReplaced = errors.New("file replaced while waiting for its lock")

func open(path string, opts Options) (*bolt.DB, error) {
	deadline := time.Now().Add(opts.Timeout)
	for {
		remaining := time.Until(deadline)
		if remaining < time.Millisecond {
			remaining = time.Millisecond
		}
		db, err := openOnce(path, opts.ReadOnly, remaining)
		if errors.Is(err, errReplaced) && time.Now().Before(deadline) {
			continue
		}
		return db, err
	}
}

func openOnce(path string, readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("%w: is a directory", ErrNotDatabase)
	case err == nil && !fi.Mode().IsRegular():
		return nil, fmt.Errorf("%w: not a regular file", ErrNotDatabase)
	case errors.Is(err, os.ErrNotExist) && !readOnly:
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, err
		}
		fi = nil
	case err != nil:
		return nil, err
	}
	exists := fi != nil && fi.Size() > 0
	if readOnly && !exists {
		return nil, fmt.Errorf("%w: empty file (a read-write open initialises it)", ErrNotDatabase)
	}
	if !exists {
		// Made whole elsewhere and moved into place: never half a file here.
		target, err := resolveLink(path)
		if err != nil {
			return nil, err
		}
		if err := create(target, fi, timeout); err != nil {
			return nil, fmt.Errorf("create the database: %w", err)
		}
		return openOnce(path, readOnly, timeout)
	}

	// Look before writing: a read-only handle never changes the file.
	// The tree is looked at first: bbolt's readers trust it.
	if err := checkLayout(path, shallowWalk); err != nil {
		return nil, err
	}
	db, version, err := inspect(path, fi, timeout)
	if err != nil {
		return nil, err
	}
	switch {
	case version > currentSchema:
		db.Close()
		return nil, fmt.Errorf("%w (schema %d, this jobpost knows up to %d)", ErrNewerSchema, version, currentSchema)
	case readOnly && version < currentSchema:
		db.Close()
		return nil, fmt.Errorf("%w (schema %d)", ErrNeedsMigration, version)
	case readOnly:
		return db, nil
	}
	if err := db.Close(); err != nil {
		return nil, err
	}
	if fi, err = os.Stat(path); err != nil {
		return nil, err
	}
	// checkLayout read the freelist, but the file may have changed while
	// unlocked; bbolt's read-write open trusts it.
	if err := checkFreelist(path); err != nil {
		return nil, err
	}
	db, err = boltOpen(path, fi, false, timeout)
	if err != nil {
		return nil, err
	}
	if err := prepare(db); err != nil {
		db.Close()
		return nil, err
	}
	removeLeftovers(path) // we hold the exclusive lock
	return db, nil
}

// allocSize is how much bbolt grows the file by when it needs room.
const allocSize = 1 << 20

// boltOpen opens path with bbolt and checks that the file we locked is still
// the one at path (before is its stat from before the open; nil if there was
// none).
func boltOpen(path string, before os.FileInfo, readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	return boltOpenFor(path, before, readOnly, timeout, false)
}

// bulkMmap and bulkAlloc are how an import maps and grows the file: bbolt
// maps the file anew each time it outgrows the mapping (doubling it), and
// syncs the file each time it grows it; an import of 100,000 postings did
// both hundreds of times at the sizes of ordinary writes. (Mapping more
// than the file holds costs address space only.)
const (
	bulkMmap  = 1 << 30
	bulkAlloc = 8 << 20
)

// boltOpenFor is boltOpen, for a bulk write (an import) if bulk.
func boltOpenFor(path string, before os.FileInfo, readOnly bool, timeout time.Duration, bulk bool) (*bolt.DB, error) {
	o := &bolt.Options{Timeout: timeout, ReadOnly: readOnly}
	if bulk {
		o.InitialMmapSize = bulkMmap
	}
	db, err := bolt.Open(path, 0o600, o)
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, ErrLocked
	}
	if err != nil {
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			return nil, err // permissions and the like: the file itself may be fine
		}
		return nil, fmt.Errorf("%w: %v", ErrNotDatabase, err)
	}
	// bbolt grows a file of over 16 MB by 16 MB at a time, ahead of use:
	// for a file that is mostly read, that is up to 16 MB of nothing.
	// A megabyte at a time costs a few more ftruncate calls.
	db.AllocSize = allocSize
	if bulk {
		db.AllocSize = bulkAlloc
	}
	if before != nil {
		after, err := os.Stat(path)
		if err != nil || !os.SameFile(before, after) {
			db.Close()
			return nil, errReplaced
		}
	}
	return db, nil
}

// inspect opens an existing file read-only and reads its schema version.
// A damaged file can make bbolt touch mapped memory past the end of the
// file; SetPanicOnFault turns that fault into a panic we recover from.
func inspect(path string, fi os.FileInfo, timeout time.Duration) (db *bolt.DB, version int, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			db, version, err = nil, 0, fmt.Errorf("%w: %v", ErrNotDatabase, r)
		}
	}()
	db, err = boltOpen(path, fi, true, timeout)
	if err != nil {
		return nil, 0, err
	}
	err = db.View(func(tx *bolt.Tx) error {
		size, err := fileSize(path)
		if err != nil {
			return err
		}
		if tx.Size() > size {
			return fmt.Errorf("%w: file is %d bytes, its pages need %d (truncated?)", ErrNotDatabase, size, tx.Size())
		}
		version, err = readSchema(tx)
		return err
	})
	if err != nil {
		db.Close()
		return nil, 0, err
	}
	return db, version, nil
}

func fileSize(path string) (int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

// Close ends the Store's use of the file; it holds nothing between
// transactions, so there is nothing to release. The Store must not be used
// afterwards.
//
// Closing a handle made with As releases that handle's edit holds and
// leaves the Store it came from open.
func (s *Store) Close() error {
	if s.handle {
		s.holds.releaseAll(s)
		return nil
	}
	s.closed.Store(true)
	return nil
}

// Path is the file the Store was opened from.
func (s *Store) Path() string { return s.path }
