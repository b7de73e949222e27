package storage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"jobpost/model"
)

// Two people's sessions on one library: each save names its writer, the
// creator stays the first one, and versions say who saved them.
func TestHandlesStampWhoWrote(t *testing.T) {
	lib := openTemp(t)
	ana, bob := lib.As("ana"), lib.As("bob")
	p := posting("a1", "Backend Engineer", t0)
	mustSave(t, ana, p)
	got, err := bob.Get("a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.CreatedBy != "ana" || got.UpdatedBy != "ana" {
		t.Fatalf("after ana's save: created by %q, changed by %q", got.CreatedBy, got.UpdatedBy)
	}
	got.Title = "Senior Backend Engineer"
	mustSave(t, bob, got)
	list, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].CreatedBy != "ana" || list[0].UpdatedBy != "bob" {
		t.Fatalf("summary: %+v", list)
	}
	revs, err := lib.Revisions("a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 2 || revs[0].SavedBy != "bob" || revs[1].SavedBy != "ana" {
		t.Fatalf("versions by: %q", []string{revs[0].SavedBy, revs[1].SavedBy})
	}
	// A library of one names nobody.
	mustSave(t, lib, posting("b2", "Designer", t0))
	if got, _ := lib.Get("b2"); got.CreatedBy != "" || got.UpdatedBy != "" {
		t.Fatalf("single user stamped %q/%q", got.CreatedBy, got.UpdatedBy)
	}
}

// A session's save over another session's newer one is a conflict, as
// between two processes, and each sees the other's writes as changes.
func TestHandlesSeeEachOthersChanges(t *testing.T) {
	lib := openTemp(t)
	ana, bob := lib.As("ana"), lib.As("bob")
	mustSave(t, ana, posting("a1", "One", t0))
	since, err := bob.ChangeCounter()
	if err != nil {
		t.Fatal(err)
	}
	p, _ := bob.Get("a1")
	p2, _ := ana.Get("a1")
	p2.Title = "Two"
	mustSave(t, ana, p2)
	if _, changed, err := bob.Changed(since); err != nil || !changed {
		t.Fatalf("bob did not see ana's save: changed %v, %v", changed, err)
	}
	p.Title = "Three"
	if err := bob.Save(p); !errors.Is(err, ErrConflict) {
		t.Fatalf("bob saved over ana's newer save: %v", err)
	}
}

func TestHoldMakesOthersReadOnly(t *testing.T) {
	lib := openTemp(t)
	ana, bob, ana2 := lib.As("ana"), lib.As("bob"), lib.As("ana")
	mustSave(t, ana, posting("a1", "One", t0))
	if err := ana.Hold("a1"); err != nil {
		t.Fatal(err)
	}
	if err := ana.Hold("a1"); err != nil {
		t.Fatalf("holding twice: %v", err)
	}
	var held *HeldError
	if err := bob.Hold("a1"); !errors.As(err, &held) || held.By != "ana" || held.SameUser {
		t.Fatalf("bob's hold: %v", err)
	}
	if err := ana2.Hold("a1"); !errors.As(err, &held) || !held.SameUser {
		t.Fatalf("ana's second session: %v", err)
	}
	if by, ok := bob.HeldBy("a1"); !ok || by != "ana" {
		t.Fatalf("HeldBy = %q, %v", by, ok)
	}
	if _, ok := ana.HeldBy("a1"); ok {
		t.Fatal("ana's own hold counts as someone else's")
	}
	if h := bob.Held(); h["a1"] != "ana" || len(h) != 1 {
		t.Fatalf("Held = %v", h)
	}
	// Every write through another handle is refused, and nothing changes.
	p, _ := bob.Get("a1")
	p.Title = "Bob's"
	for name, write := range map[string]func() error{
		"save":      func() error { return bob.Save(p) },
		"overwrite": func() error { return bob.Overwrite(p) },
		"delete":    func() error { return bob.Delete("a1") },
		"purge":     func() error { return bob.Purge("a1") },
	} {
		if err := write(); !errors.Is(err, ErrHeld) {
			t.Errorf("%s through bob: %v, want ErrHeld", name, err)
		}
	}
	if got, _ := lib.Get("a1"); got.Title != "One" {
		t.Fatalf("a refused write changed the draft: %q", got.Title)
	}
	// The holder writes; when it leaves, the others may.
	p2, _ := ana.Get("a1")
	p2.Title = "Ana's"
	mustSave(t, ana, p2)
	ana.Close()
	if _, ok := bob.HeldBy("a1"); ok {
		t.Fatal("closing ana's handle kept the hold")
	}
	if err := bob.Hold("a1"); err != nil {
		t.Fatal(err)
	}
	bob.Release("a1")
	if len(lib.Held()) != 0 {
		t.Fatalf("after release: %v", lib.Held())
	}
	// Closing a handle leaves the library open.
	if _, err := lib.List(); err != nil {
		t.Fatalf("library after a handle closed: %v", err)
	}
}

// Many sessions writing their own drafts at once all land.
func TestHandlesWriteConcurrently(t *testing.T) {
	lib := openTemp(t)
	var wg sync.WaitGroup
	users := []string{"ana", "bob", "cem", "dia", "eli"}
	for i, u := range users {
		wg.Go(func() {
			h := lib.As(u)
			defer h.Close()
			p := posting(string(rune('a'+i))+"1", u, t0)
			for n := range 20 {
				p.Title = u + string(rune('A'+n))
				if err := h.Save(p); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	for i, u := range users {
		p, err := lib.Get(string(rune('a'+i)) + "1")
		if err != nil || p.Title != u+"T" || p.UpdatedBy != u {
			t.Fatalf("%s's draft: %q by %q, %v", u, p.Title, p.UpdatedBy, err)
		}
	}
}

// A backup taken while others write opens as a jobpost database with the
// drafts it had.
func TestBackupWhileWriting(t *testing.T) {
	lib := openTemp(t)
	for i := range 50 {
		mustSave(t, lib, posting("", "Posting "+string(rune('A'+i%26)), t0))
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		w := lib.As("ana")
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := w.Save(posting("", "More", t0)); err != nil {
				t.Error(err)
				return
			}
		}
	})
	var buf bytes.Buffer
	n, err := lib.Backup(&buf)
	close(stop)
	wg.Wait()
	if err != nil || n != int64(buf.Len()) || n == 0 {
		t.Fatalf("Backup = %d, %v (buffer %d)", n, err, buf.Len())
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(copyPath, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Open(copyPath, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the backup does not open: %v", err)
	}
	defer c.Close()
	if err := c.Verify(); err != nil {
		t.Fatalf("the backup is not consistent: %v", err)
	}
	list, err := c.List()
	if err != nil || len(list) < 50 {
		t.Fatalf("the backup lists %d drafts, %v", len(list), err)
	}
	// Nothing is left beside the library.
	entries, _ := os.ReadDir(filepath.Dir(lib.Path()))
	for _, e := range entries {
		if e.Name() != filepath.Base(lib.Path()) {
			t.Errorf("left beside the library: %s", e.Name())
		}
	}
}

// An import through a session names the importer, whatever names the
// records carry: nobody imports drafts "by" someone else, or into another
// person's "mine". A library of one keeps the names (moving a team's
// drafts between libraries by hand).
func TestImportThroughASessionNamesTheImporter(t *testing.T) {
	lib := openTemp(t)
	forged := posting("f1", "Forged", t0)
	forged.CreatedBy, forged.UpdatedBy = "ceo", "ceo"
	got, err := lib.As("bob").Import([]model.Posting{forged}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := lib.Get(got[0].ID); p.CreatedBy != "bob" || p.UpdatedBy != "bob" {
		t.Fatalf("imported by bob: created by %q, changed by %q", p.CreatedBy, p.UpdatedBy)
	}
	kept := posting("k1", "Kept", t0)
	kept.CreatedBy, kept.UpdatedBy = "ana", "ben"
	got, err = lib.Import([]model.Posting{kept}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := lib.Get(got[0].ID); p.CreatedBy != "ana" || p.UpdatedBy != "ben" {
		t.Fatalf("imported alone: created by %q, changed by %q", p.CreatedBy, p.UpdatedBy)
	}
}

// A save that changes nothing but its time (an editor closed without an
// edit) writes nothing: no empty version, no change for the others to
// reload, and the last to change it stays the one who did.
func TestUnchangedSaveWritesNothing(t *testing.T) {
	lib := openTemp(t)
	ana, bob := lib.As("ana"), lib.As("bob")
	mustSave(t, ana, posting("a1", "Backend Engineer", t0))
	since, err := lib.ChangeCounter()
	if err != nil {
		t.Fatal(err)
	}
	p, err := bob.Get("a1")
	if err != nil {
		t.Fatal(err)
	}
	savedAt := p.UpdatedAt
	p.UpdatedAt = p.UpdatedAt.Add(time.Hour)
	p.Skills.Preferred = []string{} // empty is missing
	mustSave(t, bob, p)
	if _, changed, err := lib.Changed(since); err != nil || changed {
		t.Fatalf("an unchanged save counted as a change (%v)", err)
	}
	revs, err := lib.Revisions("a1")
	if err != nil || len(revs) != 1 {
		t.Fatalf("%d versions after an unchanged save, %v", len(revs), err)
	}
	if got, _ := lib.Get("a1"); got.UpdatedBy != "ana" || !got.UpdatedAt.Equal(savedAt) {
		t.Fatalf("an unchanged save named %q / moved the time to %v", got.UpdatedBy, got.UpdatedAt)
	}
	// A real change is saved, and bob may go on saving over his own.
	p.Title = "Senior Backend Engineer"
	mustSave(t, bob, p)
	p.Summary = "Build things."
	mustSave(t, bob, p)
	if revs, _ := lib.Revisions("a1"); len(revs) != 3 || revs[0].SavedBy != "bob" {
		t.Fatalf("after two changes: %d versions, newest by %q", len(revs), revs[0].SavedBy)
	}
}
