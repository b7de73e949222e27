package listedit_test

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/listedit"
	"jobpost/ui/internal/uitest"
)

// host runs a list editor, keeping the list as its results say.
type host struct {
	l    listedit.Model
	res  listedit.Result
	list []string
}

func (h *host) Init() tea.Cmd { return nil }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		h.l.SetSize(ws.Width, ws.Height)
		return h, nil
	}
	var cmd tea.Cmd
	h.l, cmd, h.res = h.l.Update(msg)
	if h.res.Event == listedit.Edited {
		h.list = h.res.Lines
		h.l.SetLines(h.list)
	}
	return h, cmd
}

func (h *host) View() tea.View { return tea.NewView(h.l.View()) }

func newHost(t *testing.T, lines ...string) (*uitest.Driver, *host) {
	c := uitest.NewCommon(t, common.Dark)
	h := &host{l: listedit.New(c), list: lines}
	h.l.Open("Must-have skills", lines, true)
	return uitest.NewDriver(t, h, 80, 24), h
}

func TestListEditGolden(t *testing.T) {
	d, _ := newHost(t, "Go", "PostgreSQL", strings.Repeat("A very long line that a row must cut short. ", 4))
	d.Keys("G")
	uitest.Golden(t, d.Frame())
}

func TestListEditEmptyHintWraps(t *testing.T) {
	d, _ := newHost(t)
	d.Send(tea.WindowSizeMsg{Width: 48, Height: 24})
	d.WantScreen("Nothing here yet: a adds from the catalog, n", "types a line.")
	d.RejectScreen("…")
}

func TestListEditAddEditDeleteMove(t *testing.T) {
	d, h := newHost(t, "Go", "PostgreSQL")
	d.Keys("n", "Kafka", "enter")
	if !slices.Equal(h.list, []string{"Go", "Kafka", "PostgreSQL"}) {
		t.Fatalf("after n: %q", h.list)
	}
	d.Keys("n", "go", "enter")
	d.WantScreen("That line is already in the list.")
	d.Keys("esc", "K")
	if !slices.Equal(h.list, []string{"Kafka", "Go", "PostgreSQL"}) || h.res.Group != "move" {
		t.Fatalf("after K: %q %q", h.list, h.res.Group)
	}
	d.Keys("d")
	if !slices.Equal(h.list, []string{"Go", "PostgreSQL"}) || !strings.HasPrefix(h.res.Note, "Deleted “Kafka”") {
		t.Fatalf("after d: %q %q", h.list, h.res.Note)
	}
	d.Keys("m")
	if h.res.Event != listedit.Transfer || h.res.Line != "Go" {
		t.Fatalf("m: %+v", h.res)
	}
	d.Keys("a")
	if h.res.Event != listedit.AskCatalog {
		t.Fatalf("a: %+v", h.res)
	}
}

// A line opened and closed unchanged is never written back, however long.
func TestListEditLongLineUnchanged(t *testing.T) {
	long := strings.Repeat("Own the payments platform end to end. ", 30)[:1000]
	d, h := newHost(t, long)
	d.Keys("e", "enter")
	if h.res.Event == listedit.Edited || h.list[0] != long {
		t.Fatalf("an unchanged line was written: %+v", h.res)
	}
	d.Keys("e", "backspace", "!", "enter")
	if h.list[0] != long[:999]+"!" {
		t.Fatalf("edited line of %d", len(h.list[0]))
	}
}

// A line being typed is work not yet in the list: Pending shows it (when
// enter would take it) and Accept takes it as enter does.
func TestListEditPendingLineAccepted(t *testing.T) {
	d, h := newHost(t, "Go", "PostgreSQL")
	if _, ok := h.l.Pending(); ok {
		t.Fatal("pending with nothing typed")
	}
	d.Keys("n", "go")
	if _, ok := h.l.Pending(); ok {
		t.Fatal("a line already in the list counts as pending")
	}
	d.Keys("backspace", "backspace", "  Kafka ")
	if line, ok := h.l.Pending(); !ok || line != "Kafka" {
		t.Fatalf("pending %q %v", line, ok)
	}
	res := h.l.Accept()
	if res.Event != listedit.Edited || !slices.Equal(res.Lines, []string{"Go", "Kafka", "PostgreSQL"}) || h.l.Typing() {
		t.Fatalf("accept: %+v, typing %v", res, h.l.Typing())
	}
	if _, ok := h.l.Pending(); ok {
		t.Fatal("still pending once accepted")
	}
	d.Keys("e")
	if _, ok := h.l.Pending(); ok {
		t.Fatal("a line opened and not changed counts as pending")
	}
}

// A pasted megabyte is cut to the model's limit of one line.
func TestListEditPasteCutToTheModelsLimit(t *testing.T) {
	d, h := newHost(t)
	d.Keys("n")
	d.Paste(strings.Repeat("x", 1<<20))
	d.Keys("enter")
	if len(h.list) != 1 || len(h.list[0]) != model.MaxListItemLength {
		t.Fatalf("line of %d", len(h.list[0]))
	}
}

// Issue 11: a paste of several lines adds one line each (a CR, a CRLF or
// an LF ends one) after the line being typed, which goes in first; blank
// lines and lines already there are left out; one result, one note.
func TestListEditPasteOfSeveralLines(t *testing.T) {
	d, h := newHost(t, "Go", "PostgreSQL")
	d.Keys("n", "Kafka")
	d.Paste("Rust\rgo\r\n\r\n  Zig \x1b[31mlang\x1b[0m\nPython\r")
	if want := []string{"Go", "Kafka", "Rust", "Zig lang", "Python", "PostgreSQL"}; !slices.Equal(h.list, want) {
		t.Fatalf("lines %q", h.list)
	}
	if h.res.Note != "Added 3 lines · 1 was there already" || h.l.Typing() {
		t.Fatalf("note %q, typing %v", h.res.Note, h.l.Typing())
	}
	d.WantScreen("▸  5. Python")
	// Editing a line: it stays, the lines go after it.
	d.Keys("g", "e")
	d.Paste("Java\nKotlin")
	if want := []string{"Go", "Java", "Kotlin", "Kafka"}; !slices.Equal(h.list[:4], want) {
		t.Fatalf("lines %q", h.list)
	}
	// All there already: nothing changes, and the note says why.
	d.Keys("n")
	d.Paste("java\rKOTLIN\r")
	if h.res.Event == listedit.Edited || h.res.Note != "Those lines are in the list already" {
		t.Fatalf("%+v", h.res)
	}
}
