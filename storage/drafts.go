package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// Save stores p as given under p.ID, in one transaction: the draft, its
// list summary and a new revision. The caller sets ID and UpdatedAt; a zero
// SchemaVersion is filled in. A field over its limit (model.OverLimits) is
// refused with ErrTooLong, so the editor, import and storage agree on what
// a posting may hold. Saving a draft that is in the trash takes it
// out of the trash (the newest save wins).
//
// Save never overwrites what another writer stored meanwhile: if the draft
// changed since this Store last read it (Get) or wrote it (Save, Delete,
// Restore) — saved by another jobpost, moved to the trash or purged there
// — Save stores nothing and returns a *ConflictError (errors.Is(err,
// ErrConflict)), which holds the draft as it is now. The caller decides:
// take theirs (Get), or keep its own with Overwrite (theirs stays in the
// draft's revisions). A draft this Store never read is saved as given.
func (s *Store) Save(p model.Posting) error { return s.save(p, true) }

// Overwrite is Save without the check for another writer's change: the
// newest save wins, and the state it replaces stays among the draft's
// revisions. It is for the answer "keep mine" to a ConflictError.
func (s *Store) Overwrite(p model.Posting) error { return s.save(p, false) }

func (s *Store) save(p model.Posting, check bool) error {
	if !model.ValidID(p.ID) {
		return fmt.Errorf("save draft: invalid id %q", p.ID)
	}
	if over := p.OverLimits(); len(over) > 0 {
		return fmt.Errorf("save draft %s: %w", p.ID, &TooLongError{over[0]})
	}
	s.stamp(&p.CreatedBy, &p.UpdatedBy)
	rec, err := encodeDraft(p)
	if err != nil {
		return fmt.Errorf("save draft %s: %w", p.ID, err)
	}
	seen, known := s.seenVersion(p.ID)
	savedAt := s.now()
	var after draftVersion
	err = s.updateDraft(p.ID, func(tx *bolt.Tx) error {
		if check && known {
			if now := versionOf(tx, rec.id); now != seen {
				return conflict(tx, p.ID, now)
			}
		}
		if unchangedSave(tx, p) {
			after = versionOf(tx, rec.id)
			return errNothingToWrite
		}
		if err := putDraft(tx, rec, savedAt); err != nil {
			return err
		}
		after = versionOf(tx, rec.id)
		return nil
	})
	if err != nil && !errors.Is(err, errNothingToWrite) {
		return fmt.Errorf("save draft %s: %w", p.ID, err)
	}
	s.remember(p.ID, after)
	return nil
}

// errNothingToWrite ends a save's transaction without a write (rolled
// back: no revision, no change counted).
var errNothingToWrite = errors.New("nothing to write")

// unchangedSave reports whether p says what the live draft says already,
// but for when and by whom it was saved. Such a save (an editor closed
// without a change) writes nothing: no empty version in the draft's
// history, and nobody named as the last to change it.
func unchangedSave(tx *bolt.Tx, p model.Posting) bool {
	data := tx.Bucket(bucketDrafts).Get([]byte(p.ID))
	if data == nil {
		return false // new, or in the trash: saving it is a change
	}
	q, err := decodePosting(data)
	if err != nil {
		return false
	}
	p.UpdatedAt, p.UpdatedBy = q.UpdatedAt, q.UpdatedBy
	return samePosting(p, q)
}

// encodedDraft is a posting marshalled outside any transaction, so the
// write lock is held only for the puts.
type encodedDraft struct {
	id      []byte
	posting []byte
	summary []byte
}

func encodeDraft(p model.Posting) (encodedDraft, error) {
	if p.SchemaVersion == 0 {
		p.SchemaVersion = model.SchemaVersion
	}
	posting, err := json.Marshal(p)
	if err != nil {
		return encodedDraft{}, err
	}
	summary, err := json.Marshal(p.Summarize())
	if err != nil {
		return encodedDraft{}, err
	}
	return encodedDraft{id: []byte(p.ID), posting: posting, summary: summary}, nil
}

// putDraft stores a draft with its summary and revision, out of the trash.
// The transaction must be one that counts its change (update).
func putDraft(tx *bolt.Tx, d encodedDraft, savedAt time.Time) error {
	old := currentPosting(tx, d.id) // a copy: the Puts below may move what it was read from
	if err := tx.Bucket(bucketDrafts).Put(d.id, draftValue(d.posting)); err != nil {
		return err
	}
	if err := tx.Bucket(bucketSummaries).Put(d.id, d.summary); err != nil {
		return err
	}
	if err := tx.Bucket(bucketTrash).Delete(d.id); err != nil {
		return err
	}
	return addRevision(tx, d.id, d.posting, old, savedAt, readCounter(tx)+1)
}

// A draft is stored as its JSON, or compressed: draftFlate and the JSON
// DEFLATE-compressed with revDict, some 40 % of the JSON for a posting of
// a few KB (measured: 2.5 KB → 1.0 KB). Save compresses (some 80 µs, of a
// save's millisecond); Import stores the JSON as it is, to import 100,000
// in seconds: the next save of each compresses it. Readers take both.
const draftFlate = 'z'

// draftValue is what Save stores for a draft's JSON: compressed where that
// saves an eighth or more.
func draftValue(posting []byte) []byte {
	z := storedRevision(time.Time{}, 0, posting)
	if z[0] != revFlate {
		return posting
	}
	z = z[revHeader-1:]
	z[0] = draftFlate
	return z
}

// postingJSON is a stored draft's JSON: data itself, or inflated.
func postingJSON(data []byte) ([]byte, error) {
	if len(data) == 0 || data[0] != draftFlate {
		return data, nil
	}
	r, err := parseRevision(append(revValue(revFlate, time.Time{}, 0, nil), data[1:]...), nil)
	return r.posting, err
}

func decodePosting(data []byte) (model.Posting, error) {
	var p model.Posting
	data, err := postingJSON(data)
	if err != nil {
		return p, err
	}
	err = json.Unmarshal(data, &p)
	return p, err
}

// Get returns the draft with exactly this id.
func (s *Store) Get(id string) (model.Posting, error) {
	var p model.Posting
	var version draftVersion
	err := s.view(func(tx *bolt.Tx) error {
		data := tx.Bucket(bucketDrafts).Get([]byte(id))
		if data == nil {
			return ErrNotFound
		}
		var err error
		p, err = decodePosting(data) // decoding copies out of the mmap
		version = versionOf(tx, []byte(id))
		return err
	})
	if err != nil {
		return model.Posting{}, fmt.Errorf("get draft %s: %w", id, err)
	}
	s.remember(id, version)
	return p, nil
}

// GetEach reads the drafts with the given ids, in that order, in one read
// of the file (Get opens it for every draft: a whole library at a time
// wants one open), handing each to fn with its error (ErrNotFound for an
// id that is not there). It stops when fn returns an error, and returns
// it. Nothing is remembered for Save's conflict check: it is for readers.
func (s *Store) GetEach(ids []string, fn func(i int, p model.Posting, err error) error) error {
	return s.view(func(tx *bolt.Tx) error {
		drafts := tx.Bucket(bucketDrafts)
		for i, id := range ids {
			data := drafts.Get([]byte(id))
			var p model.Posting
			err := fmt.Errorf("get draft %s: %w", id, ErrNotFound)
			if data != nil {
				p, err = decodePosting(data) // decoding copies out of the mmap
			}
			if err := fn(i, p, err); err != nil {
				return err
			}
		}
		return nil
	})
}

// listReleaseEvery is how many summaries List reads between releases of
// the mapped pages (see releaseMapped).
const listReleaseEvery = 500

// sortSummaries orders newest first; ties go by id so the order is stable.
func sortSummaries(list []model.Summary) {
	slices.SortFunc(list, func(a, b model.Summary) int {
		if c := b.UpdatedAt.Compare(a.UpdatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// Resolve turns an exact id or a unique id prefix of a draft (not one in
// the trash) into the full id.
func (s *Store) Resolve(idOrPrefix string) (string, error) {
	return s.resolve(bucketDrafts, "draft", idOrPrefix)
}

// ResolveTrash is Resolve for drafts in the trash.
func (s *Store) ResolveTrash(idOrPrefix string) (string, error) {
	return s.resolve(bucketTrash, "trashed draft", idOrPrefix)
}

func (s *Store) resolve(bucket []byte, what, prefix string) (string, error) {
	if prefix == "" {
		return "", fmt.Errorf("%s with empty id: %w", what, ErrNotFound)
	}
	var matches []string
	err := s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucket).Cursor()
		want := []byte(prefix)
		for k, _ := c.Seek(want); k != nil && bytes.HasPrefix(k, want); k, _ = c.Next() {
			if len(k) == len(want) {
				matches = []string{string(k)} // an exact id wins over longer ones
				return nil
			}
			matches = append(matches, string(k))
			if len(matches) > 5 {
				break
			}
		}
		return nil
	})
	switch {
	case err != nil:
		return "", err
	case len(matches) == 0:
		return "", fmt.Errorf("%s %q: %w", what, prefix, ErrNotFound)
	case len(matches) > 1:
		more := ""
		if len(matches) > 5 {
			matches, more = matches[:5], ", …"
		}
		return "", fmt.Errorf("%s %q (%s%s): %w", what, prefix, strings.Join(matches, ", "), more, ErrAmbiguous)
	}
	return matches[0], nil
}
