package storage

import (
	"errors"
	"runtime"
	"testing"
)

// A write that was waiting for the write lock when another session took
// the hold is refused: the hold is checked under the lock, so a write
// never lands over the draft its holder has just read (the holder's next
// save would be a conflict, or the write would be over a draft that is
// read-only to everyone else).
func TestHoldTakenWhileAWriteWaitsRefusesIt(t *testing.T) {
	lib := openTemp(t)
	ana, bob := lib.As("ana"), lib.As("bob")
	mustSave(t, lib, posting("a1", "One", t0))
	p, err := bob.Get("a1")
	if err != nil {
		t.Fatal(err)
	}
	p.Title = "Bob's"

	lib.mu.RLock() // a read in progress: bob's write waits for it
	done := make(chan error, 1)
	go func() { done <- bob.Save(p) }()
	// A waiting writer makes TryRLock fail: bob's save is at the lock.
	for lib.mu.TryRLock() {
		lib.mu.RUnlock()
		runtime.Gosched()
	}
	if err := ana.Hold("a1"); err != nil {
		t.Fatal(err)
	}
	lib.mu.RUnlock()
	if err := <-done; !errors.Is(err, ErrHeld) {
		t.Fatalf("bob's save while ana took the hold: %v, want ErrHeld", err)
	}
	if got, _ := ana.Get("a1"); got.Title != "One" {
		t.Fatalf("a refused write changed the draft: %q", got.Title)
	}
}

// The holder's name comes from the users file: an escape sequence in it
// never reaches a terminal through the error's text.
func TestHeldErrorCleansTheName(t *testing.T) {
	err := &HeldError{ID: "a1", By: "ana\x1b]52;c;aGk=\x07\n"}
	if got := err.Error(); containsControl(got) {
		t.Fatalf("error text %q holds control characters", got)
	}
}

func containsControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return true
		}
	}
	return false
}
