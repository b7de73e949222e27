package storage

import (
	"fmt"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// view and update run fn in a bbolt transaction. bbolt panics on a damaged
// page (and a page past the end of a shrunken file faults); both become an
// ErrNotDatabase error here instead of taking the program down. bbolt
// rolls the transaction back before the panic reaches us.
func (s *Store) view(fn func(*bolt.Tx) error) (err error) {
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.db.View(fn)
}

func (s *Store) update(fn func(*bolt.Tx) error) (err error) {
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.db.Update(fn)
}

// recoverDamage must be deferred directly (recover only works there).
func recoverDamage(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: %v", ErrNotDatabase, r)
	}
}

// Check reads every page of the file in use and reports inconsistencies
// (up to 10), wrapped in ErrNotDatabase: first the layout bbolt trusts
// (see checkLayout), then bbolt's own check. It takes time proportional to
// the file's size (about 15 ms for 10,000 drafts), so Open does not run it;
// commands about to write do, and Verify adds the records.
func (s *Store) Check() error {
	err := checkLayout(s.path, fullWalk)
	if err == nil {
		err = s.view(checkTx)
	}
	if err != nil {
		return fmt.Errorf("check %s: %w", s.path, err)
	}
	return nil
}
