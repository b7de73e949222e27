package storage

import (
	"errors"
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
