package versions_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/versions"
)

// versionsOf saves a draft, then one more version for each edit, an hour
// apart, and opens its versions page at w×h.
func versionsOf(t *testing.T, w, h int, edits ...func(*model.Posting)) (*uitest.Driver, *uitest.Host) {
	t.Helper()
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	uitest.PinStoreClock(t, c, uitest.Ticking(uitest.FixedNow.Add(-time.Duration(len(edits)+2)*time.Hour), time.Hour))
	p := model.New(uitest.FixedNow)
	p.Title, p.Role, p.Seniority = "Backend Engineer", "backend", "senior"
	p.Responsibilities = []string{"Build APIs", "Run services", "Review code"}
	p.Skills.Required = []string{"Go", "SQL"}
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	for i, edit := range edits {
		edit(&p)
		p.UpdatedAt = uitest.FixedNow.Add(time.Duration(i+1) * time.Minute)
		if err := c.Store.Save(p); err != nil {
			t.Fatal(err)
		}
	}
	host := uitest.NewHost(versions.New(c, p.ID, p.Title))
	return uitest.NewDriver(t, host, w, h), host
}

// Versions with the same title are told apart by their length and by
// what changed since the one before (they showed only the title and the
// time).
func TestVersionsSayWhatChanged(t *testing.T) {
	d, _ := versionsOf(t, 100, 30,
		func(p *model.Posting) {
			p.Responsibilities = []string{"Build and own APIs", "Run services", "Review code", "Mentor juniors"}
			p.Salary = model.Salary{Min: 70000, Max: 90000, Currency: "EUR", Period: "YEAR"}
		},
		func(p *model.Posting) { p.Skills.Preferred, p.Skills.Required = []string{"SQL"}, []string{"Go"} },
		func(p *model.Posting) { p.Status = model.StatusReady },
		func(p *model.Posting) { p.Title = "Backend Engineer, Payments" },
	)
	d.WantScreen(
		"(current)  ",
		"· changed title",
		"· text unchanged",
		"· changed 1 skill",
		"· changed 2 duties, pay",
		"· first saved",
	)
	if scr := d.Screen(); strings.Count(scr, " words · ") != 5 {
		t.Fatalf("not every version says its length:\n%s", scr)
	}
	// What changed is found by the filter, and so is the title.
	d.Keys("/", "pay", "tab")
	d.WantScreen("changed 2 duties, pay")
	d.RejectScreen("first saved")
}

// The help offers restore only off the current version, esc back always
// (and first, so it is never the key cut at 80 columns), and under a
// kept filter, that esc clears it, which it does before going back.
func TestVersionsHelpFollowsTheState(t *testing.T) {
	d, host := versionsOf(t, 80, 24, func(p *model.Posting) { p.Title = "Backend Engineer, Payments" })
	for _, step := range []struct {
		keys []string
		want string
	}{
		{nil, "esc back • / filter"},
		{[]string{"down"}, "enter restore • esc back • / filter"},
		{[]string{"/", "first", "tab"}, "enter restore • esc clear filter"},
		{[]string{"esc"}, "enter restore • esc back • / filter"},
	} {
		d.Keys(step.keys...)
		if got := uitest.ShortHelpText(host.Page); got != step.want {
			t.Fatalf("after %v help %q, want %q", step.keys, got, step.want)
		}
	}
	if host.LastAsked() != nil {
		t.Fatalf("esc on a filter left the page: %#v", host.LastAsked())
	}
}

// Many versions at 60×15: the rows out of view are counted, what changed
// fits beside the time, and the page fills its height exactly.
func TestGolden60x15(t *testing.T) {
	var edits []func(*model.Posting)
	for i := range 6 {
		edits = append(edits, func(p *model.Posting) { p.Responsibilities = append(p.Responsibilities, strings.Repeat("x", i+1)) })
	}
	d, _ := versionsOf(t, 60, 15, edits...)
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 15})
	d.Keys("down", "down", "down")
	d.WantScreen("↑", "↓", "more", "changed 1 duty")
	if n := strings.Count(d.Screen(), "\n") + 1; n != 15 {
		t.Fatalf("the page drew %d lines in 15:\n%s", n, d.Screen())
	}
	uitest.Golden(t, d.Frame())
}
