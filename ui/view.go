package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/ui/common"
)

// View draws the title line, the top page, its help and the status bar,
// or a note when the terminal is too small. Every frame passes the frame
// guard: nothing but colour sequences reaches the terminal.
func (a *App) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "jobpost"
	switch {
	case a.width == 0:
	case a.TooSmall():
		v.SetContent(a.tooSmallView())
	default:
		help := a.helpView()
		v.SetContent(strings.Join([]string{
			a.header(),
			common.FitBlock(a.top().View(), a.width, a.bodyHeight()),
			help,
			a.statusBar(),
		}, "\n"))
	}
	v.Content = common.SafeFrame(v.Content)
	return v
}

// TooSmall reports whether the terminal is below the layout's minimum.
func (a *App) TooSmall() bool { return a.width < common.MinWidth || a.height < common.MinHeight }

// bodyHeight is what is left for the page under the title, help and
// status lines.
func (a *App) bodyHeight() int { return max(a.height-2-lipgloss.Height(a.helpView()), 1) }

func (a *App) header() string {
	s := a.common.Styles
	return ansi.Truncate(s.Title.Render("jobpost")+s.Subtle.Render(" · "+a.top().Title()), a.width, "…")
}

func (a *App) tooSmallView() string {
	// Short phrases, most important first, so that even a 10×5 terminal
	// shows what is wrong and how to get out.
	msg := fmt.Sprintf("Terminal too small: %d×%d. jobpost needs at least %d×%d. Enlarge the window, or press ctrl+c to quit.",
		a.width, a.height, common.MinWidth, common.MinHeight)
	if a.width < 40 {
		msg = fmt.Sprintf("Too small\n%d×%d\nneed %d×%d\nctrl+c quits", a.width, a.height, common.MinWidth, common.MinHeight)
	}
	lines := strings.Split(ansi.Wordwrap(msg, max(a.width, 1), ""), "\n")
	if len(lines) > a.height {
		lines = lines[:max(a.height, 1)]
	}
	return common.ClipLines(strings.Join(lines, "\n"), a.width)
}

// helpView is the page's keys and the app's own. The short line always
// ends with "? help" and "q quit": when it does not fit, the page's last
// keys give way (they are all in the full help).
func (a *App) helpView() string {
	k := a.common.Keys
	page := a.top()
	if a.fullHelp {
		groups := append(page.FullHelp(), []key.Binding{k.Help, k.Quit, k.ForceQuit})
		return common.ClipLines(a.fullHelpRows(groups), a.width)
	}
	own := []key.Binding{k.Help, k.Quit}
	if page.Typing() {
		own = nil // q and ? are text now
	}
	keys := page.ShortHelp()
	// Measured unbounded: help.Model cuts a line to its width by itself,
	// and would cut "? help" and "q quit" first.
	measure := a.help
	measure.SetWidth(0)
	for n := len(keys); n > 0; n-- {
		line := measure.ShortHelpView(append(keys[:n:n], own...))
		if lipgloss.Width(line) <= a.width {
			return line
		}
	}
	return common.ClipLines(measure.ShortHelpView(own), a.width)
}

// fullHelpRows lays the help's columns side by side, starting a new row
// of columns when the next one would not fit, so that no key is cut off
// at the right edge (the app's own keys come last).
func (a *App) fullHelpRows(groups [][]key.Binding) string {
	measure := a.help
	measure.SetWidth(0)
	var rows []string
	var row [][]key.Binding
	for _, g := range groups {
		if len(row) > 0 && lipgloss.Width(measure.FullHelpView(append(row[:len(row):len(row)], g))) > a.width {
			rows = append(rows, measure.FullHelpView(row))
			row = nil
		}
		row = append(row, g)
	}
	if len(row) > 0 {
		rows = append(rows, measure.FullHelpView(row))
	}
	return strings.Join(rows, "\n")
}

// statusBar shows the page's name, its latest message and the database.
func (a *App) statusBar() string {
	s := a.common.Styles
	// The page's name can hold a long title; it gives way to a message
	// (down to a few letters: the title line above names the page too),
	// which is what the user is waiting for.
	name := a.top().Title()
	nameRoom := a.width - 4
	if a.status.Text != "" {
		nameRoom = max(12, a.width-5-lipgloss.Width(a.status.Text))
	}
	left := s.StatusKey.Render(ansi.Truncate(name, max(nameRoom, 8), "…"))
	msg := a.status.Text
	style := s.StatusBar
	switch a.status.Kind {
	case common.StatusError:
		style = style.Foreground(s.Error.GetForeground()).Bold(true)
	case common.StatusSuccess:
		style = style.Foreground(s.Success.GetForeground())
	}
	right := ""
	if a.common.DBPath != "" {
		right = common.ShortPath(a.common.DBPath) + " "
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
