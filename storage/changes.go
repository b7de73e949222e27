package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// ErrConflict means a Save found the draft changed by another writer since
// this Store read it; nothing was saved. The error is a *ConflictError.
var ErrConflict = errors.New("the draft was changed elsewhere since it was opened")

// ConflictError is a Save refused because the stored draft is no longer
// the one the caller read: another jobpost saved it, moved it to the trash
// or purged it. errors.Is(err, ErrConflict) is true for it.
type ConflictError struct {
	ID string
	// Theirs is the draft as stored now (live or in the trash); zero when
	// it was purged.
	Theirs  model.Posting
	Trashed bool // moved to the trash
	Purged  bool // gone for good
}

func (e *ConflictError) Error() string {
	switch {
	case e.Purged:
		return "the draft was deleted for good in another jobpost since it was opened"
	case e.Trashed:
		return "the draft was moved to the trash in another jobpost since it was opened"
	}
	return "the draft was changed in another jobpost since it was opened"
}

// Is makes ConflictError match ErrConflict.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

func conflict(tx *bolt.Tx, id string, now draftVersion) error {
	e := &ConflictError{ID: id, Trashed: now.trashed, Purged: !now.exists}
	if data := currentPosting(tx, []byte(id)); data != nil {
		e.Theirs, _ = decodePosting(data)
	}
	return e
}

// seenVersion is the version of draft id this Store last read or wrote.
func (s *Store) seenVersion(id string) (draftVersion, bool) {
	s.state.Lock()
	defer s.state.Unlock()
	v, ok := s.versions[id]
	return v, ok
}

func (s *Store) remember(id string, v draftVersion) {
	s.state.Lock()
	defer s.state.Unlock()
	s.versions[id] = v
}

// rememberTrashed notes that this Store moved a draft it knows to or from
// the trash.
func (s *Store) rememberTrashed(id string, trashed bool) {
	s.state.Lock()
	defer s.state.Unlock()
	if v, ok := s.versions[id]; ok {
		v.trashed = trashed
		s.versions[id] = v
	}
}

func (s *Store) forget(id string) {
	s.state.Lock()
	defer s.state.Unlock()
	delete(s.versions, id)
}

// The change counter is a number in meta that every write transaction
// adds one to (bumpCounter). It survives compaction (which copies meta).

// ownChanges remembers the counter values of this Store's latest writes,
// so that Changed can tell them from other writers'.
type ownChanges struct {
	ring [64]uint64
	next int
}

func (s *Store) wrote(counter uint64) {
	s.state.Lock()
	defer s.state.Unlock()
	s.own.ring[s.own.next%len(s.own.ring)] = counter
	s.own.next++
}

func (o *ownChanges) has(counter uint64) bool {
	for _, c := range o.ring {
		if c == counter {
			return true
		}
	}
	return false
}

// pollState is what Changed saw last time: the file, its newest bbolt
// transaction, and the counter then.
type pollState struct {
	file    os.FileInfo
	txid    uint64
	counter uint64
	valid   bool
}

// ChangeCounter returns the database's change counter: a number that
// grows with every write transaction, by any jobpost.
func (s *Store) ChangeCounter() (uint64, error) {
	var n uint64
	err := s.view(func(tx *bolt.Tx) error {
		n = readCounter(tx)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("read the change counter: %w", err)
	}
	return n, nil
}

// Changed reports whether another writer (another jobpost, or another
// Store on the file) has changed the database since the change counter
// read since (from ChangeCounter or an earlier Changed); this Store's own
// writes do not count. now is the counter to pass next time.
//
// It is cheap enough to call every second: while the file's newest bbolt
// transaction is the one seen last time it reads two meta pages and takes
// no lock (some 10 µs). When the file is busy (a long import holds it) it
// answers "no change" at once rather than wait; ask again later.
func (s *Store) Changed(since uint64) (now uint64, changed bool, err error) {
	fi, statErr := os.Stat(s.path)
	txid, ok := fileTxID(s.path)
	s.state.Lock()
	last := s.polled
	s.state.Unlock()
	if statErr == nil && ok && last.valid && os.SameFile(fi, last.file) && txid == last.txid {
		now = last.counter
	} else {
		var n uint64
		err := s.viewOnce(pollTimeout, func(tx *bolt.Tx) error {
			n = readCounter(tx)
			return nil
		})
		if errors.Is(err, ErrLocked) || errors.Is(err, errJournal) {
			return since, false, nil
		}
		if err != nil {
			return since, false, err
		}
		now = n
		if statErr == nil && ok {
			s.state.Lock()
			s.polled = pollState{file: fi, txid: txid, counter: n, valid: true}
			s.state.Unlock()
		}
	}
	if now == since {
		return now, false, nil
	}
	if now < since || now-since > uint64(len(s.own.ring)) {
		return now, true, nil // replaced by an older file, or many changes
	}
	s.state.Lock()
	defer s.state.Unlock()
	for c := since + 1; c <= now; c++ {
		if !s.own.has(c) {
			return now, true, nil
		}
	}
	return now, false, nil
}

// pollTimeout is how long Changed waits for a busy file.
const pollTimeout = 20 * time.Millisecond

// fileTxID reads the id of the newest transaction committed to the file,
// from its meta pages, without bbolt and without a lock (a meta page
// being written fails its checksum and the other one is taken).
func fileTxID(path string) (uint64, bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	meta, _, ok := newestMeta(f)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint64(meta[48:56]), true
}
