package postingeditor_test

import (
	"strings"
	"testing"

	"jobpost/model/check"
	"jobpost/ui/internal/uitest"
)

func hasRule(fs []check.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// The Checks section counts the findings, worked out off the key path;
// opened, it lists them; enter goes to the section one concerns; a fix
// takes the finding away.
func TestShellChecksFollowAFinding(t *testing.T) {
	d, h, _ := draftHost(t, 80, 24)
	d.WantScreen("Checks", "1 problem · 2 suggestions")
	// "rockstar" at the end of the summary.
	d.Keys("down", "down", "enter", "end", "space")
	d.Keys(strings.Split("rockstar", "")...)
	d.Keys("esc")
	if !hasRule(h.e.Findings(), "wording/silly-title") {
		t.Fatalf("no silly-title finding after typing rockstar: %v\nsummary %.40q\n%s", h.e.Findings(), h.e.Posting().Summary, d.Screen())
	}
	d.WantScreen("2 problems · 2 suggestions")
	// Open Checks, find the finding, follow it.
	d.Keys("G", "enter")
	d.WantScreen("Checks · 2 problems", "Silly titles in the summary")
	for range len(h.e.Findings()) {
		if strings.Contains(d.Screen(), "▸ ! Silly titles") {
			break
		}
		d.Keys("down")
	}
	d.WantScreen("rockstar", "Source: Joblint")
	uitest.Golden(t, d.Frame())
	d.Keys("enter")
	d.WantScreen("rockstar") // the summary's textarea, open
	if !h.e.Typing() {
		t.Fatal("enter on the finding did not open its section")
	}
	d.Keys("end")
	for range len(" rockstar") {
		d.Keys("backspace")
	}
	d.Keys("esc")
	if hasRule(h.e.Findings(), "wording/silly-title") {
		t.Fatal("the finding stayed after the fix")
	}
	d.WantScreen("1 problem · 2 suggestions")
}

// "Open to applicants in": names or codes, kept as codes; one it cannot
// place is named under the field, and the posting keeps the last valid
// list until it is fixed. (Xanadu, since no prefix of it is a country
// code: "Na" would be Namibia while "Narnia" is typed.)
func TestShellApplicantLocations(t *testing.T) {
	d, h, _ := draftHost(t, 80, 24)
	for range 10 {
		d.Keys("down")
	}
	d.Keys("enter", "tab", "tab", "tab", "tab")
	d.Keys(strings.Split("Germany, ontario, us-co, Xanadu", "")...)
	d.WantScreen("“Xanadu” is not a place jobpost knows")
	if got := strings.Join(h.e.Posting().ApplicantLocations, " "); got != "DE CA-ON US-CO" {
		t.Fatalf("want the last valid list kept while Xanadu is typed, got %q", got)
	}
	for range len(", Xanadu") {
		d.Keys("backspace")
	}
	d.Keys("enter")
	if got := strings.Join(h.e.Posting().ApplicantLocations, " "); got != "DE CA-ON US-CO" {
		t.Fatalf("applicant locations %q", got)
	}
	d.WantScreen("applicants in DE, CA-ON, US-CO")
}
