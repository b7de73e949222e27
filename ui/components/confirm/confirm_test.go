package confirm_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
	"jobpost/ui/internal/uitest"
)

type purpose int

const (
	purge purpose = iota + 1
	discard
)

// screen hosts a question the way a page does: every key goes to it while
// it is open, and the last answer is kept.
type screen struct {
	ask    confirm.Model[purpose]
	answer confirm.Answer
	about  purpose
	w, h   int
}

func (s *screen) Init() tea.Cmd { return nil }

func (s *screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		s.w, s.h = ws.Width, ws.Height
		return s, s.ask.SetSize(ws.Width, ws.Height)
	}
	if s.ask.Open() {
		s.ask, s.answer = s.ask.Update(msg)
		s.about = s.ask.Purpose()
	}
	return s, nil
}

func (s *screen) View() tea.View {
	return tea.NewView(common.FitBlock(s.ask.View(), s.w, s.h))
}

func asking(t *testing.T, theme common.Theme, w, h int, q confirm.Question) (*uitest.Driver, *screen) {
	t.Helper()
	c := uitest.NewCommon(t, theme)
	s := &screen{ask: confirm.New[purpose](c)}
	s.ask.Ask(purge, q)
	return uitest.NewDriver(t, s, w, h), s
}

var purgeQuestion = confirm.Question{
	Text: "Delete “Senior Backend Engineer” for good? Its saved versions go too.",
	Yes:  "delete it", No: "keep it", Danger: true,
}

func TestConfirmYes(t *testing.T) {
	d, s := asking(t, common.Dark, 80, 24, purgeQuestion)
	d.Keys("x", "q", "enter") // other keys are swallowed
	if !s.ask.Open() || s.answer != confirm.Pending {
		t.Fatalf("a key other than y/n answered: %v", s.answer)
	}
	d.Keys("y")
	if s.ask.Open() || s.answer != confirm.Yes || s.about != purge {
		t.Fatalf("y: open %v, answer %v, about %v", s.ask.Open(), s.answer, s.about)
	}
	if d.Screen() != common.FitBlock("", 80, 24) {
		t.Fatalf("answered question still drawn:\n%s", d.Screen())
	}
}

func TestConfirmNoAndEsc(t *testing.T) {
	for _, k := range []string{"n", "N", "esc"} {
		d, s := asking(t, common.Dark, 80, 24, purgeQuestion)
		d.Keys(k)
		if s.ask.Open() || s.answer != confirm.No {
			t.Fatalf("%s: open %v, answer %v", k, s.ask.Open(), s.answer)
		}
	}
}

func TestConfirmPurposeAndHelp(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	ask := confirm.New[purpose](c)
	ask.Ask(discard, confirm.Question{Text: "Keep the half-made draft?", Yes: "keep it", No: "discard it"})
	if ask.Purpose() != discard {
		t.Fatalf("purpose %v", ask.Purpose())
	}
	help := ask.ShortHelp()
	if len(help) != 2 || help[0].Help().Desc != "keep it" || help[1].Help().Desc != "discard it" {
		t.Fatalf("help %+v", help)
	}
	ask.Ask(purge, confirm.Question{Text: "Sure?"})
	if help := ask.ShortHelp(); help[0].Help().Desc != "yes" || help[1].Help().Desc != "no" {
		t.Fatalf("default help %+v", help)
	}
}

func TestConfirmGolden80x24(t *testing.T) {
	d, _ := asking(t, common.Dark, 80, 24, purgeQuestion)
	uitest.Golden(t, d.Frame())
}

func TestConfirmGoldenWrapsAt60x15Light(t *testing.T) {
	d, _ := asking(t, common.Light, 60, 15, confirm.Question{
		Text: "Leave the wizard? The posting “Staff Platform Engineer” has only a title so far; keep it as a draft?",
		Yes:  "keep it", No: "discard it",
	})
	d.WantScreen("y / n")
	uitest.Golden(t, d.Frame())
}
