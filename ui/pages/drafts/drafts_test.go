package drafts_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/drafts"
)

// seedDrafts saves postings with the given titles, the first the newest.
func seedDrafts(t testing.TB, c *common.Common, titles ...string) []model.Posting {
	t.Helper()
	return seedDraftsAt(t, c, uitest.FixedNow, titles...)
}

// seedDraftsAt is seedDrafts with the newest changed at newest.
func seedDraftsAt(t testing.TB, c *common.Common, newest time.Time, titles ...string) []model.Posting {
	t.Helper()
	var out []model.Posting
	for i, title := range titles {
		p := model.New(newest.Add(-time.Duration(i) * time.Hour))
		p.Title, p.Role, p.Seniority = title, "backend", "senior"
		p.Location = model.Location{City: "Lisbon", Country: "Portugal"}
		p.Skills.Required = []string{"Go", fmt.Sprintf("Skill%d", i)}
		if err := c.Store.Save(p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// home is the drafts page, hosted as the root would, at w×h.
type home struct {
	*uitest.Driver
	host  *uitest.Host
	page  *drafts.Page
	c     *common.Common
	saved []model.Posting
}

func homeAt(t *testing.T, w, h int, titles ...string) *home {
	t.Helper()
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	saved := seedDrafts(t, c, titles...)
	page := drafts.New(c)
	host := uitest.NewHost(page)
	return &home{Driver: uitest.NewDriver(t, host, w, h), host: host, page: page, c: c, saved: saved}
}

func homeWith(t *testing.T, titles ...string) *home { return homeAt(t, 100, 30, titles...) }

// status is the page's status line.
func (h *home) status() string { return h.host.Status.Text }

func (h *home) wantStatus(want string) {
	h.T.Helper()
	if !strings.Contains(h.status(), want) {
		h.T.Fatalf("status %q, want %q", h.status(), want)
	}
}

// wantAsked fails unless the page's newest navigation request is want.
func (h *home) wantAsked(want any) {
	h.T.Helper()
	if got := h.host.LastAsked(); got != want {
		h.T.Fatalf("asked %#v, want %#v", got, want)
	}
}

// closeTop is the root closing the page above with result, as esc in the
// editor does.
func (h *home) closeTop(result any) { h.Send(common.ResumedMsg{Result: result}) }

func TestShowsNewestFirstWithDetails(t *testing.T) {
	h := homeWith(t, "Newest Posting", "Older Posting")
	h.WantScreen("Newest Posting", "Older Posting", "Senior · Lisbon, Portugal · draft · just now", "1 hour ago", "2 postings")
	s := h.Screen()
	if strings.Index(s, "Newest Posting") > strings.Index(s, "Older Posting") {
		t.Fatalf("not newest first:\n%s", s)
	}
}

func TestSortByTitle(t *testing.T) {
	h := homeWith(t, "Zeta Engineer", "Alpha Engineer")
	h.Keys("o")
	s := h.Screen()
	if strings.Index(s, "Alpha Engineer") > strings.Index(s, "Zeta Engineer") {
		t.Fatalf("o did not sort by title:\n%s", s)
	}
	h.wantStatus("Sorted by title")
	h.Keys("o")
	if s := h.Screen(); strings.Index(s, "Alpha Engineer") < strings.Index(s, "Zeta Engineer") {
		t.Fatalf("o again did not go back to last change:\n%s", s)
	}
}

func TestFilterMatchesSkillsAndTakesQ(t *testing.T) {
	h := homeWith(t, "Backend One", "Backend Two", "Backend Three")
	h.Keys("/", "skill1")
	h.WantScreen("Backend Two")
	h.RejectScreen("Backend Three", "Backend One")
	h.Keys("q")
	if !h.page.Typing() {
		t.Fatal("the filter has focus but the page is not typing: q would quit")
	}
	h.WantScreen("/ skill1q")
}

// The filter says "2 of 4 postings" (it said "“kafka” 2 postings • 2
// filtered") and keeps the order the list is sorted in.
func TestFilterCountsOfAllAndKeepsTheOrder(t *testing.T) {
	h := homeWith(t, "Senior Zeta", "Junior One", "Senior Alpha", "Junior Two")
	h.Keys("o", "/", "senior")
	h.WantScreen("2 of 4 postings")
	h.RejectScreen("filtered", "Junior")
	s := h.Screen()
	if strings.Index(s, "Senior Alpha") > strings.Index(s, "Senior Zeta") {
		t.Fatalf("filtering lost the sort by title:\n%s", s)
	}
	h.Keys("enter")
	h.WantScreen("2 of 4 postings", "/ senior  (esc clears)")
	h.Keys("esc")
	h.WantScreen("4 postings")
	h.RejectScreen("of 4")
}

// A new filter each time: after `/senior enter`, `/` starts afresh.
func TestSlashStartsANewFilter(t *testing.T) {
	h := homeWith(t, "Senior One", "Junior Two")
	h.Keys("/", "senior", "enter", "/", "junior")
	h.WantScreen("Junior Two", "1 of 2 postings")
	h.RejectScreen("Senior One")
}

func TestDuplicateRenameStatus(t *testing.T) {
	h := homeWith(t, "Platform Engineer")
	h.Keys("d", "enter")
	h.wantStatus("Copied as it is (r renames it): “Platform Engineer”")
	h.WantScreen("▸ Platform Engineer", "2 postings")

	h.Keys("r")
	h.WantScreen("New title:")
	if !h.page.Typing() {
		t.Fatal("renaming is typing")
	}
	for range len("Platform Engineer") {
		h.Keys("backspace")
	}
	h.Keys("enter")
	h.WantScreen("A posting needs a title")
	h.Keys("Platform Engineer, Berlin", "enter")
	h.wantStatus("Renamed to “Platform Engineer, Berlin”")

	h.Keys("s", "p")
	h.WantScreen("Posted on:")
	h.Keys("LinkedIn", "enter")
	h.wantStatus("Marked as posted on LinkedIn")
	h.WantScreen("posted on LinkedIn 23 Nov")
	// A second board is kept beside the first.
	h.Keys("s", "p", "Greenhouse", "enter")
	h.wantStatus("Marked as posted on Greenhouse")
	h.WantScreen("posted on LinkedIn 23 Nov, Greenhouse 23 Nov")
	list, _ := h.c.Store.List()
	if len(list) != 2 {
		t.Fatalf("want 2 drafts, got %d", len(list))
	}
	var renamed model.Posting
	for _, s := range list {
		if s.ID != h.saved[0].ID {
			renamed, _ = h.c.Store.Get(s.ID)
		}
	}
	if renamed.Title != "Platform Engineer, Berlin" || renamed.Status != model.StatusPosted || len(renamed.Posted) != 2 || renamed.Posted[0].Board != "LinkedIn" || renamed.Posted[1].Board != "Greenhouse" {
		t.Fatalf("got %q %q %+v", renamed.Title, renamed.Status, renamed.Posted)
	}
	h.Keys("s", "r")
	h.wantStatus("Now ready: “Platform Engineer, Berlin”")
	if got, _ := h.c.Store.Get(renamed.ID); got.Posted != nil {
		t.Fatalf("ready kept the posted record %+v", got.Posted)
	}
	h.Keys("s", "esc")
	h.RejectScreen("Status of")
}

func TestDeleteAndUndo(t *testing.T) {
	h := homeWith(t, "Keep Me", "Delete Me")
	h.Keys("down", "x")
	h.wantStatus("Moved to the trash (u brings it back): “Delete Me”")
	h.RejectScreen("Delete Me")
	h.Keys("u")
	h.wantStatus("Restored from the trash: “Delete Me”")
	h.WantScreen("▸ Delete Me")
	h.Keys("u")
	h.wantStatus("Nothing to undo.")
}

// After a draft is deleted for good in the trash, u says so in words; it
// said "restore draft ttabsdilwnioa4fq: no draft with that id".
func TestUndoAfterPurgeInTheTrash(t *testing.T) {
	h := homeWith(t, "Keep Me", "Delete Me", "Also Delete Me")
	h.Keys("down", "x", "x") // Delete Me, then Also Delete Me
	h.wantStatus("Moved to the trash (u brings it back): “Also Delete Me”")
	h.Keys("t")
	h.wantAsked(common.OpenTrashMsg{})
	// In the trash, x y purges the newest deletion; then esc comes back.
	if err := h.c.Store.Purge(h.saved[2].ID); err != nil {
		t.Fatal(err)
	}
	h.closeTop(nil)
	if help := fullHelp(h.page); !strings.Contains(help, "undo delete") {
		t.Fatalf("one draft can still come back, but undo is not offered: %s", help)
	}
	h.Keys("u")
	h.wantStatus("Restored from the trash: “Delete Me”")
	h.Keys("u")
	h.wantStatus("Nothing to undo.")
	if help := fullHelp(h.page); strings.Contains(help, "undo delete") {
		t.Fatalf("undo offered with nothing to undo: %s", help)
	}
	for _, raw := range []string{h.saved[1].ID, h.saved[2].ID, "no draft with that id"} {
		if strings.Contains(h.status(), raw) {
			t.Fatalf("status shows %q: %s", raw, h.status())
		}
	}
}

// Purged while the drafts page stayed on top (by another jobpost, say):
// u finds out and says it in words.
func TestUndoOfADraftPurgedElsewhere(t *testing.T) {
	h := homeWith(t, "Keep Me", "Delete Me")
	h.Keys("down", "x")
	if err := h.c.Store.Purge(h.saved[1].ID); err != nil {
		t.Fatal(err)
	}
	h.Keys("u")
	h.wantStatus("“Delete Me” was deleted for good in the trash and cannot come back; nothing else to undo.")
	if strings.Contains(h.status(), h.saved[1].ID) {
		t.Fatalf("raw id in %q", h.status())
	}
	h.Keys("u")
	h.wantStatus("Nothing to undo.")
}

func TestNavigationKeysAsk(t *testing.T) {
	h := homeWith(t, "Any Posting")
	id := h.saved[0].ID
	for k, want := range map[string]any{
		"n":     common.NewPostingMsg{},
		"enter": common.OpenDraftMsg{ID: id},
		"p":     common.OpenPublishMsg{ID: id},
		"t":     common.OpenTrashMsg{},
		"v":     common.OpenVersionsMsg{ID: id, Title: "Any Posting"},
		"c":     common.OpenProfileMsg{},
	} {
		h.Keys(k)
		h.wantAsked(want)
	}
}

// Opening a draft from the 3rd or last row and closing it again leaves
// the cursor on that draft (it went back to the first row).
func TestClosingADraftKeepsTheCursorOnIt(t *testing.T) {
	h := homeWith(t, "First", "Second", "Third", "Fourth", "Fifth")
	h.Keys("down", "down", "enter")
	h.wantAsked(common.OpenDraftMsg{ID: h.saved[2].ID})
	h.closeTop(common.DraftClosedMsg{ID: h.saved[2].ID, Title: "Third"})
	h.WantScreen("▸ Third")

	h.Keys("G", "enter")
	h.wantAsked(common.OpenDraftMsg{ID: h.saved[4].ID})
	// The editor saved it, so it is now the newest: still the cursor's.
	p := h.saved[4]
	p.UpdatedAt = uitest.FixedNow.Add(time.Minute)
	if err := h.c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	h.closeTop(common.DraftClosedMsg{ID: p.ID, Title: "Fifth", Note: "Saved “Fifth”"})
	h.WantScreen("▸ Fifth")
	h.wantStatus("Saved “Fifth”")
}

func TestClosingADraftKeepsTheFilterAndSort(t *testing.T) {
	h := homeAt(t, 80, 24, "Senior Zeta", "Junior One", "Senior Alpha", "Senior Mid", "Junior Two")
	h.Keys("o", "/", "senior", "enter", "G", "enter")
	h.wantAsked(common.OpenDraftMsg{ID: h.saved[0].ID}) // Zeta, last by title
	h.closeTop(common.DraftClosedMsg{ID: h.saved[0].ID})
	h.WantScreen("▸ Senior Zeta", "3 of 5 postings · by title", "/ senior")
	s := h.Screen()
	if !(strings.Index(s, "Senior Alpha") < strings.Index(s, "Senior Mid") && strings.Index(s, "Senior Mid") < strings.Index(s, "Senior Zeta")) {
		t.Fatalf("order lost:\n%s", s)
	}
}

func TestANewPostingIsSelectedOnReturn(t *testing.T) {
	h := homeWith(t, "Old One", "Old Two")
	h.Keys("down", "n")
	h.wantAsked(common.NewPostingMsg{})
	fresh := seedDrafts(t, h.c, "Brand New")[0]
	h.closeTop(common.DraftClosedMsg{ID: fresh.ID, Note: "Saved “Brand New”"})
	h.WantScreen("▸ Brand New", "3 postings")
}

func TestDeletingTheLastRowKeepsASelection(t *testing.T) {
	h := homeWith(t, "First", "Second", "Third")
	h.Keys("G", "x")
	h.wantStatus("Moved to the trash (u brings it back): “Third”")
	h.WantScreen("▸ Second")
	h.Keys("enter")
	h.wantAsked(common.OpenDraftMsg{ID: h.saved[1].ID})
}

func TestFilteredDeleteAndUndoKeepASelection(t *testing.T) {
	h := homeWith(t, "Senior One", "Junior Two", "Senior Three", "Senior Four")
	h.Keys("/", "senior", "enter", "G", "x")
	h.wantStatus("Moved to the trash (u brings it back): “Senior Four”")
	h.WantScreen("▸ Senior Three")
	h.Keys("enter")
	h.wantAsked(common.OpenDraftMsg{ID: h.saved[2].ID})
	h.closeTop(common.DraftClosedMsg{ID: h.saved[2].ID}) // leaving the editor…
	h.Keys("u")                                          // …does not lose the undo
	h.wantStatus("Restored from the trash: “Senior Four”")
	h.WantScreen("▸ Senior Four")
}

func TestClearingTheFilterKeepsTheDraft(t *testing.T) {
	h := homeWith(t, "Alpha", "Beta Senior", "Gamma", "Delta Senior")
	h.Keys("/", "senior", "enter", "down")
	h.WantScreen("▸ Delta Senior")
	h.Keys("esc")
	h.WantScreen("▸ Delta Senior", "4 postings")
}

func TestFilterMatchesWordsThenLetters(t *testing.T) {
	h := homeWith(t, "Go Engineer Munich", "Platform Engineer", "Data Engineer Hamburg")
	h.Keys("/", "munich")
	h.WantScreen("1 of 3 postings", "Go Engineer Munich")
	h.Keys("esc", "/", "hmbrg") // no word matches: letters in order do
	h.WantScreen("1 of 3 postings", "Data Engineer Hamburg")
	h.Keys("esc", "/", "zzz")
	h.WantScreen("0 of 3 postings", "Nothing matches “zzz”")
}

// fullHelp is the page's full help as text.
func fullHelp(p *drafts.Page) string {
	var out []string
	for _, col := range p.FullHelp() {
		for _, b := range col {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return strings.Join(out, " · ")
}

// At 80×24 the help line keeps "? help" and "q quit" after the page's
// keys (it ended "s set statu…").
func TestShortHelpLeavesRoomForHelpAndQuit(t *testing.T) {
	h := homeAt(t, 80, 24, "Any Posting")
	for _, keys := range [][]string{nil, {"/"}, {"enter"}, {"esc", "s"}, {"esc", "r"}} {
		h.Keys(keys...)
		hm := help.New()
		hm.Styles = h.c.Styles.Help
		hm.SetWidth(80)
		line := ansi.Strip(hm.ShortHelpView(append(h.page.ShortHelp(), []key.Binding{h.c.Keys.Help, h.c.Keys.Quit}...)))
		if !strings.HasSuffix(line, "? help • q quit") || ansi.StringWidth(line) > 80 {
			t.Fatalf("after %v the help line is %q", keys, line)
		}
	}
}

func TestGolden(t *testing.T) {
	for _, theme := range []common.Theme{common.Dark, common.Light} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			for _, n := range []int{0, 1, 12} {
				t.Run(fmt.Sprintf("%d-%s-%dx%d", n, theme, size[0], size[1]), func(t *testing.T) {
					t.Parallel()
					c := uitest.NewCommon(t, theme)
					var titles []string
					for i := range n {
						titles = append(titles, fmt.Sprintf("Senior Backend Engineer %d", i+1))
					}
					seedDrafts(t, c, titles...)
					d := uitest.NewDriver(t, uitest.NewHost(drafts.New(c)), size[0], size[1])
					if n > 1 {
						d.Keys("down", "down")
					}
					uitest.Golden(t, d.Frame())
				})
			}
		}
	}
}

// A draft with hostile text in every field (bypassing the cleaning of
// typing and importing) draws no control of its own, listed or filtered.
func TestHostileTextNeverReachesTheTerminalRaw(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{100, 30}, {140, 40}} {
		c := uitest.NewCommon(t, common.Dark)
		if err := c.Store.Save(uitest.HostilePosting()); err != nil {
			t.Fatal(err)
		}
		d := uitest.NewDriver(t, uitest.NewHost(drafts.New(c)), size[0], size[1])
		d.WantScreen("Engineer R&D")
		uitest.CheckFrame(t, "drafts", d.Frame())
		d.Keys("/", "engineer")
		uitest.CheckFrame(t, "drafts, filtered", d.Frame())
		d.Keys("enter", "r")
		uitest.CheckFrame(t, "drafts, renaming", d.Frame())
		d.Keys("esc", "s")
		uitest.CheckFrame(t, "drafts, choosing a status", d.Frame())
	}
}

// A posting the wizard has just saved opens in the editor, with the
// drafts list underneath, that draft selected for esc to come back to.
func TestWizardsPostingOpensInTheEditor(t *testing.T) {
	h := homeWith(t, "First Posting", "Second Posting")
	second := h.saved[1].ID
	h.closeTop(common.DraftClosedMsg{ID: second, Title: "Second Posting", Note: "Saved “Second Posting”", Open: true})
	h.wantAsked(common.OpenDraftMsg{ID: second})
	h.WantScreen("▸ Second Posting")
}
