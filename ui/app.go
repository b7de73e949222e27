package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/pages/editor"
)

// App is the root model: a stack of pages with the drafts at the bottom,
// the keys that work everywhere, the title, help and status lines, and
// quitting. It knows no page's insides: it routes messages (keys to the
// top page, addressed answers to their page wherever it is) and acts on
// navigation messages by asking Screens for the page.
type App struct {
	common  *common.Common
	screens Screens
	stack   []common.Page
	help    help.Model

	fullHelp      bool
	width, height int

	status    common.StatusMsg
	statusSeq int

	quit quitState
	// exportDir is where the last export went: the next publish screen
	// starts there.
	exportDir string
	// histories are the editors' undo histories, by draft id, for the
	// session: an editor reopened on a draft goes on where the last one
	// stopped.
	histories map[string]editor.History
}

// statusExpiredMsg clears a status message unless a newer one came.
type statusExpiredMsg struct{ seq int }

// NewWith returns the root model building its pages with screens.
func NewWith(c *common.Common, screens Screens) *App {
	if c.Now == nil {
		c.Now = time.Now
	}
	h := help.New()
	h.Styles = c.Styles.Help
	return &App{
		common:  c,
		screens: screens,
		stack:   []common.Page{screens.Home(c)},
		help:    h,
	}
}

// Init starts the home page and, when the theme follows the terminal,
// asks for its background (the answer may never come: tmux and some SSH
// paths drop it, and nothing waits for it).
func (a *App) Init() tea.Cmd {
	if a.common.AutoTheme {
		return tea.Batch(a.top().Init(), tea.RequestBackgroundColor)
	}
	return a.top().Init()
}

func (a *App) top() common.Page { return a.stack[len(a.stack)-1] }

// Update routes one message and, while quitting, quits once nothing is
// left unsaved.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := a.route(msg)
	if a.quit.asked {
		cmd = tea.Batch(cmd, a.checkQuit())
	}
	return a, cmd
}

func (a *App) route(msg tea.Msg) tea.Cmd {
	keys := a.common.Keys
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		return a.resize()
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, keys.ForceQuit):
			return a.askQuit(true)
		case a.TooSmall() && !key.Matches(msg, keys.Quit):
			return nil // the page is not on screen: its keys would act unseen
		case a.top().Typing():
			// every other key is text for the focused input
		case key.Matches(msg, keys.Quit):
			return a.askQuit(false)
		case key.Matches(msg, keys.Help):
			a.fullHelp = !a.fullHelp
			return a.resize()
		}
		return a.updateTop(msg)
	case common.StatusMsg:
		if msg.Page != 0 && msg.Page != a.top().ID() {
			return nil // from a page the user has left: it belongs there
		}
		if msg.Page != 0 && a.quit.warned {
			return nil // the user must still read why quitting waits
		}
		return a.setStatus(msg)
	case statusExpiredMsg:
		if msg.seq == a.statusSeq {
			a.status = common.StatusMsg{}
		}
		return nil
	case common.BackMsg:
		if msg.From != a.top().ID() {
			return nil // that page is closed already, or not on top
		}
		return a.pop(msg.Result)
	case tea.BackgroundColorMsg:
		return a.followBackground(msg)
	case common.ExportedToMsg:
		a.exportDir = msg.Dir
		return nil
	case editor.HistoryMsg:
		if a.histories == nil {
			a.histories = map[string]editor.History{}
		}
		a.histories[msg.DraftID] = msg.History
		return nil
	case common.Addressed:
		return a.updatePage(msg.Addressee(), msg)
	}
	if page, ok := a.screens.Open(a.common, msg, Session{ExportDir: a.exportDir, Histories: a.histories}); ok {
		return a.push(page)
	}
	return a.updateTop(msg)
}

// followBackground switches to the theme that suits the terminal's
// background, if the user left the choice to jobpost, and tells every page.
func (a *App) followBackground(msg tea.BackgroundColorMsg) tea.Cmd {
	theme := common.Light
	if msg.IsDark() {
		theme = common.Dark
	}
	if !a.common.AutoTheme || theme == a.common.Styles.Theme {
		return nil
	}
	a.common.UseTheme(theme)
	a.help.Styles = a.common.Styles.Help
	cmds := make([]tea.Cmd, 0, len(a.stack))
	for i, p := range a.stack {
		var cmd tea.Cmd
		a.stack[i], cmd = p.Update(common.ThemeChangedMsg{})
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// updateTop hands msg to the page on top.
func (a *App) updateTop(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	a.stack[len(a.stack)-1], cmd = a.top().Update(msg)
	return cmd
}

// updatePage hands an addressed message to its page, if it is still open.
func (a *App) updatePage(id common.PageID, msg tea.Msg) tea.Cmd {
	for i, p := range a.stack {
		if p.ID() == id {
			var cmd tea.Cmd
			a.stack[i], cmd = p.Update(msg)
			return cmd
		}
	}
	return nil // its page is gone: a late answer dies with it
}

// push opens a page on top of the stack.
func (a *App) push(p common.Page) tea.Cmd {
	a.stack = append(a.stack, p)
	a.leftPage()
	return tea.Batch(a.resize(), p.Init())
}

// pop closes the top page (never the drafts at the bottom), letting go
// of what it held (common.Closer), and tells the page below what it left.
func (a *App) pop(result tea.Msg) tea.Cmd {
	if len(a.stack) == 1 {
		return nil
	}
	if c, ok := a.top().(common.Closer); ok {
		c.Close()
	}
	a.stack[len(a.stack)-1] = nil
	a.stack = a.stack[:len(a.stack)-1]
	a.leftPage()
	return tea.Batch(a.resize(), a.updateTop(common.ResumedMsg{Result: result}))
}

// leftPage forgets what belonged to the page the user left: its status
// message and the full help.
func (a *App) leftPage() {
	a.status = common.StatusMsg{}
	a.statusSeq++
	a.fullHelp = false
}

func (a *App) setStatus(msg common.StatusMsg) tea.Cmd {
	a.statusSeq++
	a.status = msg
	seq := a.statusSeq
	return tea.Tick(a.common.Timing.StatusTTL, func(time.Time) tea.Msg { return statusExpiredMsg{seq} })
}

// resize hands every page the space left by the title, help and status
// lines; pages under the top keep the right size for when they return.
func (a *App) resize() tea.Cmd {
	if a.width == 0 || a.height == 0 {
		return nil
	}
	a.help.SetWidth(a.width)
	h := a.bodyHeight()
	cmds := make([]tea.Cmd, 0, len(a.stack))
	for _, p := range a.stack {
		cmds = append(cmds, p.SetSize(a.width, h))
	}
	return tea.Batch(cmds...)
}

// Pages returns the stack, bottom first (for tests and the final save).
func (a *App) Pages() []common.Page { return a.stack }

// Close lets go of what every page on the stack holds (common.Closer):
// the editors' edit holds. For the end of a session whose store handle
// outlives the program; closing the handle releases them as well.
func (a *App) Close() {
	for _, p := range a.stack {
		if c, ok := p.(common.Closer); ok {
			c.Close()
		}
	}
}
