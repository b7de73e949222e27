package storage

import (
	"errors"
	"sync"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// As returns a handle on the same library for one user's session of a
// team library (jobpost serve): it shares the file, the order of
// transactions and the edit holds with s, and has its own memory of what
// it read, so that Save's check for another writer's change works between
// sessions as it does between processes, and Changed reports the other
// sessions' writes. Every draft written through it is stamped with user
// (model.Posting.UpdatedBy, and CreatedBy when it names nobody yet).
//
// Closing the handle releases its holds; closing s ends every handle.
func (s *Store) As(user string) *Store {
	return &Store{
		path: s.path, readOnly: s.readOnly, timeout: s.timeout, now: s.now,
		closed: s.closed, mu: s.mu, holds: s.holds,
		user: user, handle: true,
		versions: map[string]draftVersion{},
	}
}

// User is who this handle writes as; "" for a Store from Open.
func (s *Store) User() string { return s.user }

// ErrHeld means a draft is being edited in another session, which holds
// it (see Hold); nothing was written. The error is a *HeldError.
var ErrHeld = errors.New("someone else is editing this draft")

// HeldError names who holds the draft. SameUser is true when it is the
// same user, in another session (another terminal).
type HeldError struct {
	ID       string
	By       string
	SameUser bool
}

func (e *HeldError) Error() string {
	if e.SameUser {
		return "you are editing this draft in another session"
	}
	if e.By == "" {
		return "this draft is being edited in another session"
	}
	// The name comes from the users file: no control character in it
	// reaches a terminal.
	return model.CleanLine(e.By) + " is editing this draft"
}

// Is makes HeldError match ErrHeld.
func (e *HeldError) Is(target error) bool { return target == ErrHeld }

// holdTable is who is editing which draft: in memory, for the handles of
// one Store (the sessions of one server). Another process on the same
// file does not see it; a second backend would keep it where all its
// servers can.
type holdTable struct {
	mu sync.Mutex
	by map[string]*Store // draft id → the handle editing it
}

func newHoldTable() *holdTable { return &holdTable{by: map[string]*Store{}} }

// Hold marks draft id as being edited through s, so that other handles
// open it read-only and cannot write to it until s releases it (Release,
// or Close). It is nil when s holds it now (holding twice is once), and a
// *HeldError naming the holder when another handle does.
func (s *Store) Hold(id string) error {
	t := s.holds
	t.mu.Lock()
	defer t.mu.Unlock()
	if h := t.heldFrom(s, id); h != nil {
		return h // not a nil *HeldError: that would be a non-nil error
	}
	t.by[id] = s
	return nil
}

// Release ends s's hold on draft id, if it has one.
func (s *Store) Release(id string) {
	t := s.holds
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.by[id] == s {
		delete(t.by, id)
	}
}

// HeldBy reports who holds draft id, when a handle other than s does.
func (s *Store) HeldBy(id string) (user string, held bool) {
	t := s.holds
	t.mu.Lock()
	defer t.mu.Unlock()
	h, ok := t.by[id]
	if !ok || h == s {
		return "", false
	}
	return h.user, true
}

// Held returns every draft held by a handle other than s, id → user.
func (s *Store) Held() map[string]string {
	t := s.holds
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[string]string, len(t.by))
	for id, h := range t.by {
		if h != s {
			out[id] = h.user
		}
	}
	return out
}

// updateDraft is update for a write to draft id: refused with a
// *HeldError, nothing written, while another handle holds the draft. The
// hold is looked at under the write lock: a hold taken after that look
// is followed by the holder's read (Get), which waits for this write and
// sees it, so no write lands unseen under a holder.
func (s *Store) updateDraft(id string, fn func(*bolt.Tx) error) error {
	return s.update(func(tx *bolt.Tx) error {
		if err := s.mayWrite(id); err != nil {
			return err
		}
		return fn(tx)
	})
}

// mayWrite refuses a write to draft id while another handle holds it.
func (s *Store) mayWrite(id string) error {
	t := s.holds
	t.mu.Lock()
	defer t.mu.Unlock()
	if h := t.heldFrom(s, id); h != nil {
		return h
	}
	return nil
}

// heldFrom is the hold on draft id by a handle other than s, or nil;
// t.mu must be held.
func (t *holdTable) heldFrom(s *Store, id string) *HeldError {
	h, ok := t.by[id]
	if !ok || h == s {
		return nil
	}
	return &HeldError{ID: id, By: h.user, SameUser: h.user == s.user}
}

func (t *holdTable) releaseAll(s *Store) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for id, h := range t.by {
		if h == s {
			delete(t.by, id)
		}
	}
}

// stamp notes the handle's user as the posting's last writer, and as
// its creator when it names none.
func (s *Store) stamp(createdBy, updatedBy *string) {
	if s.user == "" {
		return
	}
	*updatedBy = s.user
	if *createdBy == "" {
		*createdBy = s.user
	}
}
