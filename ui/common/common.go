// Package common is what every page and component of jobpost's terminal
// interface shares: the Common bundle (store, catalog, styles, keys,
// renderer, clock), the page and component contracts, the navigation and
// status messages, layout helpers and the frame guard. Nothing here holds
// a screen's state.
package common

import (
	"os"
	"time"

	"jobpost/data"
	"jobpost/model/check"
	"jobpost/storage"
)

// Common is handed to every page and component. They read it and never
// change it: what a page remembers lives in the page.
type Common struct {
	Styles  Styles
	Keys    KeyMap
	Catalog *data.Catalog
	// Rules are the posting checks' rules: the built-in ones, with the
	// company catalog file's added when the program starts.
	Rules    check.Rules
	Store    storage.Library
	Renderer *MarkdownRenderer
	// Now is the clock; tests pass a fixed one.
	Now func() time.Time
	// Timing holds the timers (autosave, preview, status).
	Timing Timing
	// DBPath is the database file as the status bar shows it.
	DBPath string
	// AutoTheme: the user chose no theme, so the root asks the terminal
	// for its background and switches to the light theme if it answers
	// light (it starts dark and never waits for the answer).
	AutoTheme bool
	// User is the team user this session belongs to, over SSH (jobpost
	// serve): the drafts list says who changed what and can show only
	// theirs. Empty in single-user jobpost, where nobody is named.
	User string
	// Remote is true for a session over SSH: nothing may act on the
	// server's own machine for the user, so there is no $EDITOR, no
	// export to a file there and no desktop clipboard tool (OSC 52 only,
	// which reaches the user's own terminal).
	Remote bool
	// Getenv reads the environment (EDITOR, TMUX, DISPLAY…); nil means
	// os.Getenv. Tests pass their own.
	Getenv func(string) string
}

// New returns a Common with the theme's styles, the base key map and a
// renderer matching the theme.
func New(theme Theme, cat *data.Catalog, store storage.Library) *Common {
	styles := NewStyles(theme)
	c := &Common{
		Styles:   styles,
		Keys:     DefaultKeyMap(),
		Catalog:  cat,
		Store:    store,
		Renderer: NewMarkdownRenderer(styles.GlamourStyle()),
		Now:      time.Now,
		Timing:   DefaultTiming(),
	}
	// The embedded tables are tested in package data; should they ever
	// fail to load, the zero Rules still run the quality checks.
	c.Rules, _ = data.BuiltinRules()
	if store != nil {
		c.DBPath = store.Path()
	}
	return c
}

// Env reads an environment variable through Getenv.
func (c *Common) Env(key string) string {
	if c.Getenv == nil {
		return os.Getenv(key)
	}
	return c.Getenv(key)
}

// Today is the clock's time, never nil.
func (c *Common) Today() time.Time {
	if c.Now == nil {
		return time.Now()
	}
	return c.Now()
}
