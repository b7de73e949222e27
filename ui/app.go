// Package ui is jobpost's terminal interface: a root model that routes to
// screens (drafts, wizard, draft view), each owning its keys, help and size.
// All I/O and slow rendering runs in tea.Cmds.
package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The smallest terminal the layout is drawn for; below it the app shows a
// note instead of a broken screen.
const (
	MinWidth  = 60
	MinHeight = 15
)

// statusTTL is how long a status message stays.
var statusTTL = 4 * time.Second

// App is the root model.
type App struct {
	common   *Common
	screen   Screen
	keys     appKeys
	help     help.Model
	fullHelp bool

	width, height int

	status     string
	statusKind statusKind
	statusSeq  int

	nav        int  // counts screen changes, to drop answers to old requests
	quitting   bool // saving before quitting
	saveFailed bool // that save failed; quitting again leaves without it
}

type appKeys struct {
	Quit, ForceQuit, Help key.Binding
}

func newAppKeys() appKeys {
	return appKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
	}
}

// New returns the root model, starting on the drafts screen.
func New(c *Common) App {
	if c.Now == nil {
		c.Now = time.Now
	}
	h := help.New()
	h.Styles = c.Styles.Help
	return App{
		common: c,
		screen: NewDraftList(c),
		keys:   newAppKeys(),
		help:   h,
	}
}

// Init loads the drafts.
func (a App) Init() tea.Cmd { return loadDrafts(a.common.Store) }

// Update routes messages: global keys and navigation here, the rest to the
// current screen.
func (a App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		cmd := a.resize() // before a is copied into the result
		return a, cmd
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, a.keys.ForceQuit) && a.quitting:
			return a, tea.Quit // ctrl+c twice: the user insists, never trapped
		case key.Matches(msg, a.keys.ForceQuit):
			return a.quit()
		case a.screen.Typing():
			// every other key is text for the focused input
		case key.Matches(msg, a.keys.Quit):
			return a.quit()
		case key.Matches(msg, a.keys.Help):
			a.fullHelp = !a.fullHelp
			cmd := a.resize()
			return a, cmd
		}
	case statusMsg:
		a.statusSeq++
		a.status, a.statusKind = msg.text, msg.kind
		seq := a.statusSeq
		return a, tea.Tick(statusTTL, func(time.Time) tea.Msg { return statusExpiredMsg{seq} })
	case statusExpiredMsg:
		if msg.seq == a.statusSeq {
			a.status = ""
		}
		return a, nil
	case goHomeMsg:
		return a.show(NewDraftList(a.common), loadDrafts(a.common.Store))
	case newPostingMsg:
		// The wizard opens at once, so keys typed ahead reach it; the
		// company profile fills the posting when it has been read.
		w := NewWizard(a.common)
		return a.show(w, loadProfile(a.common.Store, true, a.nav+1)) // show counts this move
	case openProfileMsg:
		return a, loadProfile(a.common.Store, false, a.nav)
	case profileLoadedMsg:
		switch {
		case msg.nav != a.nav:
			return a, nil // the user has moved on: a late answer must not pull them back
		case msg.err != nil:
			return a, failure("Could not read the company profile: " + msg.err.Error())
		case msg.forNew:
			if w, ok := a.screen.(*Wizard); ok {
				w.applyProfile(msg.profile)
			}
			return a, nil
		}
		return a.show(NewProfileEditor(a.common, msg.profile), nil)
	case autosavedMsg:
		var cmd tea.Cmd
		a.screen, cmd = a.screen.Update(msg)
		switch {
		case !a.quitting:
			return a, cmd
		case msg.err != nil:
			a.saveFailed = true
			return a, failure("Not saved: " + msg.err.Error() + ". Quit again to leave without saving.")
		}
		// This save may be an older one that was already on its way: quit
		// only when nothing is left unsaved.
		if flush := a.screen.Flush(); flush != nil {
			return a, flush
		}
		return a, tea.Quit
	case resumeEditorMsg:
		msg.editor.adoptPublished(msg.published)
		return a.show(msg.editor, nil)
	case openPublishMsg:
		return a.show(NewPublishScreen(a.common, msg.posting, msg.back), nil)
	case openTrashMsg:
		return a.show(NewTrashScreen(a.common), loadTrash(a.common.Store))
	case openRevisionsMsg:
		return a.show(NewRevisionsScreen(a.common, msg.id, msg.title), loadRevisions(a.common.Store, msg.id))
	case openDraftMsg:
		return a, loadDraft(a.common.Store, msg.id, a.nav)
	case draftLoadedMsg:
		if msg.nav != a.nav {
			return a, nil // the user has moved on: a late answer must not pull them back
		}
		if msg.err != nil {
			return a, failure("Could not open the draft: " + msg.err.Error())
		}
		return a.show(NewEditor(a.common, msg.posting), nil)
	}
	var cmd tea.Cmd
	a.screen, cmd = a.screen.Update(msg)
	return a, cmd
}

// show switches to screen s and sizes it.
func (a App) show(s Screen, then tea.Cmd) (tea.Model, tea.Cmd) {
	a.screen = s
	a.nav++
	a.fullHelp = false
	cmd := a.resize()
	return a, tea.Batch(cmd, then)
}

// quit saves what is unsaved, then ends the program once the save has
// landed. If the save fails the app stays open and says so; asking to quit
// a second time leaves without saving.
func (a App) quit() (tea.Model, tea.Cmd) {
	switch {
	case a.quitting && a.saveFailed:
		return a, tea.Quit // asked twice after a failed save: leave unsaved
	case a.quitting:
		return a, info("Still saving…")
	}
	if flush := a.screen.Flush(); flush != nil {
		a.quitting = true
		return a, tea.Batch(info("Saving before quitting…"), flush)
	}
	return a, tea.Quit
}

// TooSmall reports whether the terminal is below the layout's minimum.
func (a App) TooSmall() bool { return a.width < MinWidth || a.height < MinHeight }

// resize hands the screen the space left by the header, help and status
// lines.
func (a *App) resize() tea.Cmd {
	if a.width == 0 || a.height == 0 {
		return nil
	}
	a.help.SetWidth(a.width)
	return a.screen.SetSize(a.width, max(a.height-2-a.helpHeight(), 1))
}

func (a App) helpView() string {
	km := helpKeys{screen: a.screen, app: a.keys}
	// help.Model can overrun its width when an ellipsis does not fit, so
	// every line is clipped here as well.
	if a.fullHelp {
		return clipLines(a.help.FullHelpView(km.FullHelp()), a.width)
	}
	return clipLines(a.help.ShortHelpView(km.ShortHelp()), a.width)
}

// fitBlock makes s exactly height lines, each cut to width columns: a
// screen can never push the help and status lines off the terminal.
// (lipgloss's Width/Height would word-wrap the whole block on every frame.)
func fitBlock(s string, width, height int) string {
	lines := strings.SplitN(s, "\n", height+1)
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// clipLines cuts every line of s to width columns.
func clipLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return strings.Join(lines, "\n")
}

func (a App) helpHeight() int { return lipgloss.Height(a.helpView()) }

// View draws the screen, its help and the status bar, or a note when the
// terminal is too small.
func (a App) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "jobpost"
	switch {
	case a.width == 0:
		v.SetContent("")
	case a.TooSmall():
		v.SetContent(a.tooSmallView())
	default:
		helpView := a.helpView()
		bodyHeight := max(a.height-2-lipgloss.Height(helpView), 1)
		v.SetContent(strings.Join([]string{
			a.header(),
			fitBlock(a.screen.View(), a.width, bodyHeight),
			helpView,
			a.statusBar(),
		}, "\n"))
	}
	v.Content = safeFrame(v.Content)
	return v
}

func (a App) header() string {
	return ansi.Truncate(a.common.Styles.Title.Render("jobpost")+a.common.Styles.Subtle.Render(" · "+a.screen.Name()), a.width, "…")
}

func (a App) tooSmallView() string {
	// Short phrases, most important first, so that even a 10×5 terminal
	// shows what is wrong and how to get out.
	msg := fmt.Sprintf("Terminal too small: %d×%d. jobpost needs at least %d×%d. Enlarge the window, or press ctrl+c to quit.",
		a.width, a.height, MinWidth, MinHeight)
	if a.width < 40 {
		msg = fmt.Sprintf("Too small\n%d×%d\nneed %d×%d\nctrl+c quits", a.width, a.height, MinWidth, MinHeight)
	}
	lines := strings.Split(ansi.Wordwrap(msg, max(a.width, 1), ""), "\n")
	if len(lines) > a.height {
		lines = lines[:max(a.height, 1)]
	}
	return clipLines(strings.Join(lines, "\n"), a.width)
}

// statusBar shows the screen, the latest message and the database path.
func (a App) statusBar() string {
	s := a.common.Styles
	// The screen's name can hold a long title; it gives way to a message
	// (down to a third of the bar), which is what the user is waiting for.
	nameRoom := a.width - 4
	if a.status != "" {
		nameRoom = max(a.width/3, a.width-4-lipgloss.Width(a.status))
	}
	left := s.StatusKey.Render(ansi.Truncate(a.screen.Name(), max(nameRoom, 8), "…"))
	msg := a.status
	style := s.StatusBar
	switch a.statusKind {
	case statusError:
		style = style.Foreground(s.Error.GetForeground()).Bold(true)
	case statusSuccess:
		style = style.Foreground(s.Success.GetForeground())
	}
	right := ""
	if a.common.DBPath != "" {
		right = shortPath(a.common.DBPath) + " "
	}
	room := a.width - lipgloss.Width(left) - 2
	// The message matters more than the path: the path goes when both do
	// not fit.
	if lipgloss.Width(right)+lipgloss.Width(msg)+1 > room {
		right = ""
	}
	msg = ansi.Truncate(msg, max(room-lipgloss.Width(right), 0), "…")
	gap := max(room-lipgloss.Width(msg)-lipgloss.Width(right), 0)
	return left + style.Render(" "+msg+strings.Repeat(" ", gap)+" "+right)
}

// shortPath writes the home directory as ~.
func shortPath(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if rel, err := filepath.Rel(home, p); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.Join("~", rel)
		}
	}
	return p
}

// helpKeys joins the screen's keys with the app's own.
type helpKeys struct {
	screen Screen
	app    appKeys
}

func (h helpKeys) ShortHelp() []key.Binding {
	keys := h.screen.ShortHelp()
	if !h.screen.Typing() {
		keys = append(keys, h.app.Help, h.app.Quit)
	}
	return keys
}

func (h helpKeys) FullHelp() [][]key.Binding {
	return append(h.screen.FullHelp(), []key.Binding{h.app.Help, h.app.Quit, h.app.ForceQuit})
}
