package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// MaxRevisions is how many revisions are kept per draft; older ones are
// dropped as new ones are saved.
const MaxRevisions = 50

// Revision is one saved state of a draft.
type Revision struct {
	Seq     uint64
	SavedAt time.Time
	Posting model.Posting
}

type revisionRecord struct {
	SavedAt time.Time       `json:"saved_at"`
	Posting json.RawMessage `json:"posting"`
}

// addRevision appends posting to the draft's history unless it is the same
// as the newest revision (an autosave with nothing changed), and drops
// revisions beyond MaxRevisions.
func addRevision(tx *bolt.Tx, id, posting []byte, savedAt time.Time) error {
	b, err := tx.Bucket(bucketRevisions).CreateBucketIfNotExists(id)
	if err != nil {
		return err
	}
	c := b.Cursor()
	if _, last := c.Last(); last != nil {
		var prev revisionRecord
		if json.Unmarshal(last, &prev) == nil && bytes.Equal(prev.Posting, posting) {
			return nil
		}
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	rec, err := json.Marshal(revisionRecord{SavedAt: savedAt, Posting: posting})
	if err != nil {
		return err
	}
	if err := b.Put(seqKey(seq), rec); err != nil {
		return err
	}
	if seq <= MaxRevisions {
		return nil
	}
	oldest := seqKey(seq - MaxRevisions + 1)
	c = b.Cursor() // a fresh cursor after the put
	for k, _ := c.First(); k != nil && bytes.Compare(k, oldest) < 0; k, _ = c.First() {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func seqKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, seq)
}

// Revisions returns the saved states of a draft (live or in the trash),
// newest first; at most MaxRevisions are kept.
func (s *Store) Revisions(id string) ([]Revision, error) {
	var out []Revision
	err := s.view(func(tx *bolt.Tx) error {
		key := []byte(id)
		b := tx.Bucket(bucketRevisions).Bucket(key)
		if b == nil {
			if tx.Bucket(bucketDrafts).Get(key) == nil && tx.Bucket(bucketTrash).Get(key) == nil {
				return ErrNotFound
			}
			return nil
		}
		c := b.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			var rec revisionRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("revision %x: %w", k, err)
			}
			p, err := decodePosting(rec.Posting)
			if err != nil {
				return fmt.Errorf("revision %x: %w", k, err)
			}
			out = append(out, Revision{Seq: binary.BigEndian.Uint64(k), SavedAt: rec.SavedAt, Posting: p})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("revisions of draft %s: %w", id, err)
	}
	return out, nil
}
