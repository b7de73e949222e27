package editor_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/autosave"
	"jobpost/ui/internal/uitest"
)

// What the QA tester found at 80×24 (issue 11): every key that changes
// something says what it did, and the note is not replaced at once by the
// autosave's "Saving…" and "Saved".

// late opens the editor at 80×24 with status messages that stay up as in
// the program, and holds the autosave back while keys are sent, to
// deliver it after them: in the program it comes 400 ms later.
func late(t *testing.T) (*session, func(keys ...string)) {
	t.Helper()
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	c.Timing.StatusTTL = time.Minute
	d := open(t, c, uitest.FullPosting(t, c), 80, 24)
	return d, func(keys ...string) {
		var due []tea.Msg
		d.Drop = func(msg tea.Msg) bool {
			_, ok := msg.(autosave.DueMsg)
			if ok {
				due = append(due, msg)
			}
			return ok
		}
		d.Keys(keys...)
		d.Drop = nil
		d.Send(due...)
	}
}

func TestEditorMoveSaysSo(t *testing.T) {
	d, keys := late(t)
	d.section("Must-have skills")
	keys("enter", "m")
	if d.status() != "Moved “Go” to nice-to-have" {
		t.Fatalf("status %q", d.status())
	}
	if d.page().Unsaved() {
		t.Fatal("the move is not saved")
	}
}

// esc in a form puts back what is not valid and says what it kept.
func TestEditorFormEscSaysWhatWasPutBack(t *testing.T) {
	d, keys := late(t)
	d.section("Pay")
	keys("enter", "tab", "tab")
	d.Send(ctrl('u'))
	keys("XYZ", "tab", "right", "esc")
	want := "Currency XYZ is not valid: kept EUR. The rest is saved."
	if d.status() != want {
		t.Fatalf("status %q", d.status())
	}
	if s := d.stored().Salary; s.Currency != "EUR" || s.Period != "MONTH" {
		t.Fatalf("salary %+v", s)
	}
	// Alone, and two at once (ctrl+u clears the minimum, then the
	// currency).
	for _, tc := range []struct {
		typed [][]string
		want  string
	}{
		{[][]string{{"lots", "esc"}}, "Minimum lots is not valid: kept 80000"},
		{[][]string{{"lots", "tab", "tab"}, {"XYZ", "esc"}}, "Minimum and Currency were not valid: put back"},
	} {
		keys("enter")
		for _, typed := range tc.typed {
			d.Send(ctrl('u'))
			keys(typed...)
		}
		if d.status() != tc.want {
			t.Fatalf("status %q, want %q", d.status(), tc.want)
		}
	}
	// The hint on enter fits the status bar at 80 columns.
	keys("enter")
	d.Send(ctrl('u'))
	keys("lots", "enter")
	if s := d.status(); !strings.HasPrefix(s, "Fix the marked field first") || len(s) > 62 {
		t.Fatalf("status %q", s)
	}
}

// The sections list names the employment type as its form does: the
// catalog's words.
func TestEditorEmploymentTypeOneLabel(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d := open(t, c, uitest.FullPosting(t, c), 80, 24)
	d.section("Employment type")
	d.Keys("enter")
	for range len(c.Catalog.EmploymentTypes) {
		if strings.Contains(d.Screen(), "‹ Contract ›") {
			break
		}
		d.Keys("right")
	}
	d.WantScreen("‹ Contract ›")
	d.Keys("enter")
	d.WantScreen("Employment type     Contract")
	d.RejectScreen("Contractor")
}
