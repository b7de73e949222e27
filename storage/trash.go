package storage

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// TrashItem is a deleted draft as the trash lists it.
type TrashItem struct {
	Summary   model.Summary
	DeletedAt time.Time
}

// trashRecord is a draft in the trash: the whole posting, and its summary
// so listing the trash need not decode postings.
type trashRecord struct {
	DeletedAt time.Time       `json:"deleted_at"`
	Summary   model.Summary   `json:"summary"`
	Posting   json.RawMessage `json:"posting"`
}

// Delete moves the draft with exactly this id to the trash, noting when.
// It leaves the drafts list; its revisions are kept until it is purged.
func (s *Store) Delete(id string) error {
	deletedAt := s.now()
	err := s.updateDraft(id, func(tx *bolt.Tx) error {
		drafts, summaries := tx.Bucket(bucketDrafts), tx.Bucket(bucketSummaries)
		key := []byte(id)
		data := drafts.Get(key)
		if data == nil {
			return ErrNotFound
		}
		data, err := postingJSON(data)
		if err != nil {
			return err
		}
		p, err := decodePosting(data)
		if err != nil {
			return err
		}
		rec, err := json.Marshal(trashRecord{DeletedAt: deletedAt, Summary: p.Summarize(), Posting: data})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketTrash).Put(key, rec); err != nil {
			return err
		}
		if err := drafts.Delete(key); err != nil {
			return err
		}
		return summaries.Delete(key)
	})
	if err != nil {
		return fmt.Errorf("delete draft %s: %w", id, err)
	}
	s.rememberTrashed(id, true)
	return nil
}

// Trash lists the deleted drafts, most recently deleted first.
func (s *Store) Trash() ([]TrashItem, error) {
	var out []TrashItem
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTrash).ForEach(func(k, v []byte) error {
			var rec struct {
				DeletedAt time.Time     `json:"deleted_at"`
				Summary   model.Summary `json:"summary"`
			}
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("trashed draft %q: %w", k, err)
			}
			out = append(out, TrashItem{Summary: rec.Summary, DeletedAt: rec.DeletedAt})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list trash: %w", err)
	}
	slices.SortFunc(out, func(a, b TrashItem) int {
		if c := b.DeletedAt.Compare(a.DeletedAt); c != 0 {
			return c
		}
		return strings.Compare(a.Summary.ID, b.Summary.ID)
	})
	return out, nil
}

// Restore moves the draft with exactly this id back from the trash.
func (s *Store) Restore(id string) error {
	err := s.updateDraft(id, func(tx *bolt.Tx) error {
		trash := tx.Bucket(bucketTrash)
		key := []byte(id)
		data := trash.Get(key)
		if data == nil {
			return ErrNotFound
		}
		var rec trashRecord
		if err := json.Unmarshal(data, &rec); err != nil {
			return err
		}
		p, err := decodePosting(rec.Posting)
		if err != nil {
			return err
		}
		sum, err := json.Marshal(p.Summarize())
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketDrafts).Put(key, draftValue(rec.Posting)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSummaries).Put(key, sum); err != nil {
			return err
		}
		return trash.Delete(key)
	})
	if err != nil {
		return fmt.Errorf("restore draft %s: %w", id, err)
	}
	s.rememberTrashed(id, false)
	return nil
}

// Purge removes the draft with exactly this id for good, with its
// revisions, whether it is in the trash or still a draft.
func (s *Store) Purge(id string) error {
	err := s.updateDraft(id, func(tx *bolt.Tx) error { return purge(tx, []byte(id)) })
	if err != nil {
		return fmt.Errorf("purge draft %s: %w", id, err)
	}
	s.forget(id)
	return nil
}

func purge(tx *bolt.Tx, key []byte) error {
	drafts, trash := tx.Bucket(bucketDrafts), tx.Bucket(bucketTrash)
	if drafts.Get(key) == nil && trash.Get(key) == nil {
		return ErrNotFound
	}
	for _, b := range []*bolt.Bucket{drafts, trash, tx.Bucket(bucketSummaries)} {
		if err := b.Delete(key); err != nil {
			return err
		}
	}
	return dropRevisions(tx.Bucket(bucketHistory), key, ^uint64(0))
}
