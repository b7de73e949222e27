package editor_test

import (
	"slices"
	"testing"

	"jobpost/ui/components/autosave"
)

// Issue 10: what is typed but not yet in the posting counts as unsaved,
// and the save on the way out (q, ctrl+c, SIGTERM, SIGHUP: the root runs
// SaveNow's command directly) takes it in first, as one undo step.

func TestEditorSaveNowTakesTheLineBeingTyped(t *testing.T) {
	d, p := start(t)
	d.section("What you will do")
	d.Keys("enter", "n", "Keep the on-call rota humane")
	if !d.page().Unsaved() {
		t.Fatal("a line being typed does not count as unsaved")
	}
	saved := d.page().SaveNow()().(autosave.SavedMsg)
	if saved.SaveErr() != nil {
		t.Fatal(saved.SaveErr())
	}
	stored, err := d.c.Store.Get(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Insert(slices.Clone(p.Responsibilities), 1, "Keep the on-call rota humane")
	if !slices.Equal(stored.Responsibilities, want) {
		t.Fatalf("stored %q", stored.Responsibilities)
	}
	d.Send(saved)
	if d.page().Unsaved() || d.page().Typing() {
		t.Fatalf("unsaved %v, typing %v once the line is saved", d.page().Unsaved(), d.page().Typing())
	}
	d.Keys("u")
	if got := d.posting().Responsibilities; !slices.Equal(got, p.Responsibilities) {
		t.Fatalf("one undo should take the line back: %q", got)
	}
}

func TestEditorSaveNowTakesTheValidFieldsOfAnInvalidForm(t *testing.T) {
	d, p := start(t)
	d.section("How to apply")
	d.Keys("enter", "tab", "tab", "31/12", "shift+tab")
	d.Send(ctrl('u'))
	d.Keys("hr@acme.example") // valid, but the date below is not
	if d.posting().Apply.Email == "hr@acme.example" {
		t.Fatal("applied while the form is not valid")
	}
	if !d.page().Unsaved() {
		t.Fatal("a valid field typed does not count as unsaved")
	}
	if err := d.page().SaveNow()().(autosave.SavedMsg).SaveErr(); err != nil {
		t.Fatal(err)
	}
	stored, err := d.c.Store.Get(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Apply.Email != "hr@acme.example" || stored.ValidThrough != p.ValidThrough {
		t.Fatalf("stored e-mail %q, closing %q", stored.Apply.Email, stored.ValidThrough)
	}
}
