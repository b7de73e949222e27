package server

import (
	"strings"
	"testing"

	"jobpost/model"
)

// openDraftTitle opens the draft titled title from the drafts list and
// starts editing its title, the cursor at its end.
func openDraftTitle(tm *terminal, title string) {
	tm.t.Helper()
	tm.waitFor("enter open") // the drafts list
	// Every session lists everyone's drafts: filter to this one first.
	tm.send("/")
	tm.send(title)
	tm.send("\r")
	tm.send("\r")
	tm.waitFor("Editing: " + title)
	tm.send("\r")
	tm.send("\x1b[F") // End
}

func TestEditorOverSSHSavesEdits(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	id := ts.draft("ana", "Backend Engineer")
	tm := ts.openTerminal("ana", 120, 36)
	openDraftTitle(tm, "Backend Engineer")
	tm.send(" II")
	tm.waitFor("Backend Engineer II")
	ts.waitStored(id, "the typed title", func(p model.Posting) bool { return p.Title == "Backend Engineer II" && p.UpdatedBy == "ana" })
	tm.send("\x1b") // leave the field, then the editor
	tm.waitUntil("the field left", func(screen string) bool { return !strings.Contains(screen, "enter done") })
	tm.send("\x1b")
	tm.waitFor("1 posting")
	tm.send("q")
	if status := tm.waitEnded(); status != 0 {
		t.Fatalf("exit status %d after q", status)
	}
	if log := ts.log.String(); !strings.Contains(log, "user=ana") || !strings.Contains(log, "what=tui") {
		t.Fatalf("no session line in the log:\n%s", log)
	}
}

// Two sessions on one draft: the second opens it read-only, cannot change
// it, sees the first one's saves, and gets it when the first one leaves;
// both people's edits are stored, neither over the other.
func TestSecondSessionOnADraftIsReadOnlyUntilTheFirstLeaves(t *testing.T) {
	ts := startServer(t, []string{"ana", "bob"}, nil)
	id := ts.draft("ana", "Data Engineer")
	ana := ts.openTerminal("ana", 120, 36)
	openDraftTitle(ana, "Data Engineer") // in the title field, at its end
	bob := ts.openTerminal("bob", 120, 36)
	bob.waitFor("✎ ana editing")
	bob.send("/")
	bob.send("Data Engineer")
	bob.send("\r")
	bob.send("\r")
	bob.waitFor("Read-only: ana is editing this draft")

	// Bob's keys change nothing: enter opens no field, typing goes nowhere.
	bob.send("\r")
	bob.send("zzz")
	ana.send(" Lead")
	ana.waitFor("Data Engineer Lead")
	ts.waitStored(id, "Ana's title", func(p model.Posting) bool { return p.Title == "Data Engineer Lead" })
	bob.waitFor("Read-only: Data Engineer Lead") // her save reaches his screen

	// Ana leaves the draft: Bob may edit, starting from her save.
	ana.send("\x1b")
	ana.waitUntil("the field left", func(screen string) bool { return !strings.Contains(screen, "enter done") })
	ana.send("\x1b")
	ana.waitFor("enter open")
	bob.waitFor("ana has left; you can edit now")
	bob.send("\r")
	bob.send("\x1b[F") // End
	bob.send(", Payments")
	bob.waitFor("Data Engineer Lead, Payments")
	ts.waitStored(id, "both edits, Bob's last", func(p model.Posting) bool {
		return p.Title == "Data Engineer Lead, Payments" && p.UpdatedBy == "bob" && p.CreatedBy == "ana"
	})
	revs, err := ts.library.Revisions(id)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range revs {
		if strings.Contains(r.Posting.Title, "zzz") {
			t.Fatalf("a read-only session's typing was stored: %q by %s", r.Posting.Title, r.SavedBy)
		}
	}
}
