package ui

import (
	"slices"
	"testing"
)

// TestProfileEditedOnceAppliedToNewPostings saves a company profile on its
// screen and starts a new posting, which comes with it.
func TestProfileEditedOnceAppliedToNewPostings(t *testing.T) {
	t.Parallel()
	c := newTestCommon(t, Dark)
	d := newDriver(t, New(c), 100, 30)
	d.wantScreen("No postings yet")
	d.send(openProfileMsg{})
	d.wantScreen("Company profile", "every new posting starts with it", "Usual location")
	d.keys("enter", "Acme Logistics", "tab", "https://acme.example", "enter")
	d.section("Pay currency")
	d.keys("enter", "eur", "enter")
	d.section("Benefits")
	d.keys("enter", "a", "space", "space", "enter", "esc")
	d.section("Usual location")
	d.keys("enter", "Berlin", "tab", "tab", "Germany", "enter")
	d.keys("esc")
	d.wantScreen("Drafts")

	prof, ok, err := c.Store.Profile()
	if err != nil || !ok {
		t.Fatalf("profile not saved: %v %v", ok, err)
	}
	if prof.Company.Name != "Acme Logistics" || prof.Company.Website != "https://acme.example" ||
		prof.Currency != "EUR" || prof.Location.City != "Berlin" || len(prof.Benefits) != 2 {
		t.Fatalf("saved %+v", prof)
	}

	d.keys("n")
	p := d.wizard().posting
	if p.Company.Name != "Acme Logistics" || p.Salary.Currency != "EUR" || p.Location.Country != "Germany" ||
		!slices.Equal(p.Benefits, prof.Benefits) {
		t.Fatalf("new posting did not get the profile: %+v", p)
	}

	// The profile opens again with what was saved.
	d.keys("esc")
	d.send(openProfileMsg{})
	d.wantScreen("Acme Logistics", "Berlin, Germany")
}
