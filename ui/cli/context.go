package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"time"

	"jobpost/data"
	"jobpost/storage"
	"jobpost/ui/common"
)

// context is what a running command needs: its environment, the global
// flags, and the database and catalog, opened when first asked for.
type context struct {
	env     Env
	globals *globals
	flags   *flag.FlagSet
	store   *storage.Store
}

// dbPath resolves the database path: --db, then $JOBPOST_DB, then the XDG
// data directory.
func (c *context) dbPath() (string, error) {
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
			return nil, fmt.Errorf("%w\nRun 'jobpost check-db' for what to do.", err)
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

// theme resolves the colour theme: --theme, then $JOBPOST_THEME, then dark.
func (c *context) theme() (common.Theme, error) {
	t := c.globals.theme
	if t == "" {
		t = c.env.Getenv("JOBPOST_THEME")
	}
	switch t {
	case "", "dark":
		return common.Dark, nil
	case "light":
		return common.Light, nil
	}
	return "", usagef("unknown theme %q: use dark or light", t)
}

// catalog returns the built-in catalog with the company catalog merged in:
// the --catalog file, which must exist, or else the one in the user's
// config directory, if there is one. That one is optional: if it cannot be
// read at all (a folder without permission, say) the built-in catalog
// serves, with a warning; a mistake inside it is still an error.
func (c *context) catalog() (*data.Catalog, error) {
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
