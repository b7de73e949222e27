package wizard

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

// toDetails walks a new wizard to the details step: Backend Engineer,
// Senior, the default skills and duties.
func toDetails(t *testing.T) wizard {
	t.Helper()
	d := start(t)
	d.Keys("enter", "down", "enter", "enter", "enter")
	d.WantScreen("Step 5/6", "Any may stay empty")
	return d
}

// Every detail typed as people type it: a country found by a few letters
// and stored as its code, amounts with separators and k, an e-mail
// address taken as one.
func TestDetailsFillThePosting(t *testing.T) {
	t.Parallel()
	d := toDetails(t)
	d.Keys("Lisbon", "tab", "tab", "portu")
	d.WantScreen("Countries", "▸ Portugal  PT")
	d.Keys("enter")
	d.RejectScreen("Countries")
	d.WantScreen("Country    Portugal")
	d.Keys("tab", "right", "tab", "tab", "75,000", "tab", "95k", "tab", "eur", "tab", "right", "tab", "jobs@acme.example")
	d.Keys("enter")
	d.WantScreen("Step 6/6", "75,000–95,000 EUR per year")
	p := d.page.posting
	want := model.Location{City: "Lisbon", Country: "PT"}
	if p.Location != want || p.Workplace == "" || p.Salary.Min != 75000 || p.Salary.Max != 95000 ||
		p.Salary.Currency != "EUR" || p.Salary.Period != "YEAR" || p.Apply != (model.Apply{Email: "jobs@acme.example"}) {
		t.Fatalf("posting %+v %q %+v %+v", p.Location, p.Workplace, p.Salary, p.Apply)
	}
	d.RejectScreen("Not stated yet")

	// Back and forth keeps what was typed.
	d.Keys("esc")
	d.WantScreen("Step 5/6", "City       Lisbon", "Pay to     95k")
}

// tab on a country half typed takes the one under the cursor; text that
// names no country is refused, and enter does not leave while it is.
func TestDetailsCountryAndMistakes(t *testing.T) {
	t.Parallel()
	d := toDetails(t)
	d.Keys("tab", "tab", "usa")
	d.WantScreen("▸ United States")
	d.Keys("tab")
	if got := d.page.posting.Location.Country; got != "US" {
		t.Fatalf("country %q, want US", got)
	}
	clear := func() { d.Send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}) }
	d.Keys("shift+tab")
	clear()
	d.Keys("Atlantis")
	d.WantScreen("is not in the ISO 3166 list")
	d.Keys("enter")
	d.WantScreen("Step 5/6")
	if d.host.Status.Text == "" {
		t.Fatal("enter on a wrong country said nothing")
	}
	clear()
	d.Keys("tab", "tab", "tab", "lots")
	d.WantScreen("not an amount")
	clear()
	d.Keys("tab", "tab", "tab", "tab", "www.example.com")
	d.WantScreen("must be a full http:// or https:// address")
	clear()
	d.Keys("enter")
	d.WantScreen("Step 6/6", "Not stated yet: location, workplace, pay, how to apply.")
	if got := d.page.posting.Location.Country; got != "" {
		t.Fatalf("an emptied country left %q", got)
	}
}
