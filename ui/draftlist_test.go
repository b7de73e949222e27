package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"jobpost/model"
)

// seedDrafts saves postings with the given titles, the first the newest.
func seedDrafts(t *testing.T, c *Common, titles ...string) []model.Posting {
	t.Helper()
	var out []model.Posting
	for i, title := range titles {
		p := model.New(fixedNow.Add(-time.Duration(i) * time.Hour))
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

func homeWith(t *testing.T, titles ...string) (*driver, []model.Posting) {
	t.Helper()
	t.Parallel()
	c := newTestCommon(t, Dark)
	ps := seedDrafts(t, c, titles...)
	d := newDriver(t, New(c), 100, 30)
	return d, ps
}

func (d *driver) home() *DraftList {
	l, ok := d.app().screen.(*DraftList)
	if !ok {
		d.t.Fatalf("not on the drafts screen: %T", d.app().screen)
	}
	return l
}

func TestDraftListShowsNewestFirstWithDetails(t *testing.T) {
	d, _ := homeWith(t, "Newest Posting", "Older Posting")
	d.wantScreen("Newest Posting", "Older Posting", "Senior · Lisbon, Portugal · draft · just now", "1 hour ago")
	s := d.screen()
	if strings.Index(s, "Newest Posting") > strings.Index(s, "Older Posting") {
		t.Fatalf("not newest first:\n%s", s)
	}
}

func TestDraftListSortByTitle(t *testing.T) {
	d, _ := homeWith(t, "Zeta Engineer", "Alpha Engineer")
	d.keys("o")
	s := d.screen()
	if strings.Index(s, "Alpha Engineer") > strings.Index(s, "Zeta Engineer") {
		t.Fatalf("o did not sort by title:\n%s", s)
	}
	d.wantScreen("Sorted by title")
}

func TestDraftListFilterMatchesSkillsAndTakesQ(t *testing.T) {
	d, _ := homeWith(t, "Backend One", "Backend Two", "Backend Three")
	d.keys("/", "skill1")
	if d.quit {
		t.Fatal("typing in the filter quit")
	}
	d.wantScreen("Backend Two")
	if s := d.screen(); strings.Contains(s, "Backend Three") || strings.Contains(s, "Backend One") {
		t.Fatalf("filter on a skill kept other drafts:\n%s", s)
	}
	d.keys("q")
	if d.quit {
		t.Fatal("q in the filter quit")
	}
}

func TestDraftListDuplicateRenameStatus(t *testing.T) {
	d, ps := homeWith(t, "Platform Engineer")
	store := d.app().common.Store
	d.keys("d")
	d.wantScreen("Duplicated as “Platform Engineer (copy)”", "Platform Engineer (copy)")

	d.keys("r")
	d.wantScreen("New title:")
	for range len("Platform Engineer (copy)") {
		d.keys("backspace")
	}
	d.keys("Platform Engineer, Berlin", "enter")
	d.wantScreen("Renamed to “Platform Engineer, Berlin”")

	d.keys("s", "p")
	d.wantScreen("Posted on:")
	d.keys("LinkedIn", "enter")
	d.wantScreen("Marked as posted on LinkedIn", "posted on LinkedIn, 23 Nov")
	list, _ := store.List()
	if len(list) != 2 {
		t.Fatalf("want 2 drafts, got %d", len(list))
	}
	var renamed model.Posting
	for _, s := range list {
		if s.ID != ps[0].ID {
			renamed, _ = store.Get(s.ID)
		}
	}
	if renamed.Title != "Platform Engineer, Berlin" || renamed.Status != model.StatusPosted || renamed.Posted == nil || renamed.Posted.Board != "LinkedIn" {
		t.Fatalf("got %q %q %+v", renamed.Title, renamed.Status, renamed.Posted)
	}
	d.keys("s", "r")
	d.wantScreen("is now ready")
}

func TestDraftListDeleteUndoAndTrash(t *testing.T) {
	d, ps := homeWith(t, "Keep Me", "Delete Me")
	store := d.app().common.Store
	d.keys("down", "x")
	d.wantScreen("Moved “Delete Me” to the trash")
	if strings.Contains(d.screen(), "\n  Delete Me") {
		t.Fatal("deleted draft still listed")
	}
	d.keys("u")
	d.wantScreen("Restored from the trash", "Delete Me")

	d.keys("x", "t")
	d.wantScreen("Trash", "Delete Me", "deleted ")
	d.keys("enter")
	d.wantScreen("Restored from the trash")
	d.keys("esc")
	d.wantScreen("Delete Me", "Keep Me")

	d.keys("down", "x", "t", "x")
	d.wantScreen("Delete “Delete Me” for good? Its saved versions go too")
	d.keys("n")
	d.wantScreen("Delete Me")
	d.keys("x", "y")
	d.wantScreen("Deleted “Delete Me” for good", "The trash is empty")
	if _, err := store.Get(ps[1].ID); err == nil {
		t.Fatal("purged draft still in the store")
	}
}

func TestRevisionsRestore(t *testing.T) {
	d, p := homeWithTwoVersions(t, "First Title", func(p *model.Posting) { p.Title = "Second Title" })
	store := d.app().common.Store
	d.keys("v")
	d.wantScreen("Versions of Second Title", "current")
	d.keys("enter")
	d.wantScreen("current version already")
	d.keys("down")
	d.wantScreen("First Title")
	d.keys("enter")
	d.wantScreen("Drafts", "Restored the version saved")
	got, _ := store.Get(p.ID)
	if got.Title != "First Title" {
		t.Fatalf("restored title %q", got.Title)
	}
}

func TestCompanyProfileFromTheDraftsScreen(t *testing.T) {
	d, _ := homeWith(t, "Any Posting")
	d.keys("c")
	d.wantScreen("Company profile")
	d.keys("esc")
	d.wantScreen("Drafts", "Any Posting")
}

func TestDeletingTheLastRowKeepsASelection(t *testing.T) {
	d, _ := homeWith(t, "First", "Second", "Third")
	d.keys("G", "x")
	d.wantScreen("Moved “Third” to the trash", "▸ Second")
	d.keys("enter")
	d.wantScreen("Editing: Second")
}

func TestRestoringAVersionKeepsThePostedRecord(t *testing.T) {
	d, p := homeWithTwoVersions(t, "Old Title", func(p *model.Posting) {
		p.Title, p.Status = "New Title", model.StatusPosted
		p.Posted = &model.Posted{Board: "LinkedIn", On: fixedNow}
	})
	store := d.app().common.Store
	d.keys("v", "down", "enter")
	d.wantScreen("Restored the version saved")
	got, _ := store.Get(p.ID)
	if got.Title != "Old Title" || got.Status != model.StatusPosted || got.Posted == nil {
		t.Fatalf("restored %q %q %+v", got.Title, got.Status, got.Posted)
	}
}

func TestVersionsFilterTakesEveryKey(t *testing.T) {
	d, p := homeWithTwoVersions(t, "First Title", func(p *model.Posting) { p.Title = "Second Title" })
	store := d.app().common.Store
	d.keys("v", "/", "r", "q")
	d.wantScreen("Versions of")
	if got, _ := store.Get(p.ID); got.Title != "Second Title" || d.quit {
		t.Fatalf("typing in the filter acted: title %q, quit %v", got.Title, d.quit)
	}
}

func TestALateDraftDoesNotPullTheUserBack(t *testing.T) {
	d, ps := homeWith(t, "Slow To Load")
	// enter asked for the draft; before it arrives, n starts a posting.
	late := loadDraft(d.app().common.Store, ps[0].ID, d.app().nav)
	d.keys("n")
	d.wantScreen("Step 1/5")
	d.send(late())
	d.wantScreen("Step 1/5")
}

func TestFilteredDeleteAndUndoKeepASelection(t *testing.T) {
	d, _ := homeWith(t, "Senior One", "Junior Two", "Senior Three", "Senior Four")
	d.keys("/", "senior", "enter", "G", "x")
	d.wantScreen("Moved “Senior Four” to the trash", "▸ Senior Three")
	d.keys("enter")
	d.wantScreen("Editing: Senior Three")
	d.keys("esc") // leaving the editor…
	d.wantScreen("Drafts")
	d.keys("u") // …does not lose the undo
	d.wantScreen("Restored from the trash", "Senior Four")
}

func TestClearingTheFilterKeepsTheDraft(t *testing.T) {
	d, _ := homeWith(t, "Alpha", "Beta Senior", "Gamma", "Delta Senior")
	d.keys("/", "senior", "enter", "down")
	d.wantScreen("▸ Delta Senior")
	d.keys("esc")
	d.wantScreen("▸ Delta Senior")
}

// homeWithTwoVersions saves a draft titled title, then a minute later a
// second version changed by edit, and shows the drafts screen.
func homeWithTwoVersions(t *testing.T, title string, edit func(*model.Posting)) (*driver, model.Posting) {
	t.Helper()
	d, ps := homeWith(t, title)
	p := ps[0]
	edit(&p)
	p.UpdatedAt = fixedNow.Add(time.Minute)
	if err := d.app().common.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	d.send(goHomeMsg{})
	return d, p
}
