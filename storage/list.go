package storage

import (
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// ErrBadRecords means some drafts could not be read; the others were. The
// error is a *BadRecordsError, which names them.
var ErrBadRecords = errors.New("some drafts could not be read")

// BadRecord is a stored record that could not be decoded (or, for
// Verify, disagrees with another).
type BadRecord struct {
	Kind  string // "draft", "summary", "trashed draft" or "company profile"
	ID    string // the record's key, as stored (it may not be a valid id)
	Title string // the title, where any copy of it could be read; else ""
	Err   error  // what was wrong with it
}

// Name is how to tell the draft to a person: its title, else its id.
func (b BadRecord) Name() string {
	if t := model.CleanLine(b.Title); t != "" {
		return fmt.Sprintf("%s (%s)", t, model.CleanLine(b.ID))
	}
	return fmt.Sprintf("%q", b.ID)
}

// String says what the record is and what is wrong with it.
func (b BadRecord) String() string {
	if b.ID == "" {
		return fmt.Sprintf("%s: %v", b.Kind, b.Err)
	}
	return fmt.Sprintf("%s %s: %v", b.Kind, b.Name(), b.Err)
}

// BadRecordsError lists the drafts a List could not read.
// errors.Is(err, ErrBadRecords) is true for it.
type BadRecordsError struct{ Records []BadRecord }

func (e *BadRecordsError) Error() string {
	names := make([]string, 0, min(len(e.Records), 5))
	for _, b := range e.Records[:min(len(e.Records), 5)] {
		names = append(names, b.Name())
	}
	more := ""
	if len(e.Records) > 5 {
		more = fmt.Sprintf(" and %d more", len(e.Records)-5)
	}
	noun := "drafts"
	if len(e.Records) == 1 {
		noun = "draft"
	}
	return fmt.Sprintf("%d %s could not be read: %s%s", len(e.Records), noun, strings.Join(names, ", "), more)
}

// Is makes BadRecordsError match ErrBadRecords.
func (e *BadRecordsError) Is(target error) bool { return target == ErrBadRecords }

// List returns the summaries of all drafts (not the trash), most recently
// updated first. It reads only the summary index, never whole drafts. If
// some could not be read it returns the others and a *BadRecordsError
// naming them (see ListAll).
func (s *Store) List() ([]model.Summary, error) {
	list, bad, err := s.ListAll()
	if err == nil && len(bad) > 0 {
		err = fmt.Errorf("list drafts: %w", &BadRecordsError{bad})
	}
	return list, err
}

// ListAll is List that keeps going past damaged records: it returns the
// summaries it could read, most recently updated first, and the drafts it
// could not. A summary that cannot be decoded is rebuilt from its draft
// when the draft can be; only when neither can is the draft bad. err is for
// a failure of the whole list (such as a damaged file).
func (s *Store) ListAll() (list []model.Summary, bad []BadRecord, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		b, drafts := tx.Bucket(bucketSummaries), tx.Bucket(bucketDrafts)
		list = make([]model.Summary, 0, b.Stats().KeyN)
		bad = nil
		err := b.ForEach(func(k, v []byte) error {
			sum, err := decodeSummary(v) // copies out of the mapped page
			if err != nil {
				var ok bool
				if sum, ok = summaryFromDraft(drafts.Get(k)); !ok {
					bad = append(bad, BadRecord{Kind: "draft", ID: string(k), Title: titleOf(v), Err: err})
					return nil
				}
				sum.ID = string(k) // the key is what Get and Resolve look up
			} else if sum.Status == model.StatusPosted && len(sum.Posted) == 0 {
				// A posted draft whose summary names no board (written by
				// another tool, or hand-edited): the draft knows them.
				if full, ok := summaryFromDraft(drafts.Get(k)); ok {
					full.ID = string(k)
					sum = full
				}
			}
			list = append(list, sum)
			if len(list)%listReleaseEvery == 0 {
				releaseMapped(tx.DB(), tx)
			}
			return nil
		})
		releaseMapped(tx.DB(), tx)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("list drafts: %w", err)
	}
	sortSummaries(list)
	return list, bad, nil
}

// summaryFromDraft rebuilds a list entry from the draft itself, for a
// summary that is damaged.
func summaryFromDraft(data []byte) (model.Summary, bool) {
	if data == nil {
		return model.Summary{}, false
	}
	p, err := decodePosting(data)
	if err != nil || !model.ValidID(p.ID) {
		return model.Summary{}, false
	}
	return p.Summarize(), true
}

// titleOf digs the title out of a record that does not decode as a whole,
// so a person can tell which draft it was.
func titleOf(data []byte) string {
	_, rest, ok := strings.Cut(string(data), `"title":"`)
	if !ok {
		return ""
	}
	title, _, ok := strings.Cut(rest, `"`)
	if !ok || strings.Contains(title, `\`) {
		return ""
	}
	if r := []rune(model.CleanLine(title)); len(r) > model.MaxTitleLength {
		return string(r[:model.MaxTitleLength]) + "…"
	}
	return model.CleanLine(title)
}
