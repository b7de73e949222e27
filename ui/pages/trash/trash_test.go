package trash_test

import (
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/trash"
)

// trashWith deletes drafts with these titles (the first deleted last, so
// listed first) and opens the trash.
func trashWith(t *testing.T, theme common.Theme, w, h int, titles ...string) (*uitest.Driver, *uitest.Host, *common.Common, []model.Posting) {
	t.Helper()
	c := uitest.NewCommon(t, theme)
	// Every save and deletion an hour apart, the last an hour before the
	// page's clock: "1 hour ago", the same in every run.
	uitest.PinStoreClock(t, c, uitest.Ticking(uitest.FixedNow.Add(-time.Duration(2*len(titles)+1)*time.Hour), time.Hour))
	var ps []model.Posting
	for i, title := range titles {
		p := model.New(uitest.FixedNow.Add(-time.Duration(i) * time.Hour))
		p.Title = title
		if err := c.Store.Save(p); err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if err := c.Store.Delete(ps[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	host := uitest.NewHost(trash.New(c))
	return uitest.NewDriver(t, host, w, h), host, c, ps
}

func TestRestore(t *testing.T) {
	d, host, c, ps := trashWith(t, common.Dark, 100, 30, "Delete Me", "Other")
	d.WantScreen("Delete Me", "Other", "hour ago", "Deleted drafts, the most recent first:")
	d.Keys("enter")
	if !strings.Contains(host.Status.Text, "Restored from the trash: “Delete Me”") {
		t.Fatalf("status %q", host.Status.Text)
	}
	d.RejectScreen("Delete Me")
	if _, err := c.Store.Get(ps[0].ID); err != nil {
		t.Fatalf("not restored: %v", err)
	}
	// Back on the drafts page, the restored draft is the one selected.
	d.Keys("esc")
	if got := host.LastAsked(); got != (common.BackMsg{From: host.Page.ID(), Result: common.DraftClosedMsg{ID: ps[0].ID}}) {
		t.Fatalf("esc asked %#v", got)
	}
}

func TestEscWithNothingRestored(t *testing.T) {
	d, host, _, _ := trashWith(t, common.Dark, 100, 30, "Delete Me")
	d.Keys("esc")
	if got := host.LastAsked(); got != (common.BackMsg{From: host.Page.ID()}) {
		t.Fatalf("esc asked %#v", got)
	}
}

func TestPurgeAsksFirst(t *testing.T) {
	d, host, c, ps := trashWith(t, common.Dark, 100, 30, "Delete Me")
	d.Keys("x")
	d.WantScreen("Delete “Delete Me” for good? Its saved versions go too")
	d.Keys("n")
	d.RejectScreen("for good?")
	d.WantScreen("Delete Me")
	d.Keys("x", "esc") // esc says no too, and does not leave
	if host.LastAsked() != nil {
		t.Fatalf("esc on the question left the trash: %#v", host.LastAsked())
	}
	d.Keys("x", "y")
	if !strings.Contains(host.Status.Text, "Deleted “Delete Me” for good") {
		t.Fatalf("status %q", host.Status.Text)
	}
	d.WantScreen("The trash is empty")
	if _, err := c.Store.Get(ps[0].ID); err == nil {
		t.Fatal("purged draft still in the store")
	}
	if items, _ := c.Store.Trash(); len(items) != 0 {
		t.Fatalf("trash holds %d", len(items))
	}
}

func TestFilterTakesEveryKey(t *testing.T) {
	d, _, c, _ := trashWith(t, common.Dark, 100, 30, "Rust Developer", "Go Developer")
	d.Keys("/", "rx")
	if items, _ := c.Store.Trash(); len(items) != 2 {
		t.Fatal("typing r or x in the filter acted")
	}
}

func TestGoldenList80x24(t *testing.T) {
	d, _, _, _ := trashWith(t, common.Dark, 80, 24, "Senior Backend Engineer", "Staff Platform Engineer")
	uitest.Golden(t, d.Frame())
}

func TestGoldenQuestion80x24(t *testing.T) {
	d, _, _, _ := trashWith(t, common.Light, 80, 24, "Senior Backend Engineer for the Payments Platform in Lisbon", "Other")
	d.Keys("x")
	d.WantScreen("y / n")
	uitest.Golden(t, d.Frame())
}

func TestGoldenEmpty80x24(t *testing.T) {
	d, _, _, _ := trashWith(t, common.Dark, 80, 24)
	d.WantScreen("The trash is empty")
	uitest.Golden(t, d.Frame())
}

// A trash that cannot be read says so, in words; it said "The trash is
// empty".
func TestALoadFailureIsShownNotEmpty(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	if err := c.Store.Close(); err != nil {
		t.Fatal(err)
	}
	host := uitest.NewHost(trash.New(c))
	d := uitest.NewDriver(t, host, 80, 24)
	d.WantScreen("Could not read the trash.", "database not open")
	d.RejectScreen("empty")
	if !strings.Contains(host.Status.Text, "Could not read the trash") {
		t.Fatalf("status %q", host.Status.Text)
	}
}

// An empty trash offers only the way back (it offered restore, delete
// for good and filter, and no way back).
func TestEmptyTrashOffersOnlyBack(t *testing.T) {
	d, host, _, _ := trashWith(t, common.Dark, 80, 24)
	if help := uitest.HelpText(host.Page); help != "esc back" {
		t.Fatalf("help %q", help)
	}
	if help := uitest.ShortHelpText(host.Page); help != "esc back" {
		t.Fatalf("short help %q", help)
	}
	d.Keys("enter", "x") // nothing to act on: nothing happens
	d.WantScreen("The trash is empty")
	d.Keys("esc")
	if got := host.LastAsked(); got != (common.BackMsg{From: host.Page.ID()}) {
		t.Fatalf("esc asked %#v", got)
	}
}

// With drafts in it, the help offers esc back among the first keys, so
// that at 80 columns (with "? help • q quit") it is never the one cut;
// under a filter, esc clears it, and the help says that instead.
func TestTrashHelpFollowsTheState(t *testing.T) {
	d, host, _, _ := trashWith(t, common.Dark, 80, 24, "Senior Backend Engineer", "Staff Platform Engineer")
	short := uitest.ShortHelpText(host.Page)
	if short != "enter restore • x delete for good • esc back • / filter" || len([]rune(short+" • ? help • q quit")) > 80 {
		t.Fatalf("short help %q", short)
	}
	d.Keys("/", "staff", "tab")
	if short := uitest.ShortHelpText(host.Page); short != "enter restore • x delete for good • esc clear filter" {
		t.Fatalf("filtered, short help %q", short)
	}
	d.Keys("esc")
	if host.LastAsked() != nil {
		t.Fatalf("esc on a filter left the trash: %#v", host.LastAsked())
	}
	d.Keys("/", "zzz", "tab")
	if short := uitest.ShortHelpText(host.Page); short != "esc clear filter" {
		t.Fatalf("nothing matches, short help %q", short)
	}
	d.Keys("esc", "x")
	if short := uitest.ShortHelpText(host.Page); short != "y delete it for good • n keep it" {
		t.Fatalf("asking, short help %q", short)
	}
}

// At 60×15 the empty trash's words wrap at spaces rather than being cut.
func TestGoldenEmpty60x15(t *testing.T) {
	d, _, _, _ := trashWith(t, common.Dark, 60, 15)
	d.WantScreen("Drafts you delete wait here until you restore them or delete\n", "them for good.")
	uitest.Golden(t, d.Frame())
}
