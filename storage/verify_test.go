package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
)

func TestVerifyNamesDamagedRecords(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"gooddraft", "baddraft", "nosummary", "trashed"} {
		mustSave(t, s, posting(id, "Title of "+id, t0))
	}
	if err := s.Delete("trashed"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProfile(model.CompanyProfile{Currency: "EUR"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Verify(); err != nil {
		t.Fatalf("Verify of a sound file: %v", err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		tx.Bucket(bucketDrafts).Put([]byte("baddraft"), []byte(`{"title":"Title of baddraft",`))
		tx.Bucket(bucketSummaries).Delete([]byte("nosummary"))
		tx.Bucket(bucketSummaries).Put([]byte("orphan"), []byte(`{"id":"orphan","title":"Orphan"}`))
		tx.Bucket(bucketTrash).Put([]byte("trashed"), []byte(`[]`))
		tx.Bucket(bucketHistory).Put(historyKey([]byte("gooddraft"), 1), []byte("junk"))
		tx.Bucket(bucketHistory).Put(historyKey([]byte("orphanrev"), 1), revValue(revCurrent, t0, 1, nil))
		return tx.Bucket(bucketMeta).Put(keyProfile, []byte(`{`))
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Verify()
	var d *Damage
	if !errors.Is(err, ErrNotDatabase) || !errors.As(err, &d) {
		t.Fatalf("Verify = %v", err)
	}
	var got []string
	for _, b := range d.Records {
		got = append(got, b.Kind+" "+b.ID+" "+b.Title)
	}
	want := []string{"draft baddraft Title of baddraft", "draft nosummary Title of nosummary",
		"summary orphan Orphan", "trashed draft trashed ", "revisions gooddraft ", "revisions orphanrev ", "company profile  "}
	if len(got) != len(want) {
		t.Fatalf("records %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("record %d: %q, want %q", i, got[i], want[i])
		}
	}
	if len(d.Pages) != 0 {
		t.Errorf("page problems in a file with sound pages: %v", d.Pages)
	}
}

// A page the tree uses that the freelist also lists would be handed out,
// and overwritten, by the next write: Check refuses the file before any.
func TestCheckFindsAPageInUseListedAsFree(t *testing.T) {
	checkFindsDamagedFreelist(t, "in use and listed as free", func(root uint64, free []uint64) []uint64 {
		free[0] = root // the first free id becomes the root bucket's page
		return free
	})
}

// A page listed free twice would be handed out twice by one write: two
// pages of the tree at one place in the file, one overwriting the other.
// (The check before every write, checkFreelist, refuses it too.)
func TestCheckFindsAPageListedFreeTwice(t *testing.T) {
	checkFindsDamagedFreelist(t, "twice", func(root uint64, free []uint64) []uint64 {
		free[1] = free[0]
		return free
	})
}

// A page neither in use nor free is lost to the file for good, and most
// often the sign of a tree cut short: bbolt's check refuses it, and so
// does Check.
func TestCheckFindsAPageNeitherInUseNorFree(t *testing.T) {
	checkFindsDamagedFreelist(t, "neither in use nor free", func(root uint64, free []uint64) []uint64 {
		return free[1:]
	})
}

// checkFindsDamagedFreelist saves drafts until the freelist lists a few
// pages, replaces its list with what damage returns (given the root
// bucket's page and the ids listed) and wants Check to say want.
func checkFindsDamagedFreelist(t *testing.T, want string, damage func(root uint64, free []uint64) []uint64) {
	t.Helper()
	s := openTemp(t)
	for i := range 30 {
		p := posting("", "Posting", t0)
		mustSave(t, s, p)
		if i%2 == 0 {
			mustSave(t, s, p) // the older pages go free
		}
	}
	path := s.Path()
	if err := s.Check(); err != nil {
		t.Fatalf("a sound file: %v", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	meta, pageSize, ok := newestMeta(f)
	if !ok {
		t.Fatal("no meta page")
	}
	le := binary.LittleEndian
	root, freelist := le.Uint64(meta[16:24]), le.Uint64(meta[32:40])
	page := make([]byte, pageSize)
	if _, err := f.ReadAt(page, int64(freelist)*int64(pageSize)); err != nil {
		t.Fatal(err)
	}
	count := int(le.Uint16(page[10:12]))
	if count < 2 || count == 0xFFFF {
		t.Fatalf("the freelist lists %d pages; the test needs a few", count)
	}
	var free []uint64
	for i := range count {
		free = append(free, le.Uint64(page[pageHeaderSize+8*i:]))
	}
	free = damage(root, free)
	le.PutUint16(page[10:12], uint16(len(free)))
	for i, id := range free {
		le.PutUint64(page[pageHeaderSize+8*i:], id)
	}
	if _, err := f.WriteAt(page, int64(freelist)*int64(pageSize)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	// Open walks only the top of the tree, but reads the whole freelist.
	r, err := Open(path, Options{ReadOnly: true})
	if err == nil {
		defer r.Close()
		err = r.Check()
	}
	if !errors.Is(err, ErrNotDatabase) || !strings.Contains(err.Error(), want) {
		t.Fatalf("Open then Check = %v, want %q", err, want)
	}
}

// A file cut short after the Store opened it (a full disk while another
// program copied it over, say) is damage to Check: a write would grow the
// file again with zeros where its pages were.
func TestCheckFindsAFileCutShort(t *testing.T) {
	path := seeded(t, 300)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	if err := s.Check(); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("Check = %v", err)
	}
}

// Garbage over one meta page leaves bbolt reading the other (the change
// saved last may be the one lost with it); bbolt's check refused such a
// file before a write, and so must Check, or the write overwrites what a
// repair could still find.
func TestCheckFindsAGarbledMetaPage(t *testing.T) {
	for _, meta := range []int64{0, 1} {
		path := seeded(t, 30)
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		// Page 0's header only, so that the page size after it still reads.
		garbage := bytes.Repeat([]byte{0x5a}, pageHeaderSize)
		if meta == 1 {
			garbage = bytes.Repeat([]byte{0x5a}, pageSize)
		}
		if _, err := f.WriteAt(garbage, meta*pageSize); err != nil {
			t.Fatal(err)
		}
		f.Close()
		if err := s.Check(); !errors.Is(err, ErrNotDatabase) || !strings.Contains(err.Error(), "meta page") {
			t.Errorf("meta page %d garbled: Check = %v", meta, err)
		}
		s.Close()
	}
}
