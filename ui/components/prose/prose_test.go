package prose_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/prose"
	"jobpost/ui/internal/uitest"
)

type host struct {
	m    prose.Model
	text string
	res  prose.Result
}

func (h *host) Init() tea.Cmd { return nil }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		h.m.SetSize(ws.Width, ws.Height)
		return h, nil
	}
	var cmd tea.Cmd
	h.m, cmd, h.res = h.m.Update(msg)
	if h.res.Event == prose.Edited {
		h.text = h.res.Text
	}
	return h, cmd
}

func (h *host) View() tea.View { return tea.NewView(h.m.View()) }

func newHost(t *testing.T, text string) (*uitest.Driver, *host) {
	c := uitest.NewCommon(t, common.Dark)
	c.Getenv = func(string) string { return "" }
	h := &host{m: prose.New(c, common.NewPageID()), text: text}
	h.m.Open(7, "Summary", text)
	return uitest.NewDriver(t, h, 80, 24), h
}

func TestProseGolden(t *testing.T) {
	d, _ := newHost(t, "We build the parcel network.\n\nSecond paragraph.")
	uitest.Golden(t, d.Frame())
}

// Moving the cursor never writes back, however long the text; typing
// reports the cleaned text with the owner's section.
func TestProseReportsOnlyChanges(t *testing.T) {
	long := strings.Repeat("An imported summary, longer than the usual limit. ", 200)[:10000]
	d, h := newHost(t, long)
	d.Keys("up", "left")
	if h.res.Event == prose.Edited {
		t.Fatal("moving the cursor reported an edit")
	}
	d.Keys("backspace")
	if h.res.Event != prose.Edited || h.res.Section != 7 || len(h.text) < 9990 {
		t.Fatalf("typing: %v section %d, %d characters", h.res.Event, h.res.Section, len(h.text))
	}
	d.Keys("esc")
	if h.res.Event != prose.Closed {
		t.Fatalf("esc: %v", h.res.Event)
	}
}

func TestProsePasteCleanedAndCut(t *testing.T) {
	d, h := newHost(t, "")
	d.Paste("red \x1b[31mtext\x1b[0m\x07")
	if h.text != "red text" {
		t.Fatalf("text %q", h.text)
	}
	d.Paste(strings.Repeat("x", 1<<20))
	if n := len([]rune(h.text)); n != model.MaxProseLength {
		t.Fatalf("%d characters after a pasted megabyte", n)
	}
}

// The editor holds the model's limit of prose however many paragraphs
// it comes in (its line cap once stopped a paste at 200 lines).
func TestProseTakesTheLimitInShortParagraphs(t *testing.T) {
	d, h := newHost(t, "")
	d.Paste(strings.Repeat(strings.Repeat("x", 47)+"\n\n", 1000))
	if n := len([]rune(h.text)); n != model.MaxProseLength {
		t.Fatalf("%d characters of %d pasted in paragraphs", n, model.MaxProseLength)
	}
}

// Issue 11: a CR (what terminals send in a bracketed paste), a CRLF and
// an LF are each one line break; paragraphs stay, blank runs fold to one,
// and a break at the end stays, so the next paste starts on its own line.
func TestProsePasteLineBreaks(t *testing.T) {
	for _, tc := range []struct{ name, br string }{{"CR", "\r"}, {"CRLF", "\r\n"}, {"LF", "\n"}} {
		t.Run(tc.name, func(t *testing.T) {
			d, h := newHost(t, "")
			br := tc.br
			d.Paste("One" + br + "Two" + br + br + br + br + "Three" + br)
			if h.text != "One\nTwo\n\nThree" {
				t.Fatalf("text %q", h.text)
			}
			d.Paste("Four" + br)
			d.Paste(br + "Five")
			if h.text != "One\nTwo\n\nThree\nFour\n\nFive" {
				t.Fatalf("text %q", h.text)
			}
		})
	}
}

// Only breaks: one paragraph break at most, and never more than fits.
func TestProsePasteOnlyBreaks(t *testing.T) {
	d, h := newHost(t, "Text")
	d.Paste("\r\r\r\r")
	d.Keys("x")
	if h.text != "Text\n\nx" {
		t.Fatalf("text %q", h.text)
	}
}

// A paste the terminal did not bracket is a burst of keys, its line
// breaks as enter: into a long text, each is taken and the text reported
// is the clean whole.
func TestProseUnbracketedPaste(t *testing.T) {
	long := uitest.Prose(10000)
	d, h := newHost(t, long)
	pasted := "\n\nPasted paragraph, typed fast.\nSecond line  \n\n\n\nLast."
	for _, r := range pasted {
		if r == '\n' {
			d.Keys("enter")
		} else {
			d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	if want := model.CleanText(long + pasted); h.text != want {
		t.Fatalf("text ends %q, want %q", h.text[len(h.text)-80:], want[len(want)-80:])
	}
	d.WantScreen("Last.")
}
