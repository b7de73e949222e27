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
