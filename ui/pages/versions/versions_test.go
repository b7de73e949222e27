package versions_test

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/versions"
)

// twoVersions saves a draft titled title, then a second version changed
// by edit, and opens its versions page.
func twoVersions(t *testing.T, title string, edit func(*model.Posting)) (*uitest.Driver, *uitest.Host, *common.Common, model.Posting) {
	t.Helper()
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	// The two versions saved two hours and an hour before the page's
	// clock, the same in every run.
	uitest.PinStoreClock(t, c, uitest.Ticking(uitest.FixedNow.Add(-3*time.Hour), time.Hour))
	p := model.New(uitest.FixedNow)
	p.Title, p.Role, p.Seniority = title, "backend", "senior"
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	edit(&p)
	p.UpdatedAt = uitest.FixedNow.Add(time.Minute)
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	host := uitest.NewHost(versions.New(c, p.ID, common.DisplayTitle(p.Title)))
	return uitest.NewDriver(t, host, 100, 30), host, c, p
}

// TestMain shows times in UTC, as the goldens were made: the page shows
// when a version was saved in local time.
func TestMain(m *testing.M) {
	time.Local = time.UTC
	os.Exit(m.Run())
}

func TestRestore(t *testing.T) {
	d, host, c, p := twoVersions(t, "First Title", func(p *model.Posting) { p.Title = "Second Title" })
	if got := host.Page.Title(); got != "Versions of Second Title" {
		t.Fatalf("title %q", got)
	}
	d.WantScreen("current", "Second Title")
	d.Keys("enter")
	if host.Status.Text != "That is the current version already." || host.LastAsked() != nil {
		t.Fatalf("enter on the current version: %q, asked %#v", host.Status.Text, host.LastAsked())
	}
	d.Keys("down")
	d.WantScreen("First Title")
	d.Keys("enter")
	back, ok := host.LastAsked().(common.BackMsg)
	closed, _ := back.Result.(common.DraftClosedMsg)
	if !ok || closed.ID != p.ID || closed.Title != "First Title" || !strings.HasPrefix(closed.Note, "Restored the version saved") {
		t.Fatalf("restore asked %#v", host.LastAsked())
	}
	if got, _ := c.Store.Get(p.ID); got.Title != "First Title" {
		t.Fatalf("restored title %q", got.Title)
	}
}

func TestRestoringAVersionKeepsThePostedRecord(t *testing.T) {
	d, _, c, p := twoVersions(t, "Old Title", func(p *model.Posting) {
		p.Title, p.Status = "New Title", model.StatusPosted
		p.Posted = model.Placements{{Board: "LinkedIn", On: uitest.FixedNow}}
	})
	d.Keys("down", "enter")
	got, _ := c.Store.Get(p.ID)
	if got.Title != "Old Title" || got.Status != model.StatusPosted || got.Posted == nil {
		t.Fatalf("restored %q %q %+v", got.Title, got.Status, got.Posted)
	}
}

func TestFilterTakesEveryKey(t *testing.T) {
	d, host, c, p := twoVersions(t, "First Title", func(p *model.Posting) { p.Title = "Second Title" })
	d.Keys("/", "r", "q")
	if !host.Page.Typing() {
		t.Fatal("the filter has focus but the page is not typing: q would quit")
	}
	if got, _ := c.Store.Get(p.ID); got.Title != "Second Title" || host.LastAsked() != nil {
		t.Fatalf("typing in the filter acted: title %q, asked %#v", got.Title, host.LastAsked())
	}
}

func TestEscGoesBack(t *testing.T) {
	d, host, _, _ := twoVersions(t, "First Title", func(p *model.Posting) { p.Title = "Second Title" })
	d.Keys("esc")
	if host.LastAsked() != (common.BackMsg{From: host.Page.ID()}) {
		t.Fatalf("esc asked %#v", host.LastAsked())
	}
}

func TestPreviewFollowsTheCursor(t *testing.T) {
	d, _, _, _ := twoVersions(t, "First Title", func(p *model.Posting) {
		p.Title, p.Summary = "Second Title", "Only in the second version."
	})
	d.WantScreen("Only in the second version.")
	d.Keys("down")
	d.RejectScreen("Only in the second version.")
}

// A posting with hostile text in every field (bypassing the cleaning of
// typing and importing) draws no control of its own, listed or rendered.
func TestHostileTextNeverReachesTheTerminalRaw(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.HostilePosting()
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	page := versions.New(c, p.ID, common.DisplayTitle(p.Title))
	d := uitest.NewDriver(t, uitest.NewHost(page), 100, 30)
	d.WantScreen("current")
	uitest.CheckFrame(t, "versions", d.Frame())
	uitest.CheckFrame(t, "versions title", page.Title())
}

func TestGolden80x24(t *testing.T) {
	d, _, _, _ := twoVersions(t, "Senior Backend Engineer", func(p *model.Posting) {
		p.Title, p.Summary = "Senior Backend Engineer, Payments", "Build the services that move money."
	})
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.WantScreen("Build the services that move money.")
	uitest.Golden(t, d.Frame())
}

// Versions that cannot be read say so, in words; it said "No saved
// versions of this draft yet".
func TestALoadFailureIsShownNotEmpty(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := model.New(uitest.FixedNow)
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := c.Store.Close(); err != nil {
		t.Fatal(err)
	}
	host := uitest.NewHost(versions.New(c, p.ID, "Any"))
	d := uitest.NewDriver(t, host, 80, 24)
	d.WantScreen("Could not read the versions.", "database not open")
	d.RejectScreen("No saved versions", p.ID)
	if !strings.Contains(host.Status.Text, "Could not read the versions") {
		t.Fatalf("status %q", host.Status.Text)
	}
}
