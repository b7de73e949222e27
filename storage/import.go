package storage

import (
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// ImportError says which record of an Import was refused and why. Index
// counts from 0 in the slice given to Import; the message counts from 1.
type ImportError struct {
	Index int
	Field string // the offending field's JSON name, "" if not one field or Err names it
	Err   error
}

func (e *ImportError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("record %d: %v", e.Index+1, e.Err)
	}
	return fmt.Sprintf("record %d: %s: %v", e.Index+1, e.Field, e.Err)
}

func (e *ImportError) Unwrap() error { return e.Err }

// errEmpty is what validateImport reports for a required field left blank.
var errEmpty = errors.New("empty")

// validateImport is the minimum a record needs to be worth a draft: a
// title, so it can be told apart in the list, and no field over its limit.
func validateImport(p model.Posting) (field string, err error) {
	if model.CleanLine(p.Title) == "" {
		return "title", errEmpty
	}
	if over := p.OverLimits(); len(over) > 0 {
		return "", &TooLongError{over[0]}
	}
	return "", nil
}

// Import stores ps as drafts in one transaction: all of them or, on any
// error, none. A posting whose id is empty, malformed or already taken (by
// a draft, a trashed draft or an earlier record of ps) gets a fresh
// model.NewID(). Zero CreatedAt/UpdatedAt become now, and now is the time
// of each draft's first revision. Import returns the postings as stored.
func (s *Store) Import(ps []model.Posting, now time.Time) ([]model.Posting, error) {
	for i, p := range ps {
		if field, err := validateImport(p); err != nil {
			return nil, fmt.Errorf("import: %w", &ImportError{Index: i, Field: field, Err: err})
		}
	}
	var stored []model.Posting
	err := s.update(func(tx *bolt.Tx) error {
		stored = make([]model.Posting, 0, len(ps))
		drafts, trash := tx.Bucket(bucketDrafts), tx.Bucket(bucketTrash)
		taken := func(id string) bool {
			return drafts.Get([]byte(id)) != nil || trash.Get([]byte(id)) != nil
		}
		for i, p := range ps {
			if !model.ValidID(p.ID) || taken(p.ID) {
				for p.ID = model.NewID(); taken(p.ID); p.ID = model.NewID() {
				}
			}
			if p.CreatedAt.IsZero() {
				p.CreatedAt = now
			}
			if p.UpdatedAt.IsZero() {
				p.UpdatedAt = now
			}
			if p.SchemaVersion == 0 {
				p.SchemaVersion = model.SchemaVersion
			}
			rec, err := encodeDraft(p)
			if err != nil {
				return &ImportError{Index: i, Err: err}
			}
			if err := putDraft(tx, rec, now); err != nil {
				return &ImportError{Index: i, Err: err}
			}
			stored = append(stored, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return stored, nil
}
