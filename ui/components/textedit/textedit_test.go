package textedit_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/ui/components/textedit"
	"jobpost/ui/internal/uitest"
)

type host struct{ m textedit.Model }

func (h *host) Init() tea.Cmd { return nil }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	h.m, cmd = h.m.Update(msg)
	return h, cmd
}

func (h *host) View() tea.View { return tea.NewView(h.m.View()) }

func newHost(t *testing.T, text string, w, h int) (*uitest.Driver, *host) {
	m := textedit.New()
	m.SetWidth(w)
	m.SetHeight(h)
	m.SetValue(text)
	m.Focus()
	hs := &host{m: m}
	return uitest.NewDriver(t, hs, w, h), hs
}

// press is a key with modifiers, as the terminal sends it.
func press(code rune, mod tea.KeyMod) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code, Mod: mod} }

var (
	altLeft   = press(tea.KeyLeft, tea.ModAlt)
	altRight  = press(tea.KeyRight, tea.ModAlt)
	altBack   = press(tea.KeyBackspace, tea.ModAlt)
	ctrlA     = press('a', tea.ModCtrl)
	ctrlE     = press('e', tea.ModCtrl)
	ctrlK     = press('k', tea.ModCtrl)
	ctrlU     = press('u', tea.ModCtrl)
	ctrlJ     = press('j', tea.ModCtrl)
	ctrlHome  = press(tea.KeyHome, tea.ModCtrl)
	enter     = press(tea.KeyEnter, 0)
	backspace = press(tea.KeyBackspace, 0)
	del       = press(tea.KeyDelete, 0)
)

const para = "We build the parcel network that carries a million orders a day."

// Words wrap at the width, the cursor is drawn where it is, and only the
// lines that fit are shown.
func TestTextEditGolden(t *testing.T) {
	d, _ := newHost(t, para+"\n\nSecond paragraph, with a wordthatislongerthanaline.\n\nThird.", 20, 8)
	d.Send(ctrlHome, press(tea.KeyDown, 0), press(tea.KeyDown, 0), altRight)
	t.Run("top", func(t *testing.T) { uitest.Golden(t, d.Frame()) })
	d.Send(press(tea.KeyPgDown, 0))
	t.Run("scrolled", func(t *testing.T) { uitest.Golden(t, d.Frame()) })
}

func TestTextEditEditingKeys(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []tea.Msg
		want string
	}{
		{"type at end", []tea.Msg{tea.KeyPressMsg{Code: 'x', Text: "x"}}, "one two\nthree fourx"},
		{"enter splits", []tea.Msg{altLeft, enter}, "one two\nthree \nfour"},
		{"backspace joins", []tea.Msg{ctrlA, backspace}, "one twothree four"},
		{"delete joins", []tea.Msg{press(tea.KeyUp, 0), ctrlE, del}, "one twothree four"},
		{"ctrl+k", []tea.Msg{altLeft, altLeft, ctrlK}, "one two\n"},
		{"ctrl+u", []tea.Msg{altLeft, ctrlU}, "one two\nfour"},
		{"alt+backspace", []tea.Msg{altBack}, "one two\nthree "},
		{"word left over a break", []tea.Msg{ctrlA, altLeft, tea.KeyPressMsg{Code: '!', Text: "!"}}, "one !two\nthree four"},
		{"home end", []tea.Msg{press(tea.KeyHome, 0), tea.KeyPressMsg{Code: '<', Text: "<"}, press(tea.KeyEnd, 0), tea.KeyPressMsg{Code: '>', Text: ">"}}, "one two\n<three four>"},
		{"backspace at the start", []tea.Msg{ctrlHome, backspace}, "one two\nthree four"},
		{"delete at the end", []tea.Msg{del}, "one two\nthree four"},
		{"controls dropped, tab a space", []tea.Msg{tea.KeyPressMsg{Text: "\x1b[31m\ta\x07"}}, "one two\nthree four[31m a"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, h := newHost(t, "one two\nthree four", 40, 5)
			d.Send(tc.keys...)
			if got := h.m.Value(); got != tc.want {
				t.Fatalf("%q, want %q", got, tc.want)
			}
			if h.m.Length() != utf8.RuneCountInString(tc.want) {
				t.Fatalf("length %d for %q", h.m.Length(), tc.want)
			}
		})
	}
}

// Up and down move by screen line and keep to the column over a short
// line; past the first or last line they go to the text's start or end.
func TestTextEditUpDownKeepColumn(t *testing.T) {
	d, h := newHost(t, "abcdefgh\nab\nabcdefgh", 20, 5)
	d.Send(ctrlHome, press(tea.KeyRight, 0), press(tea.KeyRight, 0), press(tea.KeyRight, 0), press(tea.KeyRight, 0))
	d.Send(press(tea.KeyDown, 0))
	if r, c := h.m.Cursor(); r != 1 || c != 2 {
		t.Fatalf("on the short line: %d,%d", r, c)
	}
	d.Send(press(tea.KeyDown, 0))
	if r, c := h.m.Cursor(); r != 2 || c != 4 {
		t.Fatalf("back to the column: %d,%d", r, c)
	}
	d.Send(press(tea.KeyDown, 0))
	if r, c := h.m.Cursor(); r != 2 || c != 8 {
		t.Fatalf("past the last line: %d,%d", r, c)
	}
	d.Send(press(tea.KeyUp, 0), press(tea.KeyUp, 0), press(tea.KeyUp, 0))
	if r, c := h.m.Cursor(); r != 0 || c != 0 {
		t.Fatalf("past the first line: %d,%d", r, c)
	}
	// Within a wrapped paragraph, down goes to its next screen line.
	d, h = newHost(t, para, 20, 5)
	d.Send(ctrlHome, press(tea.KeyDown, 0))
	if r, c := h.m.Cursor(); r != 0 || c != strings.Index(para, "network") {
		t.Fatalf("down in a wrapped paragraph: %d,%d", r, c)
	}
}

// The limit cuts what is typed or pasted, and a new paragraph needs room.
func TestTextEditLimit(t *testing.T) {
	d, h := newHost(t, "abc", 20, 5)
	h.m.CharLimit = 6
	d.Paste("defghij")
	d.Send(enter)
	if got := h.m.Value(); got != "abcdef" {
		t.Fatalf("%q", got)
	}
	d.Send(backspace, enter, tea.KeyPressMsg{Code: 'x', Text: "x"})
	if got := h.m.Value(); got != "abcde\n" {
		t.Fatalf("%q", got)
	}
}

// A paste the terminal did not bracket arrives as a key per character,
// its line breaks as enter (CR) or ctrl+j (LF): the same text comes out.
func TestTextEditUnbracketedPaste(t *testing.T) {
	d, h := newHost(t, "", 30, 5)
	text := "First line.\nSecond line.\n\nNew paragraph, " + strings.Repeat("words ", 300)
	var keys []tea.Msg
	for i, r := range text {
		switch {
		case r == '\n' && i%2 == 0:
			keys = append(keys, enter)
		case r == '\n':
			keys = append(keys, ctrlJ)
		default:
			keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	d.Send(keys...)
	if h.m.Value() != text {
		t.Fatalf("%q", h.m.Value())
	}
	d.WantScreen("words words")
}

// Whatever the keys, each screen line is the width exactly (wide
// characters included), the cursor shows once, and the length is the
// text's.
func TestTextEditScreenAlwaysFits(t *testing.T) {
	d, h := newHost(t, para+"\n\n漢字の段落です。"+strings.Repeat("長い", 30)+"\n"+strings.Repeat(" ", 30), 17, 6)
	keys := []tea.Msg{
		enter, backspace, del, altLeft, altRight, altBack, ctrlA, ctrlE, ctrlK, ctrlU, ctrlJ, ctrlHome,
		press(tea.KeyUp, 0), press(tea.KeyDown, 0), press(tea.KeyLeft, 0), press(tea.KeyRight, 0),
		press(tea.KeyPgUp, 0), press(tea.KeyPgDown, 0), tea.KeyPressMsg{Code: ' ', Text: " "},
		tea.KeyPressMsg{Code: 'w', Text: "w"}, tea.KeyPressMsg{Text: "字"}, tea.PasteMsg{Content: "pasted words\nand more "},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		d.Send(keys[rng.IntN(len(keys))])
		frame := d.Frame()
		lines := strings.Split(frame, "\n")
		if len(lines) != 6 {
			t.Fatalf("key %d: %d lines", i, len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w != 17 {
				t.Fatalf("key %d: line %q is %d wide\n%s", i, ansi.Strip(l), w, ansi.Strip(frame))
			}
		}
		if n := strings.Count(frame, "\x1b[7m"); n != 1 {
			t.Fatalf("key %d: the cursor shows %d times\n%s", i, n, frame)
		}
		if h.m.Length() != utf8.RuneCountInString(h.m.Value()) {
			t.Fatalf("key %d: length %d, text %d", i, h.m.Length(), utf8.RuneCountInString(h.m.Value()))
		}
	}
}

// Blurred, it takes no keys and draws no cursor.
func TestTextEditBlurred(t *testing.T) {
	d, h := newHost(t, "text", 20, 3)
	h.m.Blur()
	d.Keys("abc")
	if h.m.Value() != "text" || strings.Contains(d.Frame(), "\x1b[7m") {
		t.Fatalf("%q %q", h.m.Value(), d.Frame())
	}
}

// Made small and then big again (a terminal shrunk and enlarged), it
// shows the text from the top again rather than the cursor's line alone
// over empty lines.
func TestTextEditGrowingShowsTheTextAboveAgain(t *testing.T) {
	m := textedit.New()
	m.SetWidth(20)
	m.SetHeight(10)
	m.SetValue(para) // 4 lines, the cursor on the last
	m.Focus()
	m.SetHeight(1)
	m.SetHeight(10)
	if first := strings.SplitN(ansi.Strip(m.View()), "\n", 2)[0]; !strings.HasPrefix(first, "We build") {
		t.Fatalf("after growing, the first line is %q:\n%s", first, ansi.Strip(m.View()))
	}
}
