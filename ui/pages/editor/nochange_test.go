package editor_test

import (
	"strings"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// Issue 9, item 1: the editor never rewrites a value nobody changed, and
// an input's limit is never below its value's length.

func TestEditorKeepsLongSummaryNobodyChanged(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	p.Summary = strings.Repeat("An imported summary, longer than the editor's usual limit. ", 170)[:10000]
	d := open(t, c, p, 140, 40)
	d.section("Summary")
	d.Keys("enter", "up", "esc")
	if got := d.stored().Summary; got != p.Summary {
		t.Fatalf("summary of %d characters stored as %d", len(p.Summary), len(got))
	}
	// Typing keeps all of it too (the limit is its length).
	d.Keys("enter", "backspace", "!")
	if got := d.stored().Summary; got != p.Summary[:9999]+"!" {
		t.Fatalf("after typing: %d characters", len(got))
	}
}

func TestEditorKeepsLongCityWhenCountryRetyped(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	p.Location.City = strings.Repeat("Llanfair", 40)[:300]
	d := open(t, c, p, 140, 40)
	d.section("Location")
	d.Keys("enter", "tab", "tab", "backspace", "y", "enter")
	got := d.stored().Location
	if got.City != p.Location.City || got.Country != "Germany" {
		t.Fatalf("city of %d stored as %d, country %q", len(p.Location.City), len(got.City), got.Country)
	}
	// The city's own input holds all of it.
	d.Keys("enter", "backspace", "x", "enter")
	if got := d.stored().Location.City; got != p.Location.City[:299]+"x" {
		t.Fatalf("typing in the city: %d characters", len(got))
	}
}

func TestEditorKeepsLongDutyOpenedAndClosedUnchanged(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	p.Responsibilities[0] = strings.Repeat("Own the payments platform end to end. ", 30)[:1000]
	d := open(t, c, p, 140, 40)
	d.section("What you will do")
	d.Keys("enter", "e", "enter", "esc")
	if got := d.stored().Responsibilities[0]; got != p.Responsibilities[0] {
		t.Fatalf("duty of %d stored as %d", len(p.Responsibilities[0]), len(got))
	}
}
