package drafts_test

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/drafts"
)

// "esc clear filter" is offered only while a filter is kept (it was in
// the full help with no filter at all).
func TestClearFilterOnlyWithAFilter(t *testing.T) {
	h := homeAt(t, 80, 24, "Senior One", "Junior Two")
	if help := uitest.HelpText(h.page); strings.Contains(help, "clear filter") {
		t.Fatalf("no filter, yet help offers to clear it: %s", help)
	}
	h.Keys("/", "senior", "enter")
	if help := uitest.ShortHelpText(h.page); !strings.Contains(help, "esc clear filter") {
		t.Fatalf("filtered, help %q", help)
	}
	h.Keys("esc")
	if help := uitest.HelpText(h.page); strings.Contains(help, "clear filter") {
		t.Fatalf("filter cleared, help %s", help)
	}
	// A filter that matches nothing: only clearing it and starting anew.
	h.Keys("/", "zzz", "enter")
	if help := uitest.ShortHelpText(h.page); help != "esc clear filter • n new" {
		t.Fatalf("nothing matches, help %q", help)
	}
}

// With no drafts, the help offers what can be done: start one, the
// trash, the profile; nothing that needs a draft.
func TestHelpWithNoDrafts(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	page := drafts.New(c)
	uitest.NewDriver(t, uitest.NewHost(page), 80, 24)
	if help := uitest.ShortHelpText(page); help != "n new • t trash • c company profile" {
		t.Fatalf("short help %q", help)
	}
	for _, never := range []string{"open", "delete", "publish", "filter", "versions", "rename"} {
		if help := uitest.HelpText(page); strings.Contains(help, never) {
			t.Fatalf("help offers %q with no drafts: %s", never, help)
		}
	}
}

// The status choice says once what it is about; its keys are on the help
// line, not twice on the screen.
func TestStatusChoiceKeysOnce(t *testing.T) {
	h := homeAt(t, 80, 24, "Platform Engineer")
	h.Keys("s")
	h.WantScreen("Now draft; new status for “Platform Engineer”")
	h.RejectScreen("d draft", "esc cancel")
	if help := uitest.ShortHelpText(h.page); help != "d draft • r ready • p posted • esc cancel" {
		t.Fatalf("help %q", help)
	}
	if n := strings.Count(h.Screen(), "\n") + 1; n != 24 {
		t.Fatalf("the page drew %d lines in 24", n)
	}
}

// titles is n postings, "Posting 01" the newest.
func titles(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("Posting %02d", i+1)
	}
	return out
}

// A list that does not fit says how many drafts are above and below
// what it shows: after a sort, after a tiny terminal (nothing said the
// first rows were out of view). The page still fills its height exactly.
func TestHiddenDraftsAreCounted(t *testing.T) {
	h := homeAt(t, 80, 21, titles(12)...)
	h.WantScreen("▸ Posting 01", "↓ 6 more")
	h.RejectScreen("↑")
	h.Keys("G")
	h.WantScreen("↑ 6 more", "▸ Posting 12")
	h.RejectScreen("↓")
	h.Keys("o") // by title: Posting 12 stays selected, last
	h.WantScreen("↑ 6 more", "▸ Posting 12")
	h.Keys("k", "k", "k", "k", "k", "k")
	h.WantScreen("↑ 5 more", "▸ Posting 06", "↓ 1 more")
	h.Send(tea.WindowSizeMsg{Width: 10, Height: 5})
	h.Send(tea.WindowSizeMsg{Width: 80, Height: 21})
	h.WantScreen("↑ 5 more", "▸ Posting 06", "↓ 1 more")
	for _, size := range [][2]int{{80, 21}, {80, 22}, {80, 23}, {60, 15}} {
		h.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if n := strings.Count(h.Screen(), "\n") + 1; n != size[1] {
			t.Fatalf("at %v the page drew %d lines", size, n)
		}
		h.WantScreen("▸ Posting 06")
	}
	h.Send(tea.WindowSizeMsg{Width: 80, Height: 21})
	uitest.Golden(t, h.Frame())
}
