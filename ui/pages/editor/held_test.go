package editor_test

import (
	"strings"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/editor"
)

// teamEditors is a team library where ben has a draft open in his editor
// (he holds it) and ana opens it in hers, at width×height.
func teamEditors(t *testing.T, width, height int) (ben, ana *session) {
	t.Helper()
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	bc, ac := uitest.Teammate(t, lib, "ben"), uitest.Teammate(t, lib, "ana")
	ben = open(t, bc, uitest.FullPosting(t, bc), 140, 40)
	host := uitest.NewHost(editor.New(ac, ben.id))
	ana = &session{Driver: uitest.NewDriver(t, host, width, height), t: t, c: ac, host: host, id: ben.id}
	return ben, ana
}

const benIsEditing = "Read-only: ben is editing this draft. It opens for editing when they leave."

// Ana's editor on the draft ben is editing is read-only: it says so and
// why, every key that would change the draft says it again and changes
// nothing, nothing is unsaved or saved; looking around still works.
func TestHeldDraftOpensReadOnly(t *testing.T) {
	ben, ana := teamEditors(t, 100, 30)
	before := ben.stored()
	ana.WantScreen(benIsEditing, "Sections", "Title")
	if ana.status() != benIsEditing {
		t.Fatalf("status %q", ana.status())
	}
	if got := ana.page().Title(); got != "Read-only: Senior Backend Engineer" {
		t.Fatalf("title %q", got)
	}
	help := uitest.HelpText(ana.page())
	for _, never := range []string{"edit", "undo"} {
		if strings.Contains(help, never) {
			t.Fatalf("read-only, the help offers %q: %s", never, help)
		}
	}

	for _, keys := range [][]string{{"enter"}, {"u"}, {"U"}, {"ctrl+z"}, {"ctrl+y"}} {
		ana.host.Status.Text = ""
		ana.section("Summary")
		ana.Keys(keys...)
		if !strings.HasPrefix(ana.status(), "Not while someone else has it open") {
			t.Fatalf("after %v the status is %q", keys, ana.status())
		}
	}
	ana.host.Status.Text = ""
	ana.Keys("x", "y", "z")
	ana.Paste("pasted over ben's work")
	if !strings.HasPrefix(ana.status(), "Not while someone else has it open") {
		t.Fatalf("a paste says %q", ana.status())
	}
	if ana.page().Typing() || ana.page().Unsaved() || ana.page().SaveNow() != nil {
		t.Fatal("a read-only editor is typing, or has something to save")
	}
	if after := ben.stored(); after.UpdatedBy != "ben" || after.Summary != before.Summary || !after.UpdatedAt.Equal(before.UpdatedAt) {
		t.Fatalf("the held draft changed: by %q, summary %q", after.UpdatedBy, after.Summary)
	}

	// The Checks list opens (it changes nothing); its enter goes to the
	// finding's section without opening it.
	ana.section("Checks")
	ana.Keys("enter")
	ana.WantScreen("Checks ·")
	ana.Keys("esc")
	// The preview, and leaving.
	ana.Keys("tab")
	ana.WantScreen("Preview")
	ana.Keys("tab", "esc")
	if _, ok := ana.host.LastAsked().(common.BackMsg); !ok {
		t.Fatalf("esc did not leave: %#v", ana.host.LastAsked())
	}
}

func TestHeldDraftGolden(t *testing.T) {
	_, ana := teamEditors(t, 80, 24)
	uitest.Golden(t, ana.Frame())
}

// While ben edits, ana sees each of his saves as it lands; when he
// leaves, her editor takes the draft, as he left it, and she can edit.
func TestReadOnlyFollowsTheHolderAndOpensWhenTheyLeave(t *testing.T) {
	ben, ana := teamEditors(t, 140, 40)
	ben.section("Title")
	ben.Keys("enter", " (Payments)", "enter")
	if got := ben.stored().Title; got != "Senior Backend Engineer (Payments)" {
		t.Fatalf("ben saved %q", got)
	}
	ana.Send(editor.HoldDue(ana.page()))
	ana.WantScreen("Senior Backend Engineer (Payments)", "Read-only: ben is editing")
	if ana.page().Posting().Title != "Senior Backend Engineer (Payments)" {
		t.Fatalf("ana's editor has %q", ana.page().Posting().Title)
	}

	// Ben leaves: his editor closes (the root calls Close), the hold goes.
	ben.Keys("esc")
	ben.page().Close()
	if by, held := ana.c.Store.HeldBy(ana.id); held {
		t.Fatalf("still held by %q after ben left", by)
	}
	ana.Send(editor.HoldDue(ana.page()))
	if ana.status() != "ben has left; you can edit now" {
		t.Fatalf("status %q", ana.status())
	}
	ana.RejectScreen("Read-only")
	if got := ana.page().Title(); got != "Editing: Senior Backend Engineer (Payments)" {
		t.Fatalf("title %q", got)
	}
	// Now ana holds it: ben's new editor would be read-only.
	if by, held := ben.c.Store.HeldBy(ben.id); !held || by != "ana" {
		t.Fatalf("held by %q %v", by, held)
	}
	ana.section("Title")
	ana.Keys("enter", ", Lisbon", "enter")
	got, err := ben.c.Store.Get(ben.id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Senior Backend Engineer (Payments), Lisbon" || got.UpdatedBy != "ana" || got.CreatedBy != "ben" {
		t.Fatalf("stored %q by %q, created by %q", got.Title, got.UpdatedBy, got.CreatedBy)
	}
}

// Closing the editor lets the draft go: another session opening it next
// can edit it.
func TestClosingTheEditorReleasesTheHold(t *testing.T) {
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	ana := uitest.Teammate(t, lib, "ana")
	d := open(t, ana, uitest.FullPosting(t, ana), 100, 30)
	if by, held := lib.Store.HeldBy(d.id); !held || by != "ana" {
		t.Fatalf("open, the draft is held by %q %v", by, held)
	}
	d.Keys("esc")
	d.page().Close() // as the root does on the BackMsg
	if by, held := lib.Store.HeldBy(d.id); held {
		t.Fatalf("closed, the draft is still held by %q", by)
	}
}

// The same user in another session reads "you".
func TestHeldInMyOtherSession(t *testing.T) {
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	first, second := uitest.Teammate(t, lib, "ana"), uitest.Teammate(t, lib, "ana")
	d := open(t, first, uitest.FullPosting(t, first), 100, 30)
	host := uitest.NewHost(editor.New(second, d.id))
	other := uitest.NewDriver(t, host, 100, 30)
	other.WantScreen("Read-only: you are editing this draft in another session.")
	d.Keys("esc")
	d.page().Close()
	other.Send(editor.HoldDue(host.Page.(*editor.Page)))
	if host.Status.Text != "Closed in your other session; you can edit it here now" {
		t.Fatalf("status %q", host.Status.Text)
	}
}

// In single-user jobpost the editor edits, as ever.
func TestSingleUserEditorIsNeverReadOnly(t *testing.T) {
	d, _ := start(t)
	d.RejectScreen("Read-only")
	d.section("Title")
	d.Keys("enter", "!", "enter")
	if got := d.stored(); got.Title != "Senior Backend Engineer!" || got.UpdatedBy != "" {
		t.Fatalf("stored %q by %q", got.Title, got.UpdatedBy)
	}
}

// An editor that could not read its draft (moved to the trash as it
// opened, say) holds nothing while it says so: the others may still
// change the draft, or bring it back.
func TestEditorThatCouldNotOpenHoldsNothing(t *testing.T) {
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	ana, ben := uitest.Teammate(t, lib, "ana"), uitest.Teammate(t, lib, "ben")
	p := uitest.FullPosting(t, ben)
	if err := ben.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := ben.Store.Delete(p.ID); err != nil {
		t.Fatal(err)
	}
	host := uitest.NewHost(editor.New(ana, p.ID))
	d := uitest.NewDriver(t, host, 100, 30)
	d.WantScreen("Could not open the draft")
	if by, held := ben.Store.HeldBy(p.ID); held {
		t.Fatalf("the editor that could not open it holds it (by %q)", by)
	}
	if err := ben.Store.Restore(p.ID); err != nil {
		t.Fatalf("ben cannot bring his draft back: %v", err)
	}
}
