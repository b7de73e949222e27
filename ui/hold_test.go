package ui

import (
	"testing"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// The root lets go of the editor's hold on its draft when esc closes the
// editor, so that another session can edit it; Close (a session's end)
// does too.
func TestClosingTheEditorReleasesItsHold(t *testing.T) {
	lib := uitest.NewCommon(t, common.Dark)
	ana := uitest.Teammate(t, lib, "ana")
	p := model.New(uitest.FixedNow)
	p.Title = "Backend Engineer"
	if err := ana.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	app := New(ana)
	d := uitest.NewDriver(t, app, 100, 30)
	d.Send(common.OpenDraftMsg{ID: p.ID})
	d.WantScreen("Editing: Backend Engineer")
	if by, held := lib.Store.HeldBy(p.ID); !held || by != "ana" {
		t.Fatalf("open in the editor, held by %q %v", by, held)
	}
	d.Keys("esc")
	d.WantScreen("Drafts")
	if by, held := lib.Store.HeldBy(p.ID); held {
		t.Fatalf("back on the drafts, still held by %q", by)
	}

	d.Send(common.OpenDraftMsg{ID: p.ID})
	app.Close()
	if by, held := lib.Store.HeldBy(p.ID); held {
		t.Fatalf("after Close, still held by %q", by)
	}
}
