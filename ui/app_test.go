package ui

import (
	"errors"
	"image/color"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// fakePage is a page that records what reaches it and keeps work as the
// test says.
type fakePage struct {
	id      common.PageID
	title   string
	typing  bool
	got     *[]tea.Msg
	unsaved bool
	failing bool
	// saveErr is what the next save reports.
	saveErr error
	saves   int
}

type fakeSavedMsg struct {
	common.To
	err error
}

func (m fakeSavedMsg) SaveErr() error { return m.err }

func newFakePage(title string) *fakePage {
	return &fakePage{id: common.NewPageID(), title: title, got: new([]tea.Msg)}
}

func (p *fakePage) ID() common.PageID { return p.id }
func (p *fakePage) Init() tea.Cmd     { return nil }
func (p *fakePage) Title() string     { return p.title }
func (p *fakePage) Typing() bool      { return p.typing }
func (p *fakePage) View() string      { return "page " + p.title }
func (p *fakePage) SetSize(int, int) tea.Cmd {
	return nil
}
func (p *fakePage) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, k := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"} {
		out = append(out, key.NewBinding(key.WithKeys(k), key.WithHelp(k, "does the thing "+k)))
	}
	return out
}
func (p *fakePage) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
func (p *fakePage) Unsaved() bool             { return p.unsaved }
func (p *fakePage) SaveFailing() bool         { return p.failing }
func (p *fakePage) SaveNow() tea.Cmd {
	p.saves++
	id, err := p.id, p.saveErr
	return func() tea.Msg { return fakeSavedMsg{To: common.To{Page: id}, err: err} }
}

func (p *fakePage) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	*p.got = append(*p.got, msg)
	if m, ok := msg.(fakeSavedMsg); ok {
		p.failing = m.err != nil
		p.unsaved = m.err != nil
	}
	return p, nil
}

// fakeScreens opens fake pages by navigation message.
type fakeScreens struct {
	home   *fakePage
	opened *[]*fakePage
}

func (s fakeScreens) Home(*common.Common) common.Page { return s.home }

func (s fakeScreens) Open(_ *common.Common, msg tea.Msg, _ Session) (common.Page, bool) {
	switch m := msg.(type) {
	case common.OpenDraftMsg:
		p := newFakePage("Editing " + m.ID)
		*s.opened = append(*s.opened, p)
		return p, true
	case common.OpenPublishMsg:
		p := newFakePage("Publish " + m.ID)
		*s.opened = append(*s.opened, p)
		return p, true
	}
	return nil, false
}

func newFakeApp(t *testing.T) (*uitest.Driver, *fakePage, *[]*fakePage) {
	t.Helper()
	home := newFakePage("Drafts")
	opened := new([]*fakePage)
	app := NewWith(uitest.NewCommon(t, common.Dark), fakeScreens{home: home, opened: opened})
	d := uitest.NewDriver(t, app, 80, 24)
	d.Drop = func(msg tea.Msg) bool { _, ok := msg.(statusExpiredMsg); return ok }
	return d, home, opened
}

func TestBackDeliversResultToThePageBelow(t *testing.T) {
	d, home, opened := newFakeApp(t)
	d.Send(common.OpenDraftMsg{ID: "x1"})
	d.WantScreen("page Editing x1")
	d.Send(common.BackMsg{From: (*opened)[0].id, Result: common.DraftClosedMsg{ID: "x1"}})
	d.WantScreen("page Drafts")
	last := (*home.got)[len(*home.got)-1]
	if r, ok := last.(common.ResumedMsg); !ok || r.Result != (common.DraftClosedMsg{ID: "x1"}) {
		t.Fatalf("drafts got %#v, want ResumedMsg with the closed draft", last)
	}
	// The bottom page is never closed.
	d.Send(common.BackMsg{From: home.id})
	d.WantScreen("page Drafts")
	if len(*opened) != 1 {
		t.Fatalf("opened %d pages", len(*opened))
	}
}

// A second esc pressed before the first was acted on must not close the
// page below: a BackMsg closes only the page that sent it.
func TestBackClosesOnlyThePageThatAsked(t *testing.T) {
	d, _, opened := newFakeApp(t)
	d.Send(common.OpenDraftMsg{ID: "x1"}, common.OpenPublishMsg{ID: "x1"})
	editor, publish := (*opened)[0], (*opened)[1]
	d.Send(common.BackMsg{From: publish.id}, common.BackMsg{From: publish.id})
	d.WantScreen("page Editing x1")
	d.Send(common.BackMsg{From: publish.id})
	d.WantScreen("page Editing x1")
	d.Send(common.BackMsg{From: editor.id})
	d.WantScreen("page Drafts")
}

func TestAddressedMessagesReachTheirPageOnly(t *testing.T) {
	d, _, opened := newFakeApp(t)
	d.Send(common.OpenDraftMsg{ID: "x1"})
	d.Send(common.OpenPublishMsg{ID: "x1"})
	editor, publish := (*opened)[0], (*opened)[1]
	msg := fakeSavedMsg{To: common.To{Page: editor.id}}
	d.Send(msg)
	if got := *editor.got; len(got) == 0 || got[len(got)-1] != msg {
		t.Fatalf("the editor under publish did not get its save: %v", got)
	}
	for _, m := range *publish.got {
		if m == msg {
			t.Fatal("publish got the editor's message")
		}
	}
	// Once the editor is closed, its late answers go nowhere.
	d.Send(common.BackMsg{From: publish.id}, common.BackMsg{From: editor.id})
	before := len(*editor.got)
	d.Send(fakeSavedMsg{To: common.To{Page: editor.id}})
	if len(*editor.got) != before {
		t.Fatal("a closed page got a message")
	}
}

func TestStatusBelongsToItsPage(t *testing.T) {
	d, home, opened := newFakeApp(t)
	d.Send(common.Status{Page: home.id}.Info("Moved “X” to the trash. u brings it back.")())
	d.WantScreen("Moved “X” to the trash")
	d.Send(common.OpenDraftMsg{ID: "x1"})
	d.RejectScreen("Moved “X”") // the editor does not show the drafts' message
	// A message the drafts page sent late, after the user left it, stays away.
	d.Send(common.Status{Page: home.id}.Info("Duplicated")())
	d.RejectScreen("Duplicated")
	d.Send(common.Status{Page: (*opened)[0].id}.Success("Saved")())
	d.WantScreen("Saved")
	d.Send(common.BackMsg{From: (*opened)[0].id})
	d.RejectScreen("Saved")
}

func TestHelpLineAlwaysEndsWithHelpAndQuit(t *testing.T) {
	d, _, _ := newFakeApp(t)
	lines := strings.Split(d.Screen(), "\n")
	help := lines[len(lines)-2]
	if !strings.Contains(help, "? help") || !strings.Contains(help, "q quit") || strings.Contains(help, "…") {
		t.Fatalf("help line at 80 columns: %q", help)
	}
	d.Keys("?")
	d.WantScreen("ctrl+c", "does the thing i")
}

func TestTypingKeepsQAndQuestionMarkAsText(t *testing.T) {
	d, home, _ := newFakeApp(t)
	home.typing = true
	d.Keys("q?")
	if d.Quit {
		t.Fatal("q quit while typing")
	}
	if n := len(*home.got); n < 2 {
		t.Fatalf("page got %d messages, want the two keys", n)
	}
	d.Keys("ctrl+c")
	if !d.Quit {
		t.Fatal("ctrl+c did not quit while typing")
	}
}

func TestQuitSavesFirst(t *testing.T) {
	d, home, _ := newFakeApp(t)
	home.unsaved = true
	d.Keys("q")
	if home.saves != 1 || !d.Quit {
		t.Fatalf("saves %d, quit %v: want one save, then quit", home.saves, d.Quit)
	}
}

func TestFailedSaveWhileQuittingIsRetriedAndSecondQLeaves(t *testing.T) {
	d, home, _ := newFakeApp(t)
	home.unsaved, home.saveErr = true, errors.New("no space left on device")
	d.Keys("q")
	if d.Quit {
		t.Fatal("quit with the save failed")
	}
	d.WantScreen("Not saved yet", "q again quits without saving")
	// The page's own retry note does not hide why quitting waits.
	d.Send(common.Status{Page: home.id}.Failure("Not saved: disk full — trying again")())
	d.WantScreen("q again quits without saving")
	// Space is freed; the page's retry lands: the app quits as asked.
	home.saveErr = nil
	d.Send(home.SaveNow()())
	if !d.Quit {
		t.Fatal("a later successful save did not quit")
	}

	d, home, _ = newFakeApp(t)
	home.unsaved, home.saveErr = true, errors.New("no space left on device")
	d.Keys("q", "q")
	if !d.Quit {
		t.Fatal("q after the failure was shown did not leave")
	}
}

func TestSecondCtrlCAlwaysQuits(t *testing.T) {
	d, home, _ := newFakeApp(t)
	home.unsaved, home.saveErr = true, errors.New("disk full")
	d.Keys("ctrl+c")
	if d.Quit {
		t.Fatal("quit before the save")
	}
	d.Keys("ctrl+c")
	if !d.Quit {
		t.Fatal("second ctrl+c did not quit")
	}
}

func TestSaveUnsavedRunsSavesDirectly(t *testing.T) {
	home := newFakePage("Drafts")
	app := NewWith(uitest.NewCommon(t, common.Dark), fakeScreens{home: home, opened: new([]*fakePage)})
	if err := app.SaveUnsaved(); err != nil || home.saves != 0 {
		t.Fatalf("nothing unsaved: err %v, saves %d", err, home.saves)
	}
	home.unsaved, home.saveErr = true, errors.New("disk full")
	if err := app.SaveUnsaved(); err == nil || home.saves != 1 {
		t.Fatalf("err %v, saves %d: want the save's failure", err, home.saves)
	}
}

func TestTooSmallTerminal(t *testing.T) {
	d, _, _ := newFakeApp(t)
	d.Send(tea.WindowSizeMsg{Width: 10, Height: 5})
	lines := strings.Split(d.Screen(), "\n")
	if len(lines) > 5 || !strings.Contains(d.Screen(), "ctrl+c") {
		t.Fatalf("10×5:\n%s", d.Screen())
	}
	for _, l := range lines {
		if len([]rune(l)) > 10 {
			t.Fatalf("line wider than 10: %q", l)
		}
	}
}

// While the terminal is too small the page is not on screen: its keys must
// not act unseen (an x would delete a draft), but quitting still works.
func TestKeysWaitWhileTheTerminalIsTooSmall(t *testing.T) {
	d, home, _ := newFakeApp(t)
	d.Send(tea.WindowSizeMsg{Width: 40, Height: 10})
	before := len(*home.got)
	d.Keys("x", "enter")
	if len(*home.got) != before {
		t.Fatalf("the hidden page got keys: %v", (*home.got)[before:])
	}
	d.Keys("q")
	if !d.Quit {
		t.Fatal("q did not quit on a small terminal")
	}
}

func TestRunSaveFailsClosed(t *testing.T) {
	if err := runSave(func() tea.Msg { return "something else" }); err == nil {
		t.Fatal("a save that did not report back counted as saved")
	}
	if err := runSave(tea.Batch(func() tea.Msg { return fakeSavedMsg{} }, func() tea.Msg { return fakeSavedMsg{err: errors.New("full")} })); err == nil {
		t.Fatal("a failed save in a batch was missed")
	}
}

// With the theme left to jobpost, a light terminal's answer switches the
// styles and tells every page; with a theme chosen, or no answer, nothing
// changes and nothing waits.
func TestAutoThemeFollowsTheBackground(t *testing.T) {
	d, _, _ := newFakeApp(t)
	app := d.Model.(*App)
	d.Send(tea.BackgroundColorMsg{Color: color.White})
	if app.common.Styles.Theme != common.Dark {
		t.Fatal("a chosen theme changed")
	}

	c := uitest.NewCommon(t, common.Dark)
	c.AutoTheme = true
	home := newFakePage("Drafts")
	app = NewWith(c, fakeScreens{home: home, opened: new([]*fakePage)})
	if app.Init() == nil {
		t.Fatal("no background request")
	}
	d = uitest.NewDriver(t, app, 80, 24)
	d.Send(common.OpenDraftMsg{ID: "x"}) // not a fake navigation: stays on home
	d.Send(tea.BackgroundColorMsg{Color: color.White})
	if c.Styles.Theme != common.Light || c.Renderer == nil {
		t.Fatalf("theme %q after a white background", c.Styles.Theme)
	}
	told := false
	for _, m := range *home.got {
		_, ok := m.(common.ThemeChangedMsg)
		told = told || ok
	}
	if !told {
		t.Fatal("the page was not told")
	}
	d.Send(tea.BackgroundColorMsg{Color: color.Black})
	if c.Styles.Theme != common.Dark {
		t.Fatal("a dark answer did not switch back")
	}
}
