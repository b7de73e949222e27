package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

// TestMigrateFromV2 migrates testdata/v2.db (made by gen_v2.go with the
// schema-2 code): every revision is kept, with its number, time and
// content, the trashed draft's too; the old file is backed up.
func TestMigrateFromV2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	copyFile(t, "testdata/v2.db", path)
	before := hashFile(t, path)
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrNeedsMigration) {
		t.Fatalf("read-only Open of v2: %v", err)
	}
	if hashFile(t, path) != before {
		t.Fatal("read-only Open changed a v2 file")
	}
	// What the schema-2 file holds, read the schema-2 way.
	type rev struct {
		seq   uint64
		at    time.Time
		title string
		body  string
	}
	old := map[string][]rev{}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		revs := tx.Bucket(bucketRevisions)
		return revs.ForEachBucket(func(id []byte) error {
			return revs.Bucket(id).ForEach(func(k, v []byte) error {
				var rec revisionRecord
				if err := json.Unmarshal(v, &rec); err != nil {
					t.Fatal(err)
				}
				p, _ := decodePosting(rec.Posting)
				old[string(id)] = append(old[string(id)], rev{seqOf(k), rec.SavedAt, p.Title, p.Summary})
				return nil
			})
		})
	})
	db.Close()
	if len(old) != 3 || len(old["v2cccccccccccccc"]) != MaxRevisions || len(old["v2aaaaaaaaaaaaaa"]) != 4 {
		t.Fatalf("fixture: %d drafts with revisions", len(old))
	}

	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range old {
		revs, err := s.Revisions(id)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		var got []rev
		for _, r := range slices.Backward(revs) {
			got = append(got, rev{r.Seq, r.SavedAt, r.Posting.Title, r.Posting.Summary})
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d revisions, want %d", id, len(got), len(want))
		}
		for i := range want {
			if got[i].seq != want[i].seq || !got[i].at.Equal(want[i].at) || got[i].title != want[i].title || got[i].body != want[i].body {
				t.Errorf("%s revision %d: %+v, want %+v", id, i, got[i], want[i])
			}
		}
	}
	if trash, err := s.Trash(); err != nil || len(trash) != 1 || trash[0].Summary.ID != "v2bbbbbbbbbbbbbb" {
		t.Errorf("trash = %+v, %v", trash, err)
	}
	if p, ok, err := s.Profile(); err != nil || !ok || p.Company.Name != "Acme Widgets" {
		t.Errorf("profile = %+v %v %v", p, ok, err)
	}
	// A save after the migration goes on from the old numbers.
	p, err := s.Get("v2aaaaaaaaaaaaaa")
	if err != nil {
		t.Fatal(err)
	}
	p.Summary = "After the migration."
	mustSave(t, s, p)
	revs, _ := s.Revisions("v2aaaaaaaaaaaaaa")
	if len(revs) != 5 || revs[0].Seq != 5 || revs[0].Posting.Summary != "After the migration." || revs[1].Posting.Summary != old["v2aaaaaaaaaaaaaa"][3].body {
		t.Errorf("after a save: %d revisions, newest %d", len(revs), revs[0].Seq)
	}
	if err := s.Verify(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".v2.bak"); err != nil {
		t.Errorf("no backup: %v", err)
	}
	bak, err := bolt.Open(path+".v2.bak", 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	bak.View(func(tx *bolt.Tx) error {
		if v, _ := readSchema(tx); v != 2 || tx.Bucket(bucketRevisions).Stats().BucketN != 4 {
			t.Errorf("backup: schema %d", v)
		}
		return nil
	})
	bak.Close()
	db, err = bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		if v, _ := readSchema(tx); v != 3 || tx.Bucket(bucketRevisions) != nil {
			t.Errorf("migrated: schema %d, old bucket kept: %v", v, tx.Bucket(bucketRevisions) != nil)
		}
		return nil
	})
	db.Close()
}

// TestRevisionsStoredOnceAndCompressed: the newest revision is the draft
// itself; older ones are stored compressed (when that saves), read back
// the same, through the trash too.
func TestRevisionsStoredOnceAndCompressed(t *testing.T) {
	s := openTemp(t)
	p := posting("abc", "v1", t0)
	p.Summary = strings.Repeat("Build and run services that customers rely on. ", 20)
	mustSave(t, s, p)
	p.Title = "v2"
	mustSave(t, s, p)
	p.Title = "v3"
	mustSave(t, s, p)
	kinds := ""
	s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketHistory).ForEach(func(k, v []byte) error {
			kinds += string(v[0])
			return nil
		})
	})
	if kinds != "ddc" {
		t.Errorf("revision kinds %q, want ddc (two deltas, then the draft itself)", kinds)
	}
	if err := s.Delete("abc"); err != nil {
		t.Fatal(err)
	}
	revs, err := s.Revisions("abc")
	if err != nil || len(revs) != 3 {
		t.Fatalf("revisions = %d, %v", len(revs), err)
	}
	for i, want := range []string{"v3", "v2", "v1"} {
		if revs[i].Posting.Title != want || revs[i].Posting.Summary != p.Summary || revs[i].Seq != uint64(3-i) {
			t.Errorf("revision %d: %q seq %d", i, revs[i].Posting.Title, revs[i].Seq)
		}
	}
	// A save of the trashed draft brings it back with a fourth revision.
	p.Title = "v4"
	mustSave(t, s, p)
	if revs, _ := s.Revisions("abc"); len(revs) != 4 || revs[1].Posting.Title != "v3" {
		t.Errorf("after saving the trashed draft: %d revisions", len(revs))
	}
}

func TestImportKeepsForeignIDsMapsClashesSkipsIdentical(t *testing.T) {
	s := openTemp(t)
	mustSave(t, s, posting("REQ-2", "Someone else's", t0))
	in := []model.Posting{
		posting("REQ-1", "Kept", t0),
		posting("REQ-2", "Clashes with a stored draft", t0),
		posting("fx_000042", "Kept too", t0),
		posting("REQ-1", "Clashes with record 1", t0),
		posting("", "Gets an id", t0),
	}
	var progress []int
	var stored []model.Posting
	res, err := s.ImportFrom(sliceSource(in), ImportOptions{Now: t0,
		Progress: func(n int) { progress = append(progress, n) },
		Stored:   func(p model.Posting) { stored = append(stored, p) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Imported != 5 || res.Already != 0 || len(stored) != 5 {
		t.Fatalf("result %+v, %d stored", res, len(stored))
	}
	if stored[0].ID != "REQ-1" || stored[2].ID != "fx_000042" || !model.ValidID(stored[4].ID) {
		t.Errorf("ids: %s %s %s", stored[0].ID, stored[2].ID, stored[4].ID)
	}
	if len(res.NewIDs) != 2 || res.NewIDs[0] != (IDChange{Record: 2, From: "REQ-2", To: stored[1].ID, Taken: true}) ||
		res.NewIDs[1] != (IDChange{Record: 4, From: "REQ-1", To: stored[3].ID, Taken: true}) {
		t.Errorf("new ids: %+v", res.NewIDs)
	}
	if fmt.Sprint(progress) != "[5]" {
		t.Errorf("progress %v", progress)
	}

	// The same file again: all but the clashing ones are already there;
	// those clash again and get new ids (they were stored under others).
	again, err := s.ImportFrom(sliceSource(in), ImportOptions{Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	if again.Already != 3 || again.Imported != 2 {
		t.Errorf("re-import: %+v", again)
	}
	// Identical except for missing times: still the same posting.
	p := in[2]
	p.CreatedAt, p.UpdatedAt = time.Time{}, time.Time{}
	stored[2].Skills.Preferred = nil
	third, err := s.ImportFrom(sliceSource([]model.Posting{p}), ImportOptions{Now: t0.Add(time.Hour)})
	if err != nil || third.Already != 1 || third.Imported != 0 {
		t.Errorf("import without times: %+v, %v", third, err)
	}
	if list, _ := s.List(); len(list) != 8 {
		t.Errorf("%d drafts, want 8", len(list))
	}
	if revs, err := s.Revisions("REQ-1"); err != nil || len(revs) != 1 || !revs[0].SavedAt.Equal(t0) {
		t.Errorf("an imported draft's revisions: %+v %v", revs, err)
	}
}

func sliceSource(ps []model.Posting) func() (model.Posting, error) {
	i := 0
	return func() (model.Posting, error) {
		if i == len(ps) {
			return model.Posting{}, io.EOF
		}
		i++
		return ps[i-1], nil
	}
}

// TestImportFailsWholeAcrossBatches: an error after several batches have
// been written undoes them all; so does the next open after a process that
// died half-way (its journal left in the file).
func TestImportFailsWholeAcrossBatches(t *testing.T) {
	defer func(n int) { importBatch = n }(importBatch)
	importBatch = 1000
	s := openTemp(t)
	mustSave(t, s, posting("keep", "Kept", t0))
	n := 0
	boom := errors.New("record 3501 is bad")
	_, err := s.ImportFrom(func() (model.Posting, error) {
		n++
		if n > 3500 {
			return model.Posting{}, boom
		}
		return posting("", fmt.Sprintf("Posting %d", n), t0), nil
	}, ImportOptions{})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Fatalf("failed import left %d drafts", len(list))
	}
	countKeys := func() (n int) {
		s.view(func(tx *bolt.Tx) error {
			n = tx.Bucket(bucketDrafts).Stats().KeyN + tx.Bucket(bucketHistory).Stats().KeyN + tx.Bucket(bucketSummaries).Stats().KeyN
			return nil
		})
		return n
	}
	if k := countKeys(); k != 3 {
		t.Errorf("%d keys left, want 3", k)
	}

	// A process that died after two batches: its journal is in the file.
	db, err := bolt.Open(s.Path(), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := &ImportResult{}
	for b := range 2 {
		batch := make([]model.Posting, importBatch)
		for i := range batch {
			batch[i] = posting("", fmt.Sprintf("Dead %d-%d", b, i), t0)
		}
		if err := db.Update(func(tx *bolt.Tx) error {
			_, err := importBatchTx(tx, batch, 1+b*importBatch, t0, "", res)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	r, err := Open(s.Path(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if list, err := r.List(); err != nil || len(list) != 1 {
		t.Fatalf("after a dead import: %d drafts, %v", len(list), err)
	}
	if k := countKeys(); k != 3 {
		t.Errorf("%d keys left after undoing a dead import, want 3", k)
	}
	if err := s.Verify(); err != nil {
		t.Fatal(err)
	}
}

// TestSaveRefusesToOverwriteAnotherWriter: two Stores on one file, as the
// editor and a command in another terminal.
func TestSaveRefusesToOverwriteAnotherWriter(t *testing.T) {
	editor := openTemp(t)
	shell, err := Open(editor.Path(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, editor, posting("abc", "Mine", t0))
	mine, _ := editor.Get("abc")

	// The shell changes it; the editor's next save is refused.
	theirs, _ := shell.Get("abc")
	theirs.Title = "Theirs"
	mustSave(t, shell, theirs)
	mine.Summary = "typed in the editor"
	err = editor.Save(mine)
	var ce *ConflictError
	if !errors.As(err, &ce) || !errors.Is(err, ErrConflict) || ce.Theirs.Title != "Theirs" || ce.Trashed || ce.Purged {
		t.Fatalf("save over another's change: %v (%+v)", err, ce)
	}
	if p, _ := shell.Get("abc"); p.Title != "Theirs" || p.Summary != "" {
		t.Fatalf("the refused save wrote: %+v", p)
	}
	// Keep mine: Overwrite, and theirs stays among the revisions.
	if err := editor.Overwrite(mine); err != nil {
		t.Fatal(err)
	}
	revs, _ := editor.Revisions("abc")
	if len(revs) != 3 || revs[0].Posting.Summary != "typed in the editor" || revs[1].Posting.Title != "Theirs" {
		t.Errorf("revisions after overwrite: %d", len(revs))
	}
	// From then on the editor saves freely, and the shell is the one
	// refused (it read an older state).
	mine.Summary = "more"
	mustSave(t, editor, mine)
	theirs.Title = "Theirs again"
	if err := shell.Save(theirs); !errors.Is(err, ErrConflict) {
		t.Errorf("stale save from the shell: %v", err)
	}

	// Moved to the trash elsewhere: refused, and says so.
	if err := shell.Delete("abc"); err != nil {
		t.Fatal(err)
	}
	mine.Summary = "after the delete"
	if err := editor.Save(mine); !errors.As(err, &ce) || !ce.Trashed {
		t.Errorf("save of a draft trashed elsewhere: %v", err)
	}
	// Its own delete and restore are no conflict.
	if err := shell.Restore("abc"); err != nil {
		t.Fatal(err)
	}
	mine, _ = editor.Get("abc")
	if err := editor.Delete("abc"); err != nil {
		t.Fatal(err)
	}
	mine.Summary = "saved from the trash"
	mustSave(t, editor, mine)
	// Purged elsewhere.
	if err := shell.Purge("abc"); err != nil {
		t.Fatal(err)
	}
	if err := editor.Save(mine); !errors.As(err, &ce) || !ce.Purged {
		t.Errorf("save of a draft purged elsewhere: %v", err)
	}
	// An identical save (an autosave with nothing new) is no change.
	mustSave(t, shell, posting("same", "Same", t0))
	same, _ := editor.Get("same")
	mustSave(t, shell, posting("same", "Same", t0))
	mustSave(t, editor, same)
}

func TestChangedSeesOtherWritersOnly(t *testing.T) {
	editor := openTemp(t)
	shell, err := Open(editor.Path(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	c0, err := editor.ChangeCounter()
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, editor, posting("abc", "Mine", t0))
	c1, changed, err := editor.Changed(c0)
	if err != nil || changed || c1 <= c0 {
		t.Errorf("after its own save: %d %v %v", c1, changed, err)
	}
	if _, changed, _ := editor.Changed(c1); changed {
		t.Error("no change, yet changed")
	}
	mustSave(t, shell, posting("def", "Theirs", t0))
	c2, changed, err := editor.Changed(c1)
	if err != nil || !changed || c2 != c1+1 {
		t.Errorf("after another's save: %d %v %v", c2, changed, err)
	}
	if _, err := shell.Import([]model.Posting{posting("", "Imported", t0)}, t0); err != nil {
		t.Fatal(err)
	}
	if _, changed, _ := editor.Changed(c2); !changed {
		t.Error("an import elsewhere not seen")
	}
	// While another process holds the file, Changed answers at once.
	c3, _, _ := editor.Changed(c2)
	holder, err := bolt.Open(editor.Path(), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	holder.Update(func(tx *bolt.Tx) error { _, err := bumpCounter(tx); return err })
	start := time.Now()
	if now, changed, err := editor.Changed(c3); err != nil || changed || now != c3 || time.Since(start) > time.Second {
		t.Errorf("while held: %d %v %v after %v", now, changed, err, time.Since(start))
	}
	holder.Close()
	if _, changed, _ := editor.Changed(c3); !changed {
		t.Error("change made while held not seen after")
	}
}

// TestImportReadsBeforeItLocks: an import of one batch holds the file only
// to write, not while its input trickles in (a pipe, a download).
func TestImportReadsBeforeItLocks(t *testing.T) {
	s := openTemp(t)
	other, err := Open(s.Path(), Options{Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	_, err = s.ImportFrom(func() (model.Posting, error) {
		n++
		if n > 3 {
			return model.Posting{}, io.EOF
		}
		// Meanwhile another jobpost writes.
		if err := other.Save(posting(fmt.Sprintf("other%d", n), "Saved meanwhile", t0)); err != nil {
			return model.Posting{}, err
		}
		return posting("", fmt.Sprintf("Imported %d", n), t0), nil
	}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 6 {
		t.Errorf("%d drafts, want 6", len(list))
	}
}
