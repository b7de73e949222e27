package storage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"sync"
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

// Import stores ps as drafts, all of them or, on any error, none: ImportFrom
// over a slice. It returns the postings as stored (those already there,
// identical, are left out).
func (s *Store) Import(ps []model.Posting, now time.Time) ([]model.Posting, error) {
	i := 0
	var stored []model.Posting
	_, err := s.ImportFrom(func() (model.Posting, error) {
		if i == len(ps) {
			return model.Posting{}, io.EOF
		}
		i++
		return ps[i-1], nil
	}, ImportOptions{Now: now, Stored: func(p model.Posting) { stored = append(stored, p) }})
	if err != nil {
		return nil, err
	}
	return stored, nil
}

// ImportOptions tune ImportFrom.
type ImportOptions struct {
	// Now stamps the drafts' first revisions and fills zero CreatedAt and
	// UpdatedAt; zero means the Store's clock.
	Now time.Time
	// Progress, if set, is called with the number of records read so far
	// as the import goes (every 1,000) and once at the end.
	Progress func(records int)
	// Stored, if set, is called with each posting as it is stored, in the
	// order of the input. The import is not done until ImportFrom returns:
	// on an error none of them stays.
	Stored func(model.Posting)
}

// ImportResult is what ImportFrom did.
type ImportResult struct {
	Imported int // drafts added
	// Already counts the records identical to a draft already stored
	// under their id (a file imported twice): skipped.
	Already int
	// NewIDs lists the records whose id could not be kept, in input order.
	NewIDs []IDChange
}

// IDChange is a record stored under another id than the one it gave.
type IDChange struct {
	Record int    // from 1
	From   string // the id in the input
	To     string // the id it is stored under
	Taken  bool   // From was in use (by another draft, one in the trash or an earlier record); else malformed
}

// progressEvery is how often (in records) ImportFrom calls Progress.
const progressEvery = 1000

// importFill is how full an import fills the pages it writes.
const importFill = 0.9

// importBatch is how many records one transaction of an import writes:
// few enough that the memory a transaction holds stays small (bbolt keeps
// the values and the pages it writes until the commit: some 60 MB for
// 10,000 postings), many enough that an import of a few thousand is one
// transaction. Each transaction rewrites the pages the batch's keys fall
// in, and new ids fall anywhere: the pages it replaces are free for the
// next ones, but the file holds both for a moment, so the fewer the
// batches the nearer the file stays to its data.
var importBatch = 10_000 // a variable for tests

// ImportFrom stores the postings next returns (until io.EOF) as drafts:
// all of them or, on any error (from next, or writing), none. Its time
// and memory grow linearly with the input.
//
// Each record keeps its id when it has a valid one (model.ValidID: a
// jobpost id, or another system's such as "REQ-1234") that is free. A
// record with an empty id, a malformed one, or one taken by a different
// draft (live or in the trash) or an earlier record gets a fresh
// model.NewID(), listed in NewIDs. A record identical to the draft stored
// under its id (the same content; missing times count as the stored ones)
// is skipped and counted in Already. Zero CreatedAt/UpdatedAt become
// Now, the time of each draft's first revision.
//
// The import holds the file's write lock from start to end, writing a
// batch of records per transaction, with a journal of the drafts it added
// in the same transactions; the last one drops the journal. Nobody else
// can read the file meanwhile, and if the process dies half-way, the next
// jobpost to open the file finds the journal and removes what it lists
// before anything reads the file: all or nothing.
func (s *Store) ImportFrom(next func() (model.Posting, error), opts ImportOptions) (*ImportResult, error) {
	if opts.Now.IsZero() {
		opts.Now = s.now()
	}
	res, err := s.importFrom(next, opts)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	return res, nil
}

func (s *Store) importFrom(next func() (model.Posting, error), opts ImportOptions) (res *ImportResult, err error) {
	if s.readOnly {
		return nil, errReadOnly
	}
	res = &ImportResult{}
	in, stop := readAhead(next)
	defer stop()
	batch := make([]model.Posting, 0, importBatch)
	records := 0
	// fill reads the next batch; eof is the end of the input.
	fill := func() (eof bool, err error) {
		batch = batch[:0]
		for len(batch) < importBatch {
			r := <-in
			if r.err == io.EOF {
				return true, nil
			}
			if r.err != nil {
				return false, r.err
			}
			records++
			if opts.Progress != nil && records%progressEvery == 0 {
				opts.Progress(records)
			}
			if field, err := validateImport(r.p); err != nil {
				return false, &ImportError{Index: records - 1, Field: field, Err: err}
			}
			batch = append(batch, r.p)
		}
		return false, nil
	}
	// The first batch is read before the file is locked: an import that
	// fits in one batch holds the file only while it writes, however slow
	// its input.
	eof, err := fill()
	if err != nil {
		return nil, err
	}
	if records == 0 {
		return res, nil
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	db, err := s.dbFor(false, s.timeout, true)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	if err := rollBackJournal(db); err != nil {
		return nil, err
	}
	journaled := false
	defer func() {
		if err != nil && journaled {
			if rbErr := rollBackJournal(db); rbErr != nil {
				err = fmt.Errorf("%w (and undoing it failed: %v; the next jobpost to open the file undoes it)", err, rbErr)
			}
		}
	}()

	var stored []model.Posting // this batch's, for opts.Stored after the commit
	for len(batch) > 0 {
		first := records - len(batch) + 1
		var counter uint64
		err := runUpdate(db, func(tx *bolt.Tx) error {
			var err error
			stored, err = importBatchTx(tx, batch, first, opts.Now, s.user, res)
			if err != nil {
				return err
			}
			journaled = true
			counter, err = bumpCounter(tx)
			return err
		})
		if err != nil {
			return nil, err
		}
		s.wrote(counter)
		if opts.Stored != nil {
			for _, p := range stored {
				opts.Stored(p)
			}
		}
		if eof {
			break
		}
		if eof, err = fill(); err != nil {
			return nil, err
		}
	}
	// Done: drop the journal, which makes the import whole.
	var counter uint64
	err = runUpdate(db, func(tx *bolt.Tx) error {
		if tx.Bucket(bucketImporting) != nil {
			if err := tx.DeleteBucket(bucketImporting); err != nil {
				return err
			}
		}
		counter, err = bumpCounter(tx)
		return err
	})
	if err != nil {
		return nil, err
	}
	journaled = false
	s.wrote(counter)
	if opts.Progress != nil {
		opts.Progress(records)
	}
	return res, nil
}

// readAhead calls next on a goroutine of its own, a thousand records
// ahead of the writer: reading and checking the input (most of an
// import's work) and storing it use two cores. Once next returns an error
// (io.EOF at the end) it calls it no more. stop ends the reading and
// returns once next is no longer running, so that the caller may look at
// whatever next uses.
func readAhead(next func() (model.Posting, error)) (in <-chan readResult, stop func()) {
	ch := make(chan readResult, 1000)
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			default:
			}
			p, err := next()
			select {
			case ch <- readResult{p, err}:
			case <-quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	var once sync.Once
	return ch, func() {
		once.Do(func() {
			close(quit)
			<-done
		})
	}
}

type readResult struct {
	p   model.Posting
	err error
}

// importBatchTx writes one batch of an import (records first, first+1, …
// of the input) and journals the drafts it adds. It returns them as
// stored, in input order.
func importBatchTx(tx *bolt.Tx, batch []model.Posting, first int, now time.Time, by string, res *ImportResult) ([]model.Posting, error) {
	journal, err := tx.CreateBucketIfNotExists(bucketImporting)
	if err != nil {
		return nil, err
	}
	drafts, trash := tx.Bucket(bucketDrafts), tx.Bucket(bucketTrash)
	taken := func(id string) bool {
		return drafts.Get([]byte(id)) != nil || trash.Get([]byte(id)) != nil
	}
	stored := make([]model.Posting, 0, len(batch))
	recs := make([]encodedDraft, 0, len(batch))
	inBatch := make(map[string]bool, len(batch))
	for i, p := range batch {
		n := first + i
		switch {
		case model.ValidID(p.ID) && !taken(p.ID) && !inBatch[p.ID]:
		case model.ValidID(p.ID) && !inBatch[p.ID] && sameAsStored(drafts.Get([]byte(p.ID)), p):
			res.Already++
			continue
		default:
			was := p.ID
			for p.ID = model.NewID(); taken(p.ID) || inBatch[p.ID]; p.ID = model.NewID() {
			}
			if was != "" {
				res.NewIDs = append(res.NewIDs, IDChange{Record: n, From: was, To: p.ID, Taken: model.ValidID(was)})
			}
		}
		inBatch[p.ID] = true
		fillImported(&p, now, by)
		rec, err := encodeDraft(p)
		if err != nil {
			return nil, &ImportError{Index: n - 1, Err: err}
		}
		recs = append(recs, rec)
		stored = append(stored, p)
	}
	// bbolt writes sorted keys faster and fills its pages better. Pages
	// split at FillPercent when a transaction commits; bbolt's default,
	// half full, is for keys that arrive in random order. A batch's keys
	// come sorted (and often follow each other: ids from another system
	// are usually numbered), so its pages may be filled: the file is some
	// 40 % smaller and written faster. (Later transactions split at the
	// default again.)
	slices.SortFunc(recs, func(a, b encodedDraft) int { return bytes.Compare(a.id, b.id) })
	summaries, history := tx.Bucket(bucketSummaries), tx.Bucket(bucketHistory)
	for _, b := range []*bolt.Bucket{drafts, summaries, history, journal} {
		b.FillPercent = importFill
	}
	change := readCounter(tx) + 1
	for _, rec := range recs {
		if err := drafts.Put(rec.id, rec.posting); err != nil {
			return nil, err
		}
		if err := summaries.Put(rec.id, rec.summary); err != nil {
			return nil, err
		}
		if err := history.Put(historyKey(rec.id, 1), revValue(revCurrent, now, change, nil)); err != nil {
			return nil, err
		}
		if err := journal.Put(rec.id, nil); err != nil {
			return nil, err
		}
	}
	res.Imported += len(recs)
	return stored, nil
}

// fillImported gives a record its defaults: times, schema version, and
// in a team library (by, the importing session's user) the importer as
// its creator and last writer, whatever names the record carries: a user
// cannot make drafts look written by someone else. An import into a
// library of one (by "") keeps the names, to move a team's drafts.
func fillImported(p *model.Posting, now time.Time, by string) {
	if by != "" {
		p.CreatedBy, p.UpdatedBy = by, by
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
}

// sameAsStored reports whether p says what the stored draft data says.
// Lists compare by their items (an empty list is a missing one), times by
// the instant.
func sameAsStored(data []byte, p model.Posting) bool {
	if data == nil {
		return false
	}
	q, err := decodePosting(data)
	if err != nil {
		return false
	}
	return samePosting(p, q)
}

// samePosting reports whether p says what q, a stored posting, says.
// Lists compare by their items (an empty list is a missing one), times by
// the instant; p's missing times count as q's.
func samePosting(p, q model.Posting) bool {
	if p.CreatedAt.IsZero() {
		p.CreatedAt = q.CreatedAt
	}
	if p.UpdatedAt.IsZero() {
		p.UpdatedAt = q.UpdatedAt
	}
	if p.SchemaVersion == 0 {
		p.SchemaVersion = model.SchemaVersion
	}
	norm := func(p *model.Posting) {
		for _, l := range []*[]string{&p.Responsibilities, &p.Skills.Required, &p.Skills.Preferred,
			&p.Qualifications, &p.Benefits, &p.ApplicantLocations} {
			if len(*l) == 0 {
				*l = nil
			}
		}
		p.CreatedAt, p.UpdatedAt = p.CreatedAt.UTC(), p.UpdatedAt.UTC()
		if len(p.Posted) == 0 {
			p.Posted = nil
		} else {
			posted := slices.Clone(p.Posted)
			for i := range posted {
				posted[i].On = posted[i].On.UTC()
			}
			p.Posted = posted
		}
	}
	norm(&p)
	norm(&q)
	return reflect.DeepEqual(p, q)
}

// errJournal means a transaction found the journal of an import that did
// not finish: it must be undone before the file is read.
var errJournal = errors.New("an unfinished import is in the file")

// rollBackImport undoes an import that died half-way (see ImportFrom).
func (s *Store) rollBackImport() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	db, err := s.db(false, s.timeout)
	if err != nil {
		return fmt.Errorf("undo an unfinished import: %w", err)
	}
	defer db.Close()
	return rollBackJournal(db)
}

// rollBackJournal removes the drafts an unfinished import's journal lists,
// with their summaries and revisions, then the journal, a batch per
// transaction (each one durable: a crash here too is picked up again).
func rollBackJournal(db *bolt.DB) error {
	var pending bool
	if err := db.View(func(tx *bolt.Tx) error {
		pending = tx.Bucket(bucketImporting) != nil
		return nil
	}); err != nil || !pending {
		return err
	}
	for {
		done := false
		err := runUpdate(db, func(tx *bolt.Tx) error {
			journal := tx.Bucket(bucketImporting)
			if journal == nil {
				done = true
				return nil
			}
			c := journal.Cursor()
			n := 0
			for k, _ := c.First(); k != nil && n < importBatch; k, _ = c.First() {
				key := bytes.Clone(k)
				for _, b := range []*bolt.Bucket{tx.Bucket(bucketDrafts), tx.Bucket(bucketSummaries)} {
					if err := b.Delete(key); err != nil {
						return err
					}
				}
				if err := dropRevisions(tx.Bucket(bucketHistory), key, ^uint64(0)); err != nil {
					return err
				}
				if err := journal.Delete(key); err != nil {
					return err
				}
				n++
			}
			if n == 0 {
				done = true
				if err := tx.DeleteBucket(bucketImporting); err != nil {
					return err
				}
			}
			_, err := bumpCounter(tx)
			return err
		})
		if err != nil || done {
			return err
		}
	}
}
