package storage

import (
	"io"

	"jobpost/model"
)

// Library is what jobpost's screens ask of a library of drafts, whatever
// keeps it. *Store, bbolt in one file, is the one there is; a second
// backend (a replicated database, for a team that outgrows one server)
// would implement Library, with the same errors (ErrNotFound,
// ErrConflict, ErrHeld, ErrTooLong…), and the screens would not change.
type Library interface {
	// Drafts.
	List() ([]model.Summary, error)
	ListAll() ([]model.Summary, []BadRecord, error)
	Get(id string) (model.Posting, error)
	Save(p model.Posting) error
	Overwrite(p model.Posting) error
	Revisions(id string) ([]Revision, error)
	ImportFrom(next func() (model.Posting, error), opts ImportOptions) (*ImportResult, error)

	// The trash.
	Delete(id string) error
	Trash() ([]TrashItem, error)
	Restore(id string) error
	Purge(id string) error

	// The company profile.
	Profile() (model.CompanyProfile, bool, error)
	SaveProfile(p model.CompanyProfile) error

	// Others' changes, and who is editing what (see Hold).
	ChangeCounter() (uint64, error)
	Changed(since uint64) (now uint64, changed bool, err error)
	User() string
	Hold(id string) error
	Release(id string)
	HeldBy(id string) (user string, held bool)
	Held() map[string]string

	// The whole library.
	Backup(w io.Writer) (int64, error)
	Verify() error
	Path() string
	Close() error
}

var _ Library = (*Store)(nil)
