package profile_test

import (
	"testing"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// The headcount and home location are edited in the profile, saved with
// it, and kept when other parts change.
func TestProfileHeadcountAndHome(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	if err := c.Store.SaveProfile(model.CompanyProfile{Company: model.Company{Name: "Acme"}, Employees: 40}); err != nil {
		t.Fatal(err)
	}
	d, _ := openProfile(t, c, 100, 30)
	d.WantScreen("Size & home", "40 employees")
	d.CursorTo("Size & home")
	d.Keys("enter", "x")
	d.WantScreen("must be a whole number")
	d.Keys("backspace", "backspace", "backspace", "1,250", "tab", "Denver", "tab", "CO", "tab", "Narnia")
	d.WantScreen("is not a country jobpost knows")
	for range len("Narnia") {
		d.Keys("backspace")
	}
	d.Keys("US", "enter")
	d.WantScreen("1,250 employees · Denver, CO, United States")
	d.CursorTo("Pay currency")
	d.Keys("enter", "usd", "enter", "esc")
	prof, _, err := c.Store.Profile()
	if err != nil {
		t.Fatal(err)
	}
	if prof.Employees != 1250 || prof.Home != (model.Location{City: "Denver", Region: "CO", Country: "US"}) || prof.Currency != "USD" || prof.Company.Name != "Acme" {
		t.Fatalf("saved %+v", prof)
	}
}
