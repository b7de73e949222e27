package editor_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/autosave"
)

// Issue 9, item 4: "Saved" shows only when everything typed so far is on
// disk — not when an older save lands while a newer change waits.
func TestEditorSaysSavedOnlyWhenAllIsOnDisk(t *testing.T) {
	d, _ := start(t)
	var held []tea.Msg
	hold := true
	d.Drop = func(msg tea.Msg) bool {
		switch msg.(type) {
		case autosave.SavedMsg:
			if hold {
				held = append(held, msg)
				return true
			}
		}
		return false
	}
	d.section("Title")
	d.Keys("enter", "a") // saved (held back)
	d.Keys("b")          // a newer change, saved (held back)
	if len(held) != 2 {
		t.Fatalf("%d saves held", len(held))
	}
	hold = false
	d.host.Status.Text = ""
	d.Send(held[0]) // the older save lands: "b" is not on disk yet
	if strings.Contains(d.status(), "Saved") {
		t.Fatalf("said %q with a newer change unsaved", d.status())
	}
	if !d.page().Unsaved() {
		t.Fatal("the newer change should count as unsaved")
	}
	d.Send(held[1])
	if d.status() != "Saved" {
		t.Fatalf("status %q once all is on disk", d.status())
	}
}
