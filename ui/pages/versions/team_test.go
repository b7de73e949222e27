package versions_test

import (
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/versions"
)

// In a team library each version says who saved it; restoring one of a
// draft another session is editing is refused, naming them, and changes
// nothing.
func TestTeamVersionsSayWhoSavedThem(t *testing.T) {
	t.Parallel()
	lib := uitest.NewCommon(t, common.Dark)
	uitest.PinStoreClock(t, lib, uitest.Ticking(uitest.FixedNow.Add(-3*time.Hour), time.Hour))
	ana, ben := uitest.Teammate(t, lib, "ana"), uitest.Teammate(t, lib, "ben")
	p := model.New(uitest.FixedNow)
	p.Title = "Backend Engineer"
	if err := ana.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	p, err := ben.Store.Get(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	p.Title = "Backend Engineer, Payments"
	if err := ben.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	host := uitest.NewHost(versions.New(ana, p.ID, p.Title))
	d := uitest.NewDriver(t, host, 100, 30)
	d.WantScreen("23 Nov 09:00:00 by ben (current)", "23 Nov 08:00:00 by ana")

	if err := ben.Store.Hold(p.ID); err != nil {
		t.Fatal(err)
	}
	d.Keys("down", "enter")
	if want := "Could not restore the version: ben is editing it; try again once they close it"; host.Status.Text != want {
		t.Fatalf("status %q", host.Status.Text)
	}
	if host.LastAsked() != nil {
		t.Fatalf("left the page: %#v", host.LastAsked())
	}
	if got, _ := ana.Store.Get(p.ID); got.Title != "Backend Engineer, Payments" {
		t.Fatalf("restored over ben's hold: %q", got.Title)
	}
}

// In single-user jobpost a version names nobody.
func TestSingleUserVersionsNameNobody(t *testing.T) {
	d, _, _, _ := twoVersions(t, "First Title", func(p *model.Posting) { p.Title = "Second Title" })
	if s := d.Screen(); strings.Contains(s, " by ") {
		t.Fatalf("a version names someone:\n%s", s)
	}
}
