package common

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Component is the contract of every piece of a screen (after soft-serve's
// common.Component): it names its keys for the help line and draws in the
// space its parent hands it. Each component has its own Update and View
// with concrete types, so a parent keeps it by value.
type Component interface {
	help.KeyMap
	SetSize(width, height int) tea.Cmd
}

// Page is one screen on the root's stack. A page loads its own data in
// Init, owns all of its state, and talks to the root and to other pages
// only through messages (navigation.go, status.go).
type Page interface {
	Component
	// ID tells this page apart from every other page of the program:
	// messages addressed to it (Addressed) reach it and nothing else.
	ID() PageID
	Init() tea.Cmd
	Update(msg tea.Msg) (Page, tea.Cmd)
	View() string
	// Title is what the header and status bar call the page.
	Title() string
	// Typing reports whether a text input has focus, so that q, ? and
	// the like are text rather than commands.
	Typing() bool
}

// Keeper is a page that holds work not yet on disk. The root asks every
// keeper on the stack before the program ends, and quits only once none
// is unsaved (or the user insists after a failed save).
type Keeper interface {
	// Unsaved reports whether a change is not yet on disk.
	Unsaved() bool
	// SaveFailing reports whether the last save failed.
	SaveFailing() bool
	// SaveNow starts a save of everything unsaved, or returns nil.
	SaveNow() tea.Cmd
}

// SaveResult is a message reporting a save. The root reads it when it
// saves synchronously on the way out (SaveNow's command, run directly).
type SaveResult interface{ SaveErr() error }

// Closer is a page that holds something beyond itself while it is open
// (the editor's edit hold on its draft): the root calls Close as it takes
// the page off the stack, and only then. Close does no I/O.
type Closer interface{ Close() }
