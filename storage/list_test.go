package storage

import (
	"errors"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// One malformed summary must not hide every draft: a summary whose draft
// is sound is rebuilt from it; a draft that cannot be read at all is named
// and the others are listed.
func TestListKeepsGoingPastBadRecords(t *testing.T) {
	s := openTemp(t)
	for _, id := range []string{"goodaaaa", "fixablebb", "brokencc", "goodddddd"} {
		mustSave(t, s, posting(id, "Title of "+id, t0))
	}
	err := s.update(func(tx *bolt.Tx) error {
		sums, drafts := tx.Bucket(bucketSummaries), tx.Bucket(bucketDrafts)
		if err := sums.Put([]byte("fixablebb"), []byte(`{"id":"fixablebb",`)); err != nil {
			return err
		}
		if err := sums.Put([]byte("brokencc"), []byte(`{"id":"brokencc","title":"Title of brokencc","updated_at":1}`)); err != nil {
			return err
		}
		return drafts.Put([]byte("brokencc"), []byte(`{"title":`))
	})
	if err != nil {
		t.Fatal(err)
	}

	list, bad, err := s.ListAll()
	if err != nil {
		t.Fatal(err)
	}
	if ids := summaryIDs(list); ids != "fixablebb,goodaaaa,goodddddd" {
		t.Errorf("ListAll listed %v", ids)
	}
	if len(bad) != 1 || bad[0].ID != "brokencc" || bad[0].Title != "Title of brokencc" || bad[0].Err == nil {
		t.Fatalf("bad records %+v", bad)
	}
	if list[0].Title != "Title of fixablebb" {
		t.Errorf("rebuilt summary %+v", list[0])
	}

	// List, for callers that know only it: the good ones and an error
	// that names the bad one.
	list, err = s.List()
	var be *BadRecordsError
	if len(list) != 3 || !errors.Is(err, ErrBadRecords) || !errors.As(err, &be) || len(be.Records) != 1 {
		t.Fatalf("List = %d drafts, %v", len(list), err)
	}
	if want := "1 draft could not be read: Title of brokencc (brokencc)"; !strings.HasSuffix(err.Error(), want) {
		t.Errorf("List error %q, want it to end %q", err, want)
	}
}

// TestListKeepsEveryBoard: the summary carries every board a draft went
// live on; an old summary's single board still lists; a posted summary
// naming no board is rebuilt from its draft.
func TestListKeepsEveryBoard(t *testing.T) {
	s := openTemp(t)
	p := posting("everyboard", "Everywhere", t0)
	p.MarkPosted("LinkedIn", "https://linkedin.example/1", t0)
	p.MarkPosted("Greenhouse", "", t0.Add(24*time.Hour))
	mustSave(t, s, p)
	old := posting("oldsummary", "Old", t0)
	old.MarkPosted("LinkedIn", "", t0)
	mustSave(t, s, old)
	bare := posting("bareposted", "Bare", t0)
	bare.MarkPosted("Indeed", "", t0)
	mustSave(t, s, bare)
	err := s.update(func(tx *bolt.Tx) error {
		sums := tx.Bucket(bucketSummaries)
		if err := sums.Put([]byte("oldsummary"), []byte(`{"id":"oldsummary","title":"Old","status":"posted","updated_at":"2026-01-01T00:00:00Z","posted_board":"LinkedIn","posted_on":"2026-01-01T00:00:00Z"}`)); err != nil {
			return err
		}
		return sums.Put([]byte("bareposted"), []byte(`{"id":"bareposted","title":"Bare","status":"posted","updated_at":"2026-01-01T00:00:00Z"}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	boards := map[string]string{}
	for _, sum := range list {
		var names []string
		for _, pl := range sum.Posted {
			names = append(names, pl.Board)
			if pl.URL != "" {
				t.Errorf("the summary of %s carries a URL", sum.ID)
			}
		}
		boards[sum.ID] = strings.Join(names, ",")
	}
	if boards["everyboard"] != "LinkedIn,Greenhouse" || boards["oldsummary"] != "LinkedIn" || boards["bareposted"] != "Indeed" {
		t.Errorf("boards %v", boards)
	}
}

// TestOldDraftWithOneBoardReads: a draft stored before jobpost kept every
// board holds one "posted" object; it reads as a list of one, and a
// second board is added beside it.
func TestOldDraftWithOneBoardReads(t *testing.T) {
	s := openTemp(t)
	p := posting("olddraftxy", "Old", t0)
	mustSave(t, s, p)
	err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).Put([]byte(p.ID), []byte(`{"schema_version":1,"id":"olddraftxy","title":"Old","status":"posted",`+
			`"posted":{"board":"LinkedIn","on":"2026-11-23T09:00:00Z"},"created_at":"2026-11-23T09:00:00Z","updated_at":"2026-11-23T09:00:00Z"}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(p.ID)
	if err != nil || len(got.Posted) != 1 || got.Posted[0].Board != "LinkedIn" || !got.Posted[0].On.Equal(t0) {
		t.Fatalf("Get = %+v, %v", got.Posted, err)
	}
	got.MarkPosted("Greenhouse", "", t0.Add(time.Hour))
	mustSave(t, s, got)
	list, err := s.List()
	if err != nil || len(list) != 1 || len(list[0].Posted) != 2 {
		t.Fatalf("List = %+v, %v", list, err)
	}
	if err := s.Verify(); err != nil {
		t.Fatalf("Verify: %v", err)
	}
}
