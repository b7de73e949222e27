package ui

import (
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/editor"
)

// u undoes a refresh after the editor is left and the draft opened
// again: the root keeps the editor's history for the session and hands
// it to the next editor on that draft; another draft's editor starts
// with nothing to undo.
func TestUndoSurvivesReopeningTheDraft(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	seed(t, c, "Senior Backend Engineer", "Other Posting")
	d := newApp(t, c, 140, 40)
	d.WantScreen("▸ Senior Backend Engineer")
	d.Keys("enter")
	d.WantScreen("Editing: Senior Backend Engineer")
	d.CursorTo("Role & level")
	// senior → staff / lead: the empty lists are filled without asking.
	d.Keys("enter", "tab", "right", "enter")
	d.WantScreen("Editing: Lead Backend Engineer")
	d.Keys("esc")
	d.WantScreen("▸ Lead Backend Engineer")

	d.Keys("down", "enter") // another draft: its own, empty history
	d.WantScreen("Editing: Other Posting")
	d.Keys("u")
	d.WantScreen("Nothing to undo")
	d.Keys("esc", "up", "enter")
	d.WantScreen("Editing: Lead Backend Engineer")
	d.Keys("u")
	d.WantScreen("Editing: Senior Backend Engineer")
	if top, ok := d.Model.(*App).top().(*editor.Page); !ok || top.Posting().Seniority != "lead" {
		t.Fatalf("one u should take back the refresh only (the level stays): %T", d.Model.(*App).top())
	}
	d.Keys("u")
	if got := d.Model.(*App).top().(*editor.Page).Posting().Seniority; got != "senior" {
		t.Fatalf("second u: level %q, want senior", got)
	}
}
