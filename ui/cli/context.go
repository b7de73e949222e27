package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"jobpost/data"
	"jobpost/storage"
	"jobpost/ui/common"
)

// context is what a running command needs: its environment, the global
// flags, the command running (for its own flags), and the database and
// catalog, opened when first asked for.
type context struct {
	env     Env
	globals *globals
	cmd     *cobra.Command
	store   *storage.Store
	// remote is the session a command over SSH runs in (RemoteMain); nil
	// for a local command. Over SSH the library, the catalog and the rules
	// are the server's, and no file on the server is named by the user.
	remote *Remote
}

// errNoPathOverSSH is what asking for the database's path over SSH gets:
// nothing there may name a file on the server.
var errNoPathOverSSH = errors.New("over SSH, commands work on the team library; there is no database path")

// dbPath resolves the database path: --db, then $JOBPOST_DB, then the XDG
// data directory.
func (c *context) dbPath() (string, error) {
	if c.remote != nil {
		return "", errNoPathOverSSH
	}
	if c.globals.db != "" {
		return c.globals.db, nil
	}
	if p := c.env.Getenv("JOBPOST_DB"); p != "" {
		return p, nil
	}
	return storage.DefaultPathFrom(c.env.Getenv)
}

// existingDB is dbPath for commands that work on the file itself and
// must not create it (compact, check-db).
func (c *context) existingDB() (string, os.FileInfo, error) {
	path, err := c.dbPath()
	if err != nil {
		return "", nil, err
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil, fmt.Errorf("no database at %s", path)
	}
	return path, fi, err
}

// explicitDB reports whether the database path was given rather than
// the default.
func (c *context) explicitDB() bool {
	return c.globals.db != "" || c.env.Getenv("JOBPOST_DB") != ""
}

// openStore opens the database; readOnly opens it without the right to
// write. (A Store holds the file only while a transaction runs.)
func (c *context) openStore(readOnly bool) (*storage.Store, error) {
	if c.remote != nil {
		// The session's handle on the library the server has open: never
		// kept in c.store, so close leaves it to the server.
		return c.remote.Store, nil
	}
	if c.store != nil {
		return c.store, nil
	}
	path, err := c.dbPath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); readOnly && errors.Is(err, fs.ErrNotExist) {
		// A path given with --db or $JOBPOST_DB that does not exist is
		// most likely mistyped: say so rather than answer from a new,
		// empty database. The default database may simply not be made
		// yet; an empty one answers as a first run expects.
		if c.explicitDB() {
			return nil, fmt.Errorf("no jobpost database at %s (check the path; the editor creates it on first use)", path)
		}
		readOnly = false
	}
	s, err := storage.Open(path, storage.Options{Timeout: time.Second, ReadOnly: readOnly})
	if err != nil {
		if errors.Is(err, storage.ErrLocked) {
			return nil, fmt.Errorf("%w (another jobpost is busy with it, as in a large import: try again when it is done)", err)
		}
		if errors.Is(err, storage.ErrNotDatabase) {
			return nil, fmt.Errorf("%w\nRun 'jobpost check-db' for what to do", err)
		}
		return nil, err
	}
	if !readOnly {
		// Writing into a damaged file spreads the damage: look at every
		// page first (a few milliseconds for 10,000 drafts).
		if err := s.Check(); err != nil {
			s.Close()
			return nil, fmt.Errorf("the database %s is damaged, so nothing was changed.\nRun 'jobpost check-db' for what is wrong and what to do", path)
		}
	}
	c.store = s
	return s, nil
}

func (c *context) close() {
	if c.store != nil {
		c.store.Close()
		c.store = nil
	}
}

// themeChoice is the theme asked for: dark, light, or auto (follow the
// terminal's background where it can be known).
type themeChoice string

const (
	themeDark  themeChoice = "dark"
	themeLight themeChoice = "light"
	themeAuto  themeChoice = "auto"
)

// themeCompletions are the values --theme takes, for shell completion.
var themeCompletions = []string{"auto\tdark until the terminal says its background is light", "dark", "light"}

// theme resolves the colour theme asked for: --theme, then $JOBPOST_THEME,
// then auto.
func (c *context) theme() (themeChoice, error) {
	t := c.globals.theme
	if t == "" {
		t = c.env.Getenv("JOBPOST_THEME")
	}
	switch themeChoice(t) {
	case "", themeAuto:
		return themeAuto, nil
	case themeDark, themeLight:
		return themeChoice(t), nil
	}
	return "", usagef("unknown theme %q: use dark, light or auto", t)
}

// styleTheme is the theme to draw with when nothing can be asked of the
// terminal, as for `show`: auto follows $COLORFGBG, which some terminals
// set ("15;0": light text on a dark background), and is dark otherwise.
func (c *context) styleTheme() (common.Theme, error) {
	t, err := c.theme()
	if err != nil {
		return "", err
	}
	switch t {
	case themeLight:
		return common.Light, nil
	case themeAuto:
		if common.LightBackground(c.env.Getenv("COLORFGBG")) {
			return common.Light, nil
		}
	}
	return common.Dark, nil
}

// catalog returns the built-in catalog with the company catalog merged in:
// the --catalog file, which must exist, or else the one in the user's
// config directory, if there is one. That one is optional: if it cannot be
// read at all (a folder without permission, say) the built-in catalog
// serves, with a warning; a mistake inside it is still an error.
func (c *context) catalog() (*data.Catalog, error) {
	if c.remote != nil {
		return c.remote.Catalog, nil
	}
	if c.globals.catalog != "" {
		return data.LoadWithUser(c.globals.catalog, true)
	}
	path := data.UserCatalogPathFrom(c.env.Getenv)
	cat, err := data.LoadWithUser(path, false)
	var pathErr *fs.PathError
	if err != nil && errors.As(err, &pathErr) {
		fmt.Fprintf(c.env.Stderr, "jobpost: warning: cannot read the company catalog %s (%v); using the built-in catalog\n", path, pathErr.Err)
		return data.Builtin()
	}
	return cat, err
}

// withHome gives env a Getenv that fills in what default paths need where
// the environment lacks it: HOME (from %USERPROFILE% on Windows, else the
// user database), and on Windows the data and config folders
// (%LocalAppData%, %AppData%) for XDG_DATA_HOME and XDG_CONFIG_HOME.
func withHome(env Env) Env {
	get := env.Getenv
	if get == nil {
		get = func(string) string { return "" }
	}
	env.Getenv = func(k string) string {
		if v := get(k); v != "" {
			return v
		}
		switch {
		case k == "HOME":
			return fallbackHome(get)
		case k == "XDG_DATA_HOME" && runtime.GOOS == "windows":
			return get("LOCALAPPDATA")
		case k == "XDG_CONFIG_HOME" && runtime.GOOS == "windows":
			return get("APPDATA")
		}
		return ""
	}
	return env
}

// fallbackHome is the user's home folder when $HOME is not set.
func fallbackHome(get func(string) string) string {
	if runtime.GOOS == "windows" {
		if p := get("USERPROFILE"); p != "" {
			return p
		}
	}
	if u, err := user.Current(); err == nil && filepath.IsAbs(u.HomeDir) {
		return u.HomeDir
	}
	return ""
}

// quietCatalog is catalog for shell completion: no warnings on stderr,
// where they would land in the middle of the user's command line.
func (c *context) quietCatalog() (*data.Catalog, error) {
	if c.remote != nil {
		return c.remote.Catalog, nil
	}
	if c.globals.catalog != "" {
		return data.LoadWithUser(c.globals.catalog, true)
	}
	return data.LoadWithUser(data.UserCatalogPathFrom(c.env.Getenv), false)
}
