package storage

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
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
	// SavedBy is who saved it, in a team library (the posting's
	// UpdatedBy); empty in a library of one.
	SavedBy string
	Posting model.Posting
}

// The history bucket holds every draft's revisions under one key each,
// id + "/" + seq (8 bytes, big-endian), so they sort by draft and then by
// age and a draft's history is one range of keys. (Schema 2 gave each
// draft a nested bucket: at least a 4 KB page per draft, for a few
// hundred bytes of history.) Ids never hold "/".
//
// A value is a kind byte, when it was saved (Unix nanoseconds), the change
// counter of the transaction that saved it (the draft's version, see
// Save), then the posting:
//
//   - revCurrent: nothing; the posting is the draft as it is stored now,
//     live or in the trash. A draft's newest revision is almost always
//     its current state, so it is not stored twice.
//   - revDelta: the posting's JSON compressed with DEFLATE, primed with
//     the next newer revision's JSON as its dictionary: what the two have
//     in common (nearly everything, between two saves) costs a few bytes
//     of back-references, so a revision takes about the size of what
//     changed. Reading one needs the newer ones first: Revisions reads
//     newest first anyway.
//   - revFlate: the posting's JSON compressed with DEFLATE and revDict,
//     standing alone (a newest revision that is not the draft).
//   - revJSON: the JSON as it is, where compressing did not earn its
//     place (saved less than an eighth).
//
// When a save supersedes a revCurrent revision, that revision is rewritten
// as a delta against the posting being saved, before the draft is
// overwritten.
const (
	revCurrent = 'c'
	revDelta   = 'd'
	revFlate   = 'z'
	revJSON    = 'j'

	revHeader = 1 + 8 + 8
)

// revDict primes DEFLATE with the text every posting's JSON holds: its
// keys and usual values. Compressed revisions depend on it byte for byte:
// never change it (add a new kind with a new dictionary instead).
const revDict = `{"schema_version":1,"id":"","title":"","role":"","seniority":"","summary":"",` +
	`"responsibilities":[],"skills":{"required":[],"preferred":[]},"qualifications":[],"benefits":[],` +
	`"company":{"name":"","about":"","website":"https://"},"location":{"city":"","region":"","country":""},` +
	`"workplace":"hybrid","workplace":"remote","workplace":"onsite","employment_type":"FULL_TIME",` +
	`"salary":{"min":0,"max":0,"currency":"EUR","currency":"USD","period":"YEAR"},` +
	`"apply":{"url":"https://","email":""},"eeo":"We are an equal opportunity employer",` +
	`"status":"draft","status":"ready","status":"posted","posted":{"board":"","on":"` +
	`"valid_through":"","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}`

// minSaving is the share a compressed revision must save to be kept
// compressed: 1/8.
const minSaving = 8

var (
	flateWriters = sync.Pool{New: func() any {
		w, err := flate.NewWriterDict(io.Discard, flate.BestSpeed, []byte(revDict))
		if err != nil {
			panic(err) // only for a bad level
		}
		return w
	}}
	flateReaders = sync.Pool{New: func() any { return flate.NewReaderDict(bytes.NewReader(nil), []byte(revDict)) }}
)

// historyKey is id + "/" + seq.
func historyKey(id []byte, seq uint64) []byte {
	k := make([]byte, 0, len(id)+9)
	k = append(append(k, id...), '/')
	return binary.BigEndian.AppendUint64(k, seq)
}

// historyPrefix is id + "/": the keys of one draft's revisions.
func historyPrefix(id []byte) []byte {
	return append(append(make([]byte, 0, len(id)+1), id...), '/')
}

// seqOf reads the sequence number at the end of a history key.
func seqOf(k []byte) uint64 { return binary.BigEndian.Uint64(k[len(k)-8:]) }

// revValue makes a history value of kind with posting (nil for revCurrent).
func revValue(kind byte, savedAt time.Time, change uint64, posting []byte) []byte {
	v := make([]byte, revHeader, revHeader+len(posting))
	v[0] = kind
	binary.BigEndian.PutUint64(v[1:9], uint64(savedAt.UnixNano()))
	binary.BigEndian.PutUint64(v[9:17], change)
	return append(v, posting...)
}

// storedRevision is a history value holding posting itself: compressed if
// that saves an eighth or more.
func storedRevision(savedAt time.Time, change uint64, posting []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(revHeader + len(posting)/2)
	buf.Write(make([]byte, revHeader))
	w := flateWriters.Get().(*flate.Writer)
	w.Reset(&buf)
	_, err := w.Write(posting)
	if err == nil {
		err = w.Close()
	}
	flateWriters.Put(w)
	if err != nil || buf.Len()-revHeader > len(posting)-len(posting)/minSaving {
		return revValue(revJSON, savedAt, change, posting)
	}
	v := buf.Bytes()
	copy(v, revValue(revFlate, savedAt, change, nil))
	return v
}

// deltaLevel is the DEFLATE level of deltas. (BestSpeed would ignore the
// dictionary.)
const deltaLevel = 5

// deltaRevision is a history value holding posting as a delta against
// newer, the next newer revision's JSON; a stored revision where that does
// not earn its place.
func deltaRevision(savedAt time.Time, change uint64, posting, newer []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(revHeader + 256)
	buf.Write(revValue(revDelta, savedAt, change, nil))
	w, err := flate.NewWriterDict(&buf, deltaLevel, newer)
	if err == nil {
		_, err = w.Write(posting)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil || buf.Len()-revHeader > len(posting)-len(posting)/minSaving {
		return storedRevision(savedAt, change, posting)
	}
	return buf.Bytes()
}

// revision is a history value taken apart. posting is nil for revCurrent.
type revision struct {
	kind    byte
	savedAt time.Time
	change  uint64
	posting []byte
}

var (
	errBadRevision = errors.New("not a revision record")
	errNoNewer     = errors.New("a delta without the revision it is taken against")
)

// parseRevision takes a history value apart, inflating a compressed
// posting (the result never points into the mapped file). newer is the
// next newer revision's JSON, which a delta needs (nil if unknown).
func parseRevision(v, newer []byte) (revision, error) {
	if len(v) < revHeader {
		return revision{}, errBadRevision
	}
	r := revision{kind: v[0], savedAt: time.Unix(0, int64(binary.BigEndian.Uint64(v[1:9]))).UTC(),
		change: binary.BigEndian.Uint64(v[9:17])}
	body := v[revHeader:]
	switch r.kind {
	case revCurrent:
	case revJSON:
		r.posting = bytes.Clone(body)
	case revFlate, revDelta:
		dict := []byte(revDict)
		if r.kind == revDelta {
			if newer == nil {
				return revision{}, errNoNewer
			}
			dict = newer
		}
		fr := flateReaders.Get().(io.ReadCloser)
		defer flateReaders.Put(fr)
		if err := fr.(flate.Resetter).Reset(bytes.NewReader(body), dict); err != nil {
			return revision{}, err
		}
		var out bytes.Buffer
		out.Grow(len(body) * 3)
		if _, err := out.ReadFrom(fr); err != nil {
			return revision{}, fmt.Errorf("compressed revision: %w", err)
		}
		r.posting = out.Bytes()
	default:
		return revision{}, errBadRevision
	}
	return r, nil
}

// lastRevision finds a draft's newest revision: its key and value, or nils.
func lastRevision(c *bolt.Cursor, id []byte) (k, v []byte) {
	prefix := historyPrefix(id)
	// The first key after the draft's range: "/" + 1 is "0".
	end := append(bytes.Clone(id), '0')
	if k, _ = c.Seek(end); k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	if k == nil || !bytes.HasPrefix(k, prefix) || len(k) != len(prefix)+8 {
		return nil, nil
	}
	return k, v
}

// currentPosting is the draft's stored JSON, live or in the trash; nil if
// there is none (or it cannot be read). It is a copy, never the mapped file.
func currentPosting(tx *bolt.Tx, id []byte) []byte {
	if data := tx.Bucket(bucketDrafts).Get(id); data != nil {
		if data, err := postingJSON(data); err == nil {
			return bytes.Clone(data)
		}
		return nil
	}
	if data := tx.Bucket(bucketTrash).Get(id); data != nil {
		var rec trashRecord
		if json.Unmarshal(data, &rec) == nil { // copies
			return rec.Posting
		}
	}
	return nil
}

// addRevision records posting, about to be stored as the draft id, as its
// newest revision; old is the draft's JSON as stored until now (nil if
// none). Nothing is added when posting is the same as the newest revision
// (an autosave with nothing changed); revisions beyond MaxRevisions are
// dropped. change is the transaction's change counter.
func addRevision(tx *bolt.Tx, id, posting, old []byte, savedAt time.Time, change uint64) error {
	h := tx.Bucket(bucketHistory)
	c := h.Cursor()
	var seq uint64
	if k, v := lastRevision(c, id); k != nil {
		seq = seqOf(k)
		prev, err := parseRevision(v, nil)
		switch {
		case err != nil:
			// A damaged record: leave it, and add the new one after it.
		case prev.kind == revCurrent && bytes.Equal(old, posting),
			prev.kind != revCurrent && bytes.Equal(prev.posting, posting):
			return nil
		case prev.kind == revCurrent && old != nil:
			// It was the draft as stored; keep it, as a delta against the
			// new one, before the draft is overwritten.
			if err := h.Put(bytes.Clone(k), deltaRevision(prev.savedAt, prev.change, old, posting)); err != nil {
				return err
			}
		}
	}
	seq++
	if err := h.Put(historyKey(id, seq), revValue(revCurrent, savedAt, change, nil)); err != nil {
		return err
	}
	if seq <= MaxRevisions {
		return nil
	}
	return dropRevisions(h, id, seq-MaxRevisions+1)
}

// dropRevisions deletes the draft's revisions numbered below keep.
func dropRevisions(h *bolt.Bucket, id []byte, keep uint64) error {
	prefix := historyPrefix(id)
	c := h.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(k) == len(prefix)+8; k, _ = c.Seek(prefix) {
		if seqOf(k) >= keep {
			return nil
		}
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return nil
}

// draftVersion is what identifies a stored state of a draft: the change
// counter of the save that made its newest revision, and whether it is in
// the trash. exists is false for a draft that is not stored at all.
type draftVersion struct {
	change  uint64
	trashed bool
	exists  bool
}

// versionOf reads a draft's version.
func versionOf(tx *bolt.Tx, id []byte) draftVersion {
	var v draftVersion
	switch {
	case tx.Bucket(bucketDrafts).Get(id) != nil:
		v.exists = true
	case tx.Bucket(bucketTrash).Get(id) != nil:
		v.exists, v.trashed = true, true
	default:
		return v
	}
	if _, val := lastRevision(tx.Bucket(bucketHistory).Cursor(), id); len(val) >= revHeader {
		v.change = binary.BigEndian.Uint64(val[9:17])
	}
	return v
}

// Revisions returns the saved states of a draft (live or in the trash),
// newest first; at most MaxRevisions are kept.
func (s *Store) Revisions(id string) ([]Revision, error) {
	var out []Revision
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out, err = readRevisions(tx, []byte(id))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("revisions of draft %s: %w", id, err)
	}
	return out, nil
}

// readRevisions reads a draft's revisions, newest first: each delta is
// taken against the one read before it.
func readRevisions(tx *bolt.Tx, key []byte) ([]Revision, error) {
	current := currentPosting(tx, key)
	if current == nil {
		return nil, ErrNotFound
	}
	var out []Revision
	prefix := historyPrefix(key)
	c := tx.Bucket(bucketHistory).Cursor()
	var newer []byte
	for k, v := lastRevision(c, key); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Prev() {
		if len(k) != len(prefix)+8 {
			continue // not a revision key
		}
		r, err := parseRevision(v, newer)
		if err != nil {
			return nil, fmt.Errorf("revision %d: %w", seqOf(k), err)
		}
		data := r.posting
		if r.kind == revCurrent {
			data = current
		}
		newer = data
		p, err := decodePosting(data)
		if err != nil {
			return nil, fmt.Errorf("revision %d: %w", seqOf(k), err)
		}
		out = append(out, Revision{Seq: seqOf(k), SavedAt: r.savedAt, SavedBy: p.UpdatedBy, Posting: p})
	}
	return out, nil
}

// revisionRecord is a schema-2 revision: a nested bucket's value.
type revisionRecord struct {
	SavedAt time.Time       `json:"saved_at"`
	Posting json.RawMessage `json:"posting"`
}

// migrate2to3 moves every draft's revisions from its nested bucket into
// the history bucket, keeping their numbers and times; the newest one
// becomes revCurrent where it is the draft as stored, the older ones
// deltas. The change counter
// starts at 1 (each migrated revision gets version 1).
func migrate2to3(tx *bolt.Tx) error {
	h, err := tx.CreateBucketIfNotExists(bucketHistory)
	if err != nil {
		return err
	}
	old := tx.Bucket(bucketRevisions)
	err = old.ForEachBucket(func(id []byte) error {
		current := currentPosting(tx, id)
		var newer []byte
		c := old.Bucket(id).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if len(k) != 8 || v == nil {
				return fmt.Errorf("draft %q: revision key %x is not a number", id, k)
			}
			var rec revisionRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("draft %q: revision %x: %w", id, k, err)
			}
			var val []byte
			switch {
			case newer == nil && current != nil && bytes.Equal(rec.Posting, current):
				val = revValue(revCurrent, rec.SavedAt, 1, nil)
			case newer == nil:
				val = storedRevision(rec.SavedAt, 1, rec.Posting)
			default:
				val = deltaRevision(rec.SavedAt, 1, rec.Posting, newer)
			}
			newer = rec.Posting
			if err := h.Put(historyKey(id, binary.BigEndian.Uint64(k)), val); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := tx.DeleteBucket(bucketRevisions); err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(keyChanges, binary.BigEndian.AppendUint64(nil, 1))
}
