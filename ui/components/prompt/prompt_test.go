package prompt_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/prompt"
	"jobpost/ui/internal/uitest"
)

type purpose int

const (
	rename purpose = iota + 1
	board
)

// screen hosts a prompt the way a page does and keeps its last outcome.
type screen struct {
	ask     prompt.Model[purpose]
	outcome prompt.Outcome
	answer  string
	about   purpose
	w, h    int
}

func (s *screen) Init() tea.Cmd { return nil }

func (s *screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		s.w, s.h = ws.Width, ws.Height
		return s, s.ask.SetSize(ws.Width, ws.Height)
	}
	if !s.ask.Active() {
		return s, nil
	}
	var cmd tea.Cmd
	s.outcome, s.answer, cmd = s.ask.Update(msg)
	s.about = s.ask.Purpose()
	return s, cmd
}

func (s *screen) View() tea.View {
	body := ""
	if s.ask.Active() {
		body = s.ask.View()
	}
	return tea.NewView(common.FitBlock(body, s.w, s.h))
}

func asking(t *testing.T, theme common.Theme, w, h int, limit int) (*uitest.Driver, *screen) {
	t.Helper()
	c := uitest.NewCommon(t, theme)
	s := &screen{ask: prompt.New[purpose](&c.Styles, limit)}
	d := uitest.NewDriver(t, s, w, h)
	d.Run(s.ask.Open(rename, "New title: ", "Backend", "Rename “Backend”", "A posting needs a title; esc keeps the old one."))
	return d, s
}

func TestPromptAnswers(t *testing.T) {
	d, s := asking(t, common.Dark, 80, 24, 100)
	d.Keys(" Engineer", "enter")
	if s.outcome != prompt.Answered || s.answer != "Backend Engineer" || s.about != rename || s.ask.Active() {
		t.Fatalf("got %v %q about %v, active %v", s.outcome, s.answer, s.about, s.ask.Active())
	}
}

func TestPromptRefusesAnEmptyAnswer(t *testing.T) {
	d, s := asking(t, common.Dark, 80, 24, 100)
	for range len("Backend") {
		d.Keys("backspace")
	}
	d.Keys("   ", "enter")
	if s.outcome != prompt.Typing || !s.ask.Active() {
		t.Fatalf("empty answer accepted: %v", s.outcome)
	}
	d.WantScreen("A posting needs a title; esc keeps the old one.")
	d.Keys("x")
	d.RejectScreen("A posting needs a title")
	d.WantScreen("Rename “Backend”")
}

func TestPromptEscCancels(t *testing.T) {
	d, s := asking(t, common.Dark, 80, 24, 100)
	d.Keys("esc")
	if s.outcome != prompt.Cancelled || s.ask.Active() {
		t.Fatalf("esc: %v, active %v", s.outcome, s.ask.Active())
	}
}

func TestPromptCleansAndCutsPastes(t *testing.T) {
	d, s := asking(t, common.Dark, 80, 24, 20)
	d.Paste(" \x1b]52;c;aGk=\x07Lead\x1b[2J\nEngineer " + strings.Repeat("x", 1<<20))
	d.Keys("enter")
	if s.outcome != prompt.Answered {
		t.Fatalf("outcome %v", s.outcome)
	}
	if strings.ContainsAny(s.answer, "\x1b\x07\n") || len([]rune(s.answer)) > 20 || !strings.HasPrefix(s.answer, "Backend") {
		t.Fatalf("paste not cleaned or cut: %q", s.answer)
	}
}

func TestPromptGolden80x24(t *testing.T) {
	d, _ := asking(t, common.Dark, 80, 24, 100)
	d.Keys(" Engineer")
	uitest.Golden(t, d.Frame())
}

func TestPromptGoldenPlaceholderLight(t *testing.T) {
	c := uitest.NewCommon(t, common.Light)
	s := &screen{ask: prompt.New[purpose](&c.Styles, 100)}
	d := uitest.NewDriver(t, s, 80, 24)
	d.Run(s.ask.Open(board, "Posted on: ", "", "Where did it go live? Today's date is kept with it.", "Say where it was posted, e.g. LinkedIn; esc cancels."))
	s.ask.SetPlaceholder("LinkedIn, Indeed, our careers page…")
	d.Keys("enter")
	d.WantScreen("Say where it was posted")
	uitest.Golden(t, d.Frame())
}

// A question that takes no answer as an answer (a place left out) is
// opened with no empty message: enter on nothing answers "".
func TestPromptMayTakeNothing(t *testing.T) {
	d, s := asking(t, common.Dark, 80, 24, 100)
	d.Run(s.ask.Open(board, "City, country: ", "", "Where is the copy for?", ""))
	d.Keys("enter")
	if s.outcome != prompt.Answered || s.answer != "" || s.about != board || s.ask.Active() {
		t.Fatalf("got %v %q about %v, active %v", s.outcome, s.answer, s.about, s.ask.Active())
	}
}
