package ui

import (
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"jobpost/data"
	"jobpost/storage"
)

// Screen is one page of the app. Each screen owns its keys (and the help
// for them) and draws in the space the root model gives it.
type Screen interface {
	help.KeyMap
	Update(msg tea.Msg) (Screen, tea.Cmd)
	View() string
	// SetSize hands the screen the space below the title and above the help
	// and status lines.
	SetSize(width, height int) tea.Cmd
	// Name is what the status bar calls the screen.
	Name() string
	// Typing reports whether a text input has focus, so that q, ? and the
	// like are text rather than commands.
	Typing() bool
	// Flush returns a command that saves unsaved work before the program
	// quits, or nil.
	Flush() tea.Cmd
}

// Common is what every screen shares.
type Common struct {
	Styles   Styles
	Catalog  *data.Catalog
	Store    *storage.Store
	Renderer *MarkdownRenderer
	Now      func() time.Time
	// DBPath is the database file as the status bar shows it.
	DBPath string
	// trashed are the drafts deleted this session, newest last: u on the
	// drafts screen brings them back, however often the screen is left.
	trashed []string
	// lastExportDir is where the last export went; the next one starts
	// there.
	lastExportDir string
	// Getenv reads the environment (EDITOR, TMUX, DISPLAY…); nil means
	// os.Getenv. Tests pass their own.
	Getenv func(string) string
}

func (c *Common) getenv() func(string) string {
	if c.Getenv == nil {
		return os.Getenv
	}
	return c.Getenv
}
