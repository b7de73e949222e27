package common

import (
	"errors"

	"jobpost/storage"
)

// ErrorText says what went wrong in words for the status bar. Storage
// errors name the draft by its id ("restore draft ttabsdilwnioa4fq: no
// draft with that id"); a screen names drafts by title, so only the
// innermost reason is kept, a missing draft is said plainly, and a
// draft held by another session names who holds it.
func ErrorText(err error) string {
	if errors.Is(err, storage.ErrNotFound) {
		return "it is no longer there"
	}
	if reason, ok := heldReason(err); ok {
		return reason
	}
	for {
		inner := errors.Unwrap(err)
		if inner == nil {
			return err.Error()
		}
		err = inner
	}
}
