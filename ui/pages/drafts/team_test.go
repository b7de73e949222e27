package drafts_test

import (
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/drafts"
)

// team is ana's drafts page in a team library where ben works too: ana
// wrote the first two drafts, ben the last two, and ben is editing
// "Ben's Data Engineer".
type team struct {
	*home
	ben   *common.Common
	bens  []model.Posting
	anas  []model.Posting
	ana   *common.Common
	libry *common.Common
}

func teamAt(t *testing.T, w, h int) *team {
	t.Helper()
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	ana, ben := uitest.Teammate(t, lib, "ana"), uitest.Teammate(t, lib, "ben")
	anas := seedDrafts(t, ana, "Ana's Backend Engineer", "Ana's Platform Engineer")
	// A second older than ana's, so that the order does not hang on the
	// drafts' random ids.
	bens := seedDraftsAt(t, ben, uitest.FixedNow.Add(-time.Second), "Ben's Data Engineer", "Ben's Frontend Engineer")
	if err := ben.Store.Hold(bens[0].ID); err != nil {
		t.Fatal(err)
	}
	page := drafts.New(ana)
	host := uitest.NewHost(page)
	hm := &home{Driver: uitest.NewDriver(t, host, w, h), host: host, page: page, c: ana, saved: append(anas, bens...)}
	return &team{home: hm, ben: ben, bens: bens, anas: anas, ana: ana, libry: lib}
}

// Each row says who changed it last; the draft ben is editing says so, in
// words (readable without colours).
func TestTeamRowsSayWhoChangedItAndWhoIsEditing(t *testing.T) {
	tm := teamAt(t, 80, 24)
	tm.WantScreen("draft · just now by ana", "draft · 1 hour ago by ben", "Ben's Data Engineer", "✎ ben editing", "4 postings")
	for _, l := range strings.Split(tm.Screen(), "\n") {
		if strings.Contains(l, "✎") && !strings.Contains(l, "Ben's Data Engineer") {
			t.Fatalf("the edit mark is on another row: %q", l)
		}
	}
	uitest.Golden(t, tm.Frame())
}

// At 60 columns a posted draft's long status leaves no room for all: the
// seniority and the place go first, then the status is cut, and who
// changed it stays whole.
func TestTeamRowsDropTheSeniorityFirstWhenNarrow(t *testing.T) {
	tm := teamAt(t, 60, 24)
	if _, err := common.ChangeDraft(tm.ana.Store, tm.anas[0].ID, uitest.FixedNow, func(p *model.Posting) {
		p.MarkPosted("LinkedIn", "", uitest.FixedNow)
		p.MarkPosted("Greenhouse", "", uitest.FixedNow)
	}); err != nil {
		t.Fatal(err)
	}
	tm.Keys("o", "o") // reloads nothing; a resume does
	tm.closeTop(nil)
	tm.WantScreen("posted on LinkedIn 23 Nov, Greenhous… · just now by ana")
	tm.RejectScreen("Senior · Lisbon, Portugal · posted")
}

// m shows only the drafts ana created or changed last, says so in the
// count line, works with the filter, and m again shows everyone's.
func TestTeamMineFilter(t *testing.T) {
	tm := teamAt(t, 100, 30)
	if help := uitest.HelpText(tm.page); !strings.Contains(help, "m only mine") {
		t.Fatalf("help lacks m: %s", help)
	}
	tm.Keys("m")
	tm.WantScreen("mine · 2 of 4 postings", "Ana's Backend Engineer", "Ana's Platform Engineer")
	tm.RejectScreen("Ben's")
	if help := uitest.HelpText(tm.page); !strings.Contains(help, "m everyone's") {
		t.Fatalf("help does not offer everyone's drafts back: %s", help)
	}
	tm.Keys("/", "platform", "enter")
	tm.WantScreen("mine · 1 of 4 postings", "Ana's Platform Engineer")
	tm.RejectScreen("Ana's Backend Engineer", "Ben's")
	tm.Keys("esc")
	tm.WantScreen("mine · 2 of 4 postings")
	tm.Keys("o") // by title, still only mine
	tm.WantScreen("mine · 2 of 4 postings · by title")
	tm.Keys("m")
	tm.WantScreen("4 postings · by title", "Ben's Data Engineer")
	tm.RejectScreen("mine ·")

	// A draft of ben's that ana changed is hers too.
	if _, err := common.ChangeDraft(tm.ana.Store, tm.bens[1].ID, uitest.FixedNow, func(p *model.Posting) { p.Title = "Frontend Engineer, checked by ana" }); err != nil {
		t.Fatal(err)
	}
	tm.closeTop(nil)
	tm.Keys("m")
	tm.WantScreen("mine · 3 of 4 postings", "Frontend Engineer, checked by ana")
}

// With none of the drafts hers, m says so and how to get back.
func TestTeamMineWithNothingMine(t *testing.T) {
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	seedDrafts(t, uitest.Teammate(t, lib, "ben"), "Ben's Data Engineer")
	page := drafts.New(uitest.Teammate(t, lib, "cleo"))
	d := uitest.NewDriver(t, uitest.NewHost(page), 80, 24)
	d.Keys("m")
	d.WantScreen("mine · 0 of 1 posting", "None of the drafts are yours yet. m shows everyone's.")
	if help := uitest.ShortHelpText(page); !strings.HasPrefix(help, "m everyone's") {
		t.Fatalf("help %q", help)
	}
}

// In single-user jobpost nobody is named: no "by", no m.
func TestSingleUserNamesNobody(t *testing.T) {
	h := homeAt(t, 80, 24, "Platform Engineer")
	if help := uitest.HelpText(h.page); strings.Contains(help, "mine") {
		t.Fatalf("help offers m: %s", help)
	}
	h.Keys("m")
	h.RejectScreen("mine", " by ")
	h.WantScreen("1 posting")
}

// Deleting, renaming or changing the status of the draft ben is editing
// is refused, naming him; the draft stays as it was, on the list.
func TestTeamHeldDraftIsNotChanged(t *testing.T) {
	tm := teamAt(t, 100, 30)
	tm.CursorTo("Ben's Data Engineer")
	tm.Keys("x")
	tm.wantStatus("Not deleted: ben is editing it; try again once they close it")
	tm.WantScreen("▸ Ben's Data Engineer", "4 postings")
	tm.Keys("r")
	tm.wantStatus("Not renamed: ben is editing it")
	tm.RejectScreen("New title")
	tm.Keys("s")
	tm.wantStatus("Status not changed: ben is editing it")
	if _, err := tm.ana.Store.Get(tm.bens[0].ID); err != nil {
		t.Fatalf("the held draft is gone: %v", err)
	}
	// Opening it is fine (read-only, in the editor).
	tm.Keys("enter")
	tm.wantAsked(common.OpenDraftMsg{ID: tm.bens[0].ID})

	// Once ben closes it, x moves it to the trash.
	tm.ben.Store.Release(tm.bens[0].ID)
	tm.Keys("x")
	tm.wantStatus("Moved to the trash")
}

// The same user in another session: "you".
func TestTeamHeldInAnotherSessionOfMine(t *testing.T) {
	tm := teamAt(t, 100, 30)
	other := uitest.Teammate(t, tm.libry, "ana")
	if err := other.Store.Hold(tm.anas[0].ID); err != nil {
		t.Fatal(err)
	}
	tm.closeTop(nil) // reloads, with the holds
	tm.WantScreen("✎ you editing")
	tm.CursorTo("Ana's Backend Engineer")
	tm.Keys("x")
	tm.wantStatus("Not deleted: you are editing it in another session; close it there first")
}

// A copy of ben's draft that ana makes is hers: created by ana, and
// among her drafts under m.
func TestTeamCopyIsByWhoeverCopiedIt(t *testing.T) {
	tm := teamAt(t, 100, 30)
	later(tm.home)
	tm.Keys("/", "Frontend", "enter", "d", "enter")
	tm.wantStatus("Copied as it is (r renames it): “Ben's Frontend Engineer”")
	copies := tm.copies()
	if len(copies) != 1 {
		t.Fatalf("%d copies", len(copies))
	}
	if c := copies[0]; c.CreatedBy != "ana" || c.UpdatedBy != "ana" {
		t.Fatalf("copy created by %q, changed by %q; want ana", c.CreatedBy, c.UpdatedBy)
	}
}

// A long user name in the edit mark is cut, not the title: the row keeps
// the draft's title and the word "editing".
func TestTeamLongEditorNameLeavesTheTitle(t *testing.T) {
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	long := uitest.Teammate(t, lib, "alexandra.konstantinopoulou-vanderbilt_hiring")
	held := seedDrafts(t, long, "Senior Data Engineer")
	if err := long.Store.Hold(held[0].ID); err != nil {
		t.Fatal(err)
	}
	d := uitest.NewDriver(t, uitest.NewHost(drafts.New(uitest.Teammate(t, lib, "ana"))), 60, 15)
	d.WantScreen("Senior Data Engineer", "✎ alexandra.konst", "… editing")
}
