package storage

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// currentSchema is the layout of the file this build writes.
//
//	1: meta{schema_version}, drafts{id -> Posting JSON}
//	2: adds summaries{id -> Summary JSON}, revisions{id -> {seq -> revision}},
//	   trash{id -> trashed draft}; meta may hold the company profile
//	3: revisions{id -> {seq -> …}} becomes history{id "/" seq -> revision}
//	   (one bucket: no page per draft; see revisions.go), and meta holds a
//	   change counter
const currentSchema = 3

var (
	bucketMeta      = []byte("meta")
	bucketDrafts    = []byte("drafts")
	bucketSummaries = []byte("summaries")
	bucketRevisions = []byte("revisions") // schema 2
	bucketHistory   = []byte("history")
	bucketTrash     = []byte("trash")
	// bucketImporting is the journal of an import under way (import.go).
	bucketImporting = []byte("importing")

	keySchema  = []byte("schema_version")
	keyProfile = []byte("profile")
	keyChanges = []byte("changes")
)

// schemaBuckets are the top-level buckets a file of each version must have.
var schemaBuckets = map[int][][]byte{
	1: {bucketMeta, bucketDrafts},
	2: {bucketMeta, bucketDrafts, bucketSummaries, bucketRevisions, bucketTrash},
	3: {bucketMeta, bucketDrafts, bucketSummaries, bucketHistory, bucketTrash},
}

// migrations[v] turns a version v file into a version v+1 file. They all
// run in one transaction, so a failed migration leaves the file as it was.
var migrations = map[int]func(tx *bolt.Tx) error{
	1: migrate1to2,
	2: migrate2to3,
}

// migrate1to2 adds the summary index, revisions and trash, and indexes
// every existing draft.
func migrate1to2(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketSummaries, bucketRevisions, bucketTrash} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	summaries := tx.Bucket(bucketSummaries)
	return tx.Bucket(bucketDrafts).ForEach(func(k, v []byte) error {
		p, err := decodePosting(v)
		if err != nil {
			return fmt.Errorf("draft %q: %w", k, err)
		}
		sum, err := json.Marshal(p.Summarize())
		if err != nil {
			return err
		}
		return summaries.Put(k, sum)
	})
}

// readSchema returns the file's schema version, or ErrNotDatabase if the
// file lacks jobpost's metadata or the buckets its version promises.
func readSchema(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, fmt.Errorf("%w: no jobpost metadata", ErrNotDatabase)
	}
	raw := meta.Get(keySchema)
	version, err := strconv.Atoi(string(raw))
	if err != nil || version < 1 {
		return 0, fmt.Errorf("%w: bad schema version %q", ErrNotDatabase, raw)
	}
	for _, name := range schemaBuckets[version] {
		if tx.Bucket(name) == nil {
			return 0, fmt.Errorf("%w: schema %d file lacks bucket %q", ErrNotDatabase, version, name)
		}
	}
	return version, nil
}

// prepare brings an open read-write file to the current schema: an older
// one is backed up and migrated. (A new file is initialised before it gets
// its name: see create.) A migration reads every draft, so the whole tree
// is checked first; a damaged page it meets anyway is ErrNotDatabase, as
// in any transaction (see Store.view).
func prepare(db *bolt.DB) (err error) {
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var version int
	err = db.View(func(tx *bolt.Tx) error {
		var err error
		version, err = readSchema(tx)
		return err
	})
	if err != nil {
		return err
	}
	switch {
	case version == currentSchema:
		return nil
	case version > currentSchema:
		return fmt.Errorf("%w (schema %d, this jobpost knows up to %d)", ErrNewerSchema, version, currentSchema)
	}
	if err := checkLayout(db.Path(), fullWalk); err != nil {
		return err
	}
	if err := backup(db, fmt.Sprintf("%s.v%d.bak", db.Path(), version)); err != nil {
		return fmt.Errorf("back up before migrating: %w", err)
	}
	return db.Update(func(tx *bolt.Tx) error {
		for v := version; v < currentSchema; v++ {
			migrate, ok := migrations[v]
			if !ok {
				return fmt.Errorf("no migration from schema %d", v)
			}
			if err := migrate(tx); err != nil {
				return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(currentSchema)))
	})
}

func initialise(tx *bolt.Tx) error {
	for _, name := range schemaBuckets[currentSchema] {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(currentSchema)))
}

// backup writes a consistent copy of db to dst (via a temporary file, so a
// half-written backup never carries the final name). The caller holds the
// file lock, so nobody changes the file meanwhile.
func backup(db *bolt.DB, dst string) error {
	f, err := os.CreateTemp(filepath.Dir(dst), filepath.Base(dst)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op once renamed
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if err := db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	}); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		return err
	}
	return syncDir(filepath.Dir(dst))
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
