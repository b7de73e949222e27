package profile_test

import (
	"strings"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/profile"
)

func openProfile(t *testing.T, c *common.Common, w, h int) (*uitest.Driver, *uitest.Host) {
	t.Helper()
	host := uitest.NewHost(profile.New(c))
	return uitest.NewDriver(t, host, w, h), host
}

// TestProfileEditedAndSaved fills the company profile on its page, leaves
// it (saving), and finds it there on opening it again.
func TestProfileEditedAndSaved(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d, host := openProfile(t, c, 100, 30)
	d.WantScreen("Company profile", "every new posting starts with it", "Usual location")
	d.Keys("enter", "Acme Logistics", "tab", "https://acme.example", "enter")
	d.CursorTo("Pay currency")
	d.Keys("enter", "eur", "enter")
	d.CursorTo("Benefits")
	d.Keys("enter", "a", "space", "down", "space", "enter", "esc")
	d.CursorTo("Usual location")
	d.Keys("enter", "Berlin", "tab", "tab", "Germany", "enter")
	d.Keys("esc")
	if _, ok := host.LastAsked().(common.BackMsg); !ok {
		t.Fatalf("asked %#v", host.Asked)
	}
	prof, ok, err := c.Store.Profile()
	if err != nil || !ok {
		t.Fatalf("profile not saved: %v %v", ok, err)
	}
	if prof.Company.Name != "Acme Logistics" || prof.Company.Website != "https://acme.example" ||
		prof.Currency != "EUR" || prof.Location.City != "Berlin" || len(prof.Benefits) != 2 {
		t.Fatalf("saved %+v", prof)
	}
	d2, _ := openProfile(t, c, 100, 30)
	d2.WantScreen("Acme Logistics", "Berlin, Germany")
}

// Issue 10: at 120 columns the profile's header and the empty list's
// hint are whole, not cut.
func TestProfileHeaderAndHintWholeAt120(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d, _ := openProfile(t, c, 120, 30)
	d.WantScreen("every new posting starts with it")
	d.CursorTo("Benefits")
	d.Keys("enter")
	var left []string
	for _, l := range strings.Split(d.Screen(), "\n") {
		before, _, _ := strings.Cut(l, "│")
		left = append(left, strings.TrimSpace(before))
	}
	if !strings.Contains(strings.Join(left, " "), "Nothing here yet: a adds from the catalog, n types a line.") {
		t.Fatalf("hint cut:\n%s", d.Screen())
	}
	d.RejectScreen("…")
}

func TestProfileGolden(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d, _ := openProfile(t, c, 80, 24)
	uitest.Golden(t, d.Frame())
}
