package server

import (
	"io"
	"os"
	"path/filepath"
	"time"

	"jobpost/data"
	"jobpost/model/check"
	"jobpost/storage"
	"jobpost/ui/common"
)

// Defaults for the fields of Config left zero.
const (
	DefaultListen      = ":23234"
	DefaultIdleTimeout = 30 * time.Minute
	// DefaultLoginTimeout is as long as a person's ssh needs to log in
	// (OpenSSH's LoginGraceTime is 2 minutes, for typed passwords).
	DefaultLoginTimeout = 30 * time.Second
	DefaultMaxSessions  = 50
)

// ThemeChoice is the colour theme the server's sessions start with.
type ThemeChoice string

// The theme choices: auto starts from the client's $COLORFGBG if it sent
// one (dark otherwise) and then follows the terminal's answer about its
// background, as single-user jobpost does.
const (
	ThemeAuto  ThemeChoice = "auto"
	ThemeDark  ThemeChoice = "dark"
	ThemeLight ThemeChoice = "light"
)

// valid reports whether t is one of the choices.
func (t ThemeChoice) valid() bool { return t == ThemeAuto || t == ThemeDark || t == ThemeLight }

// Config is what a Server needs. Library, Catalog and DataDir are
// required; every other zero field gets its default.
type Config struct {
	// Listen is the TCP address to listen on (DefaultListen).
	Listen string
	// DataDir holds the host key (ssh_host_ed25519_key) and, by default,
	// the users file; the library is DataDir/jobpost.db (opened by the
	// caller and handed over as Library).
	DataDir string
	// UsersFile is the list of users' keys (DataDir/users).
	UsersFile string
	// IdleTimeout closes a connection with no traffic for that long
	// (DefaultIdleTimeout); the session's unsaved work is saved first.
	IdleTimeout time.Duration
	// LoginTimeout closes a connection not logged in that long after it
	// opened (DefaultLoginTimeout), however busy: without it a client
	// that says nothing, or a byte now and then, holds a connection for
	// the idle timeout, and many such exhaust the server.
	LoginTimeout time.Duration
	// MaxSessions caps the sessions running at once (DefaultMaxSessions).
	MaxSessions int
	// Log receives one line per session and per refused login (stderr).
	Log io.Writer

	// Library is the team's library; each session works through its own
	// handle, Library.As(user).
	Library *storage.Store
	Catalog *data.Catalog
	Rules   check.Rules
	Theme   ThemeChoice

	// RunCommand runs a command given on the ssh command line (`ssh host
	// list`) and returns its exit status. Nil refuses every command.
	RunCommand func(CommandSession) int

	// Now is the clock of the login rate limit and the log (time.Now).
	Now func() time.Time
	// Timing overrides the sessions' editor timers (autosave…); nil keeps
	// common.DefaultTiming. Tests make them fast or slow.
	Timing *common.Timing
}

// HostKeyPath is where the server's private host key is kept.
func (c Config) HostKeyPath() string { return filepath.Join(c.DataDir, "ssh_host_ed25519_key") }

// LibraryPath is where the team library lives in a data directory.
func LibraryPath(dataDir string) string { return filepath.Join(dataDir, "jobpost.db") }

// withDefaults fills the zero fields.
func (c Config) withDefaults() Config {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.UsersFile == "" {
		c.UsersFile = filepath.Join(c.DataDir, "users")
	}
	if c.IdleTimeout == 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.LoginTimeout == 0 {
		c.LoginTimeout = DefaultLoginTimeout
	}
	if c.MaxSessions == 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.Log == nil {
		c.Log = os.Stderr
	}
	if c.Theme == "" {
		c.Theme = ThemeAuto
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}
