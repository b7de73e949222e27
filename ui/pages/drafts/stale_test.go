package drafts_test

import (
	"strings"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/drafts"
)

// A load that read the store before a delete but lands after it (the
// reload on returning from the editor, say) neither brings the deleted
// draft back nor loses the undo of its delete.
func TestAStaleLoadKeepsTheDeleteAndItsUndo(t *testing.T) {
	h := homeWith(t, "Keep Me", "Delete Me")
	_, cmd := h.Model.Update(common.ResumedMsg{})
	stale := uitest.Collect(cmd) // read with "Delete Me" still listed
	h.Keys("down", "x")
	h.wantStatus("Moved to the trash (u brings it back): “Delete Me”")
	h.Send(stale...)
	h.RejectScreen("Delete Me")
	h.WantScreen("1 posting")
	h.Keys("u")
	h.wantStatus("Restored from the trash: “Delete Me”")
	h.WantScreen("▸ Delete Me")
}

// x pressed twice before the first delete is answered deletes two
// drafts (it deleted the same one twice: "it is no longer there").
func TestXTwiceQuicklyDeletesTwoDrafts(t *testing.T) {
	h := homeWith(t, "First", "Second", "Third")
	x := uitest.KeyMsgs("x")[0]
	_, first := h.Model.Update(x)
	h.WantScreen("▸ Second") // off the list at once
	_, second := h.Model.Update(x)
	h.Run(first)
	h.Run(second)
	if strings.Contains(h.status(), "no longer there") || h.host.Status.Kind == common.StatusError {
		t.Fatalf("status %q", h.status())
	}
	h.WantScreen("▸ Third", "1 posting")
	items, err := h.c.Store.Trash()
	if err != nil || len(items) != 2 {
		t.Fatalf("trash holds %d drafts, %v; want First and Second", len(items), err)
	}
	h.Keys("u", "u")
	h.wantStatus("Restored from the trash: “First”")
	h.WantScreen("3 postings")
}

// One draft that cannot be read does not hide the others: the list shows
// them and names the bad one (issue 9, item 9).
func TestAnUnreadableDraftIsNamedAndTheOthersListed(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	saved := seedDrafts(t, c, "Readable Engineer", "Damaged Engineer", "Another Engineer")
	uitest.DamageDraft(t, c, saved[1].ID, "Damaged Engineer")
	host := uitest.NewHost(drafts.New(c))
	d := uitest.NewDriver(t, host, 100, 30)
	d.WantScreen("Readable Engineer", "Another Engineer", "2 postings",
		"1 draft could not be read: “Damaged Engineer” ("+saved[1].ID[:4]+"…) — jobpost check-db says more")
	d.RejectScreen("Could not read the drafts", saved[1].ID)
	d.Keys("enter")
	if got := host.LastAsked(); got != (common.OpenDraftMsg{ID: saved[0].ID}) {
		t.Fatalf("enter asked %#v", got)
	}
}
