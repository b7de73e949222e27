package uitest

import (
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/storage"
	"jobpost/ui/common"
)

// ReopenStore closes c's database and opens it again with opts, for a
// test that needs the store set up otherwise than NewCommon does.
func ReopenStore(t testing.TB, c *common.Common, opts storage.Options) {
	t.Helper()
	path := c.Store.Path()
	if err := c.Store.Close(); err != nil {
		t.Fatal(err)
	}
	store, err := storage.Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	c.Store = store
}

// PinStoreClock makes the store stamp saved versions and deletions with
// now, so that what a screen says of them ("deleted 2 hours ago") holds
// still in a golden file.
func PinStoreClock(t testing.TB, c *common.Common, now func() time.Time) {
	t.Helper()
	ReopenStore(t, c, storage.Options{Now: now})
}

// DamageDraft leaves draft id, called title, unreadable, as a disk fault
// or another program might: its record and its list entry no longer
// decode (the entry still shows the title, which storage reports).
func DamageDraft(t testing.TB, c *common.Common, id, title string) {
	t.Helper()
	path := c.Store.Path()
	if err := c.Store.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket([]byte("summaries")).Put([]byte(id), []byte(`{"id":"`+id+`","title":"`+title+`",`)); err != nil {
			return err
		}
		return tx.Bucket([]byte("drafts")).Put([]byte(id), []byte(`{"title":"`))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	ReopenStore(t, c, storage.Options{})
}

// Ticking is a clock that reads start plus step at its first call, and
// one step more at each call after: a store on it stamps every save and
// deletion at its own, known time, in order.
func Ticking(start time.Time, step time.Duration) func() time.Time {
	var mu sync.Mutex
	now := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(step)
		return now
	}
}
