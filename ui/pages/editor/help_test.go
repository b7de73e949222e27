package editor_test

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// helpText is the full and the short help as the root draws them.
func (s *session) helpText() (full, short string) {
	h := help.New()
	h.SetWidth(500)
	short = h.ShortHelpView(s.page().ShortHelp())
	full = h.FullHelpView(s.page().FullHelp())
	return ansi.Strip(full), ansi.Strip(short)
}

// Issue 10: the editor's ? help lists each key once.
func TestEditorHelpListsEachKeyOnce(t *testing.T) {
	d, _ := start(t)
	for _, where := range []string{"sections", "list"} {
		if where == "list" {
			d.section("Benefits")
			d.Keys("enter")
		}
		full, _ := d.helpText()
		for _, k := range []string{"↑/k", "↓/j", "tab preview", "u/U", "esc"} {
			if n := strings.Count(full, k); n > 1 {
				t.Fatalf("%s: %q %d times in the help:\n%s", where, k, n, full)
			}
		}
	}
}

// Issue 10: while the preview has focus, the footer speaks of the
// preview, not of the sections.
func TestEditorPreviewFocusFooter(t *testing.T) {
	t.Parallel()
	for _, w := range []int{80, 140} {
		c := uitest.NewCommon(t, common.Dark)
		d := open(t, c, uitest.FullPosting(t, c), w, 24)
		d.Keys("tab")
		full, short := d.helpText()
		for _, text := range []string{short, full} {
			if strings.Contains(text, "tab preview") || strings.Contains(text, "enter edit") {
				t.Fatalf("%d: preview focused, help says %q", w, text)
			}
		}
		if !strings.Contains(short, "tab sections") || !strings.Contains(short, "scroll") {
			t.Fatalf("%d: short help %q", w, short)
		}
	}
}

// Issue 10: a long URL shows its start when its field is not focused.
func TestEditorLongURLShowsItsStart(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	p.Apply.URL = "https://careers.acme.example/jobs/engineering/backend/senior-backend-engineer-payments-platform?source=jobpost&ref=12345"
	d := open(t, c, p, 80, 24)
	d.section("How to apply")
	d.Keys("enter", "tab")
	d.WantScreen("URL        https://careers.acme")
	d.RejectScreen("ref=12345")
}

// Issue 10: the date hint never breaks inside the date, at any width.
func TestEditorDateHintKeepsTheDateWhole(t *testing.T) {
	t.Parallel()
	for _, w := range []int{60, 72, 80, 100} {
		c := uitest.NewCommon(t, common.Dark)
		d := open(t, c, uitest.FullPosting(t, c), w, 24)
		d.section("How to apply")
		d.Keys("enter", "tab", "tab", "31/12")
		d.WantScreen("write the date as", "2027-01-31", "31.01.2027")
	}
}

// Issue 11: the footer offers only the keys that do something where the
// focus is, and at 80 columns the section list's keeps p and esc (the
// root drops keys from the end to keep "? help • q quit").
func TestEditorFooterOffersWhatApplies(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d := open(t, c, uitest.FullPosting(t, c), 80, 24)
	if line := d.footer(80); !strings.Contains(line, "p publish") || !strings.Contains(line, "esc back") {
		t.Fatalf("sections footer at 80: %q", line)
	}
	d.section("Title")
	d.Keys("enter")
	if _, short := d.helpText(); strings.Contains(short, "choose") || strings.Contains(short, "tab") {
		t.Fatalf("title form: %q", short)
	}
	d.Keys("esc")
	d.section("Role & level")
	d.Keys("enter")
	if _, short := d.helpText(); !strings.Contains(short, "←/→ choose") || !strings.Contains(short, "tab next field") {
		t.Fatalf("role form: %q", short)
	}
	d.Keys("esc", "n") // no refresh
	d.section("Benefits")
	d.Keys("enter")
	if _, short := d.helpText(); !strings.Contains(short, "e/enter edit") {
		t.Fatalf("list: %q", short)
	}
}

// footer is the short help line as the root draws it at width: the
// page's keys, dropped from the end until "? help • q quit" fits.
func (s *session) footer(width int) string {
	h := help.New()
	k := s.c.Keys
	keys := s.page().ShortHelp()
	for n := len(keys); n > 0; n-- {
		if line := ansi.Strip(h.ShortHelpView(append(keys[:n:n], k.Help, k.Quit))); ansi.StringWidth(line) <= width {
			return line
		}
	}
	return ""
}
