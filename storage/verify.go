package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// Damage is what Verify found wrong with a database: pages bbolt's own
// check reports, and records that cannot be read. errors.Is(err,
// ErrNotDatabase) is true for it, as for every damaged file.
type Damage struct {
	Pages   []error     // from bbolt's consistency check, at most 10
	Records []BadRecord // records that cannot be read, or disagree
}

func (d *Damage) Error() string {
	var lines []string
	for _, err := range d.Pages {
		lines = append(lines, err.Error())
	}
	for _, b := range d.Records[:min(len(d.Records), 20)] {
		lines = append(lines, b.String())
	}
	if len(d.Records) > 20 {
		lines = append(lines, fmt.Sprintf("… and %d more records", len(d.Records)-20))
	}
	return "damaged:\n  " + strings.Join(lines, "\n  ")
}

// Is makes Damage match ErrNotDatabase.
func (d *Damage) Is(target error) bool { return target == ErrNotDatabase }

// Verify checks the whole database: every page, as Check does, and every
// record a command reads (each draft and its summary, which must agree,
// each trashed draft, every revision and the company profile). It returns
// nil if all is well and a *Damage if not; its time grows with the file
// (some 300 ms for 10,000 drafts).
func (s *Store) Verify() error {
	d := &Damage{}
	if err := checkLayout(s.path, fullWalk); err != nil {
		// bbolt's check and the records could take forever: stop here.
		d.Pages = []error{finding(err)}
		return fmt.Errorf("check %s: %w", s.path, d)
	}
	if err := s.view(func(tx *bolt.Tx) error {
		d.Pages = pageProblems(tx)
		return nil
	}); err != nil {
		d.Pages = append(d.Pages, finding(err))
	}
	if err := s.view(func(tx *bolt.Tx) error {
		d.Records = recordProblems(tx)
		return nil
	}); err != nil {
		d.Pages = append(d.Pages, fmt.Errorf("reading the records: %w", finding(err)))
	}
	if len(d.Pages) > 0 || len(d.Records) > 0 {
		return fmt.Errorf("check %s: %w", s.path, d)
	}
	return nil
}

// finding is an ErrNotDatabase error (s.view's, for a panic on a damaged
// page) as one finding of many: without the prefix.
func finding(err error) error {
	return errors.New(strings.TrimPrefix(err.Error(), ErrNotDatabase.Error()+": "))
}

// pageProblems runs bbolt's consistency check, keeping the first 10
// problems. The check runs on its own goroutine: it is drained to the end.
func pageProblems(tx *bolt.Tx) []error {
	var errs []error
	for err := range tx.Check() {
		if len(errs) < 10 {
			errs = append(errs, err)
		}
	}
	return errs
}

// recordProblems decodes every record the commands read.
func recordProblems(tx *bolt.Tx) []BadRecord {
	var bad []BadRecord
	add := func(kind string, k []byte, title string, err error) {
		bad = append(bad, BadRecord{Kind: kind, ID: string(k), Title: title, Err: err})
	}
	drafts, summaries := tx.Bucket(bucketDrafts), tx.Bucket(bucketSummaries)
	drafts.ForEach(func(k, v []byte) error {
		p, err := decodePosting(v)
		switch {
		case err != nil:
			add("draft", k, titleOf(v), err)
		case summaries.Get(k) == nil:
			add("draft", k, p.Title, errors.New("missing from the drafts list ('jobpost show' and 'export' still read it)"))
		}
		return nil
	})
	summaries.ForEach(func(k, v []byte) error {
		if _, err := decodeSummary(v); err != nil {
			add("summary", k, titleOf(v), err)
		} else if drafts.Get(k) == nil {
			add("summary", k, titleOf(v), errors.New("lists a draft that is not there"))
		}
		return nil
	})
	tx.Bucket(bucketTrash).ForEach(func(k, v []byte) error {
		var rec trashRecord
		err := json.Unmarshal(v, &rec)
		if err == nil {
			_, err = decodePosting(rec.Posting)
		}
		if err != nil {
			add("trashed draft", k, titleOf(v), err)
		}
		return nil
	})
	// Revisions: each draft's must read back (a delta needs the newer
	// ones), and belong to a draft that is there.
	var last []byte
	tx.Bucket(bucketHistory).ForEach(func(k, v []byte) error {
		slash := len(k) - 9
		if slash < 1 || k[slash] != '/' {
			add("revision", k, "", errors.New("not a revision key"))
			return nil
		}
		id := k[:slash]
		if bytes.Equal(id, last) {
			return nil
		}
		last = bytes.Clone(id)
		if drafts.Get(id) == nil && tx.Bucket(bucketTrash).Get(id) == nil {
			add("revisions", id, "", errors.New("of a draft that is not there"))
			return nil
		}
		if _, err := decodePosting(currentPosting(tx, id)); err != nil {
			return nil // the draft itself is damaged: reported above
		}
		if _, err := readRevisions(tx, id); err != nil {
			add("revisions", id, "", err)
		}
		return nil
	})
	if data := tx.Bucket(bucketMeta).Get(keyProfile); data != nil {
		var p model.CompanyProfile
		if err := json.Unmarshal(data, &p); err != nil {
			add("company profile", nil, "", err)
		}
	}
	return bad
}
