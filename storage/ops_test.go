package storage

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

func TestDeleteTrashRestorePurge(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"aaa", "bbb", "ccc"} {
		mustSave(t, s, posting(id, "Job "+id, t0))
	}
	if err := s.Delete("aaa"); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete("ccc"); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete("aaa"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete: %v", err)
	}
	if list, _ := s.List(); len(list) != 1 || list[0].ID != "bbb" {
		t.Fatalf("List after delete = %+v", list)
	}
	if _, err := s.Get("aaa"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of trashed: %v", err)
	}
	trash, err := s.Trash()
	if err != nil {
		t.Fatal(err)
	}
	if len(trash) != 2 || trash[0].Summary.ID != "ccc" || trash[1].Summary.ID != "aaa" ||
		!trash[0].DeletedAt.After(trash[1].DeletedAt) || trash[1].Summary.Title != "Job aaa" {
		t.Fatalf("Trash = %+v, want ccc then aaa, newest deletion first", trash)
	}

	if err := s.Restore("aaa"); err != nil {
		t.Fatal(err)
	}
	if err := s.Restore("aaa"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Restore: %v", err)
	}
	if p, err := s.Get("aaa"); err != nil || p.Title != "Job aaa" {
		t.Fatalf("Get after restore = %+v, %v", p, err)
	}
	if list, _ := s.List(); len(list) != 2 {
		t.Fatalf("List after restore = %+v", list)
	}

	// Purge takes a trashed draft and its revisions away for good.
	if err := s.Purge("ccc"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Revisions("ccc"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Revisions after purge: %v", err)
	}
	if trash, _ := s.Trash(); len(trash) != 0 {
		t.Errorf("Trash after purge = %+v", trash)
	}
	if err := s.Purge("ccc"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Purge: %v", err)
	}
	// ... and a live one too.
	if err := s.Purge("bbb"); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 1 || list[0].ID != "aaa" {
		t.Fatalf("List after purging a live draft = %+v", list)
	}
}

func TestSaveTakesDraftOutOfTrash(t *testing.T) {
	s := openTemp(t)
	p := posting("abc", "Back", t0)
	mustSave(t, s, p)
	if err := s.Delete("abc"); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, p)
	if trash, _ := s.Trash(); len(trash) != 0 {
		t.Errorf("Trash = %+v", trash)
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Errorf("List = %+v", list)
	}
}

func TestRevisionsCappedNewestFirst(t *testing.T) {
	s := openTemp(t)
	p := posting("rev", "v", t0)
	for i := 1; i <= 60; i++ {
		p.Title = "v" + fmtInt(i)
		p.UpdatedAt = t0.Add(time.Duration(i) * time.Minute)
		mustSave(t, s, p)
		if i == 30 {
			mustSave(t, s, p) // unchanged: no new revision
		}
	}
	revs, err := s.Revisions("rev")
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != MaxRevisions {
		t.Fatalf("%d revisions, want %d", len(revs), MaxRevisions)
	}
	if revs[0].Posting.Title != "v60" || revs[49].Posting.Title != "v11" {
		t.Errorf("revisions run %s..%s, want v60..v11", revs[0].Posting.Title, revs[49].Posting.Title)
	}
	for i := 1; i < len(revs); i++ {
		if revs[i].Seq >= revs[i-1].Seq || revs[i].SavedAt.After(revs[i-1].SavedAt) {
			t.Fatalf("revision %d not older than %d: %+v %+v", i, i-1, revs[i].Seq, revs[i-1].Seq)
		}
	}
	if _, err := s.Revisions("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Revisions of missing draft: %v", err)
	}
	// Revisions outlive a trip to the trash.
	if err := s.Delete("rev"); err != nil {
		t.Fatal(err)
	}
	if revs, err := s.Revisions("rev"); err != nil || len(revs) != MaxRevisions {
		t.Errorf("Revisions of trashed draft: %d, %v", len(revs), err)
	}
}

func fmtInt(i int) string { return strconv.Itoa(i) }

func TestImportAssignsIDs(t *testing.T) {
	s := openTemp(t)
	mustSave(t, s, posting("taken", "Live", t0))
	mustSave(t, s, posting("trashed", "Gone", t0))
	if err := s.Delete("trashed"); err != nil {
		t.Fatal(err)
	}
	now := t0.Add(time.Hour)
	in := []model.Posting{
		posting("fresh", "Keeps its id", t0),
		posting("taken", "Collides with a draft", t0),
		posting("trashed", "Collides with the trash", t0),
		posting("fresh", "Collides within the batch", t0),
		{Title: "No id, no times"},
		posting("BAD ID", "Invalid id", t0),
	}
	out, err := s.Import(in, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("Import returned %d postings", len(out))
	}
	seen := map[string]bool{"taken": true, "trashed": true}
	for i, p := range out {
		if i == 0 && p.ID != "fresh" {
			t.Errorf("record 0 lost its free id: %s", p.ID)
		}
		if i > 0 && (seen[p.ID] || !model.ValidID(p.ID) || len(p.ID) != 16) {
			t.Errorf("record %d got id %q", i, p.ID)
		}
		seen[p.ID] = true
		got, err := s.Get(p.ID)
		if err != nil || got.Title != in[i].Title {
			t.Errorf("record %d stored as %+v, %v", i, got, err)
		}
	}
	if !out[4].CreatedAt.Equal(now) || !out[4].UpdatedAt.Equal(now) || out[4].SchemaVersion != model.SchemaVersion {
		t.Errorf("zero fields not filled: %+v", out[4])
	}
	if !out[0].UpdatedAt.Equal(t0) {
		t.Errorf("UpdatedAt overwritten: %v", out[0].UpdatedAt)
	}
	if p, _ := s.Get("taken"); p.Title != "Live" {
		t.Errorf("existing draft overwritten: %q", p.Title)
	}
	if list, _ := s.List(); len(list) != 7 {
		t.Errorf("List has %d drafts, want 7", len(list))
	}
	if revs, _ := s.Revisions(out[1].ID); len(revs) != 1 || !revs[0].SavedAt.Equal(now) {
		t.Errorf("imported draft revisions = %+v", revs)
	}
}

func TestImportAllOrNothing(t *testing.T) {
	s := openTemp(t)
	good := func(title string) model.Posting { return posting("", title, t0) }

	// Refused up front: an empty title, named by record and field.
	_, err := s.Import([]model.Posting{good("a"), good("b"), good("  "), good("d")}, t0)
	var ie *ImportError
	if !errors.As(err, &ie) || ie.Index != 2 || ie.Field != "title" {
		t.Fatalf("empty title: %v", err)
	}
	if !strings.Contains(err.Error(), "record 3: title") {
		t.Errorf("message %q does not name record 3 and title", err)
	}

	// Failing inside the transaction after two puts: rolled back.
	bad := good("c")
	bad.Salary.Min = math.NaN() // JSON cannot encode it
	_, err = s.Import([]model.Posting{good("a"), good("b"), bad, good("d")}, t0)
	if !errors.As(err, &ie) || ie.Index != 2 {
		t.Fatalf("unencodable record: %v", err)
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Fatalf("failed import left %d drafts", len(list))
	}
	err = s.view(func(tx *bolt.Tx) error {
		if n := tx.Bucket(bucketDrafts).Stats().KeyN + tx.Bucket(bucketHistory).Stats().KeyN; n != 0 {
			t.Errorf("failed import left %d drafts and revisions", n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestProfileRoundTrip(t *testing.T) {
	s := openTemp(t)
	if _, ok, err := s.Profile(); ok || err != nil {
		t.Fatalf("fresh Profile: ok=%v err=%v", ok, err)
	}
	want := model.CompanyProfile{
		Company:  model.Company{Name: "Acme", About: "We make things.", Website: "https://acme.example"},
		Benefits: []string{"Pension", "Bike"},
		EEO:      "Equal opportunity.",
		Location: model.Location{City: "Leeds", Country: "UK"},
		Currency: "GBP",
	}
	if err := s.SaveProfile(want); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Profile()
	if !ok || err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Profile = %+v, %v, %v", got, ok, err)
	}
}

func TestCompact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	if err := SeedForBench(path, 3000, t0); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProfile(model.CompanyProfile{Currency: "EUR"}); err != nil {
		t.Fatal(err)
	}
	list, _ := s.List()
	// Purge 2,900 drafts: one transaction, as 2,900 fsyncs would make a slow test.
	err = s.update(func(tx *bolt.Tx) error {
		for _, sum := range list[:2900] {
			if err := purge(tx, []byte(sum.ID)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	kept := list[2900:]
	revised := posting("revised", "r1", t0.Add(-time.Hour))
	for i := 1; i <= 3; i++ {
		revised.Title = "r" + strconv.Itoa(i)
		mustSave(t, s, revised)
	}
	kept = append(kept, revised.Summarize())
	sortSummaries(kept)
	// Compact needs the lock: it waits for a transaction under way (here
	// one that lasts) and gives up after a second.
	holder, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := Compact(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("Compact of a held db: %v", err)
	}
	holder.Close()
	s.Close()
	before := fileSizeOf(t, path)
	if err := Compact(path); err != nil {
		t.Fatal(err)
	}
	after := fileSizeOf(t, path)
	if after*4 > before {
		t.Errorf("Compact: %d -> %d bytes, want it at least 4x smaller", before, after)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("compacted file mode %v", fi.Mode().Perm())
	}
	if left, _ := filepath.Glob(path + ".compact*"); len(left) != 0 {
		t.Errorf("temp files left: %v", left)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, _ := s.List()
	if !reflect.DeepEqual(got, kept) {
		t.Fatalf("after compact List has %d drafts, want the %d kept", len(got), len(kept))
	}
	for _, sum := range kept {
		if _, err := s.Get(sum.ID); err != nil {
			t.Fatal(err)
		}
	}
	if p, ok, _ := s.Profile(); !ok || p.Currency != "EUR" {
		t.Errorf("profile lost: %+v %v", p, ok)
	}
	revised.Title = "r4"
	mustSave(t, s, revised) // buckets and sequences intact
	revs, err := s.Revisions("revised")
	if err != nil || len(revs) != 4 || revs[0].Seq != 4 || revs[0].Posting.Title != "r4" || revs[3].Posting.Title != "r1" {
		t.Fatalf("revisions after compact: %+v, %v", revs, err)
	}
}

func fileSizeOf(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// A jobpost that opens the file while Compact holds it waits on the old
// file's lock; once Compact renames the copy into place it must open the
// new file, or its saves would go to an unlinked one and be lost.
func TestOpenDuringCompactOpensTheNewFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	if err := SeedForBench(path, 50, t0); err != nil {
		t.Fatal(err)
	}
	waiting := make(chan struct{})
	opened := make(chan error, 1)
	beforeRename = func() {
		go func() {
			close(waiting)
			s, err := Open(path, Options{Timeout: 5 * time.Second})
			if err == nil {
				err = s.Save(posting("late", "Saved after compact", t0))
				if cerr := s.Close(); err == nil {
					err = cerr
				}
			}
			opened <- err
		}()
		<-waiting
		time.Sleep(100 * time.Millisecond) // let it block on the old file's lock
	}
	defer func() { beforeRename = func() {} }()
	if err := Compact(path); err != nil {
		t.Fatal(err)
	}
	if err := <-opened; err != nil {
		t.Fatalf("Open during Compact: %v", err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Get("late"); err != nil {
		t.Fatalf("the save made during Compact is lost: %v", err)
	}
	if list, _ := s.List(); len(list) != 51 {
		t.Errorf("List has %d drafts, want 51", len(list))
	}
}
