package common

import (
	"errors"

	"jobpost/model"
	"jobpost/storage"
)

// Edit holds (team library): a draft open in one session's editor is
// read-only to the others until that session leaves it. These say so in
// the same words on every screen.

// HeldBy is the edit hold on draft id by another session of the library,
// as a *storage.HeldError, or nil when nobody else holds it. It reads
// the store's table of holds, in memory: no I/O.
func HeldBy(store storage.Library, id string) *storage.HeldError {
	by, held := store.HeldBy(id)
	if !held {
		return nil
	}
	return &storage.HeldError{ID: id, By: by, SameUser: by == store.User()}
}

// HeldReason says who is editing a draft, as the reason a change was
// refused: "ana is editing it; try again once they close it".
func HeldReason(h *storage.HeldError) string {
	switch {
	case h.SameUser:
		return "you are editing it in another session; close it there first"
	case h.By == "":
		return "it is being edited in another session; try again once it is closed there"
	}
	return model.CleanLine(h.By) + " is editing it; try again once they close it"
}

// HolderName is who holds a draft, for a mark beside it: "ana", or "you"
// in another session.
func HolderName(by string, sameUser bool) string {
	switch {
	case sameUser:
		return "you"
	case by == "":
		return "someone"
	}
	return model.CleanLine(by)
}

// heldReason is HeldReason for an error holding a *storage.HeldError.
func heldReason(err error) (string, bool) {
	var h *storage.HeldError
	if !errors.As(err, &h) {
		return "", false
	}
	return HeldReason(h), true
}
