package cli

import (
	stdcontext "context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"jobpost/data"
	"jobpost/model/check"
	"jobpost/storage"
	"jobpost/ui/server"
)

// shutdownLimit is how long a stopping server waits for running commands
// (editor sessions save and end at once).
const shutdownLimit = 10 * time.Second

func init() {
	register(&command{
		name:    "serve",
		args:    "",
		summary: "share one library with a team over SSH: the editor and the commands, by key",
		example: "  jobpost serve\n" +
			"  jobpost serve --listen :2222 --data /srv/jobpost\n" +
			"  ssh -p 23234 host            (the editor)\n" +
			"  ssh -p 23234 host list       (a command)",
		exit: "Status 1 also when the server cannot start: no users file, a host key others may read,\n" +
			"the address in use.",
		flags: func(fs *pflag.FlagSet) {
			fs.String("listen", server.DefaultListen, "listen on `ADDR` (host:port)")
			fs.String("data", "", "keep the library, the host key and the users file in `DIR` (default: $XDG_DATA_HOME/jobpost/serve)")
			fs.String("users", "", "the users `FILE`: authorized_keys lines, each ending in its user's name (default: DIR/users)")
			fs.Duration("idle", server.DefaultIdleTimeout, "close a connection idle for `DURATION` (30m, 2h); what was typed is saved first")
			fs.Int("max-sessions", server.DefaultMaxSessions, "take at most `N` sessions at once; the next is told to try again")
		},
		run: runServe,
	})
}

func runServe(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("serve takes no arguments")
	}
	if ctx.globals.db != "" {
		return usagef("serve keeps its library in the data directory: use --data DIR, not --db")
	}
	flags := ctx.cmd.Flags()
	listen, _ := flags.GetString("listen")
	dataDir, _ := flags.GetString("data")
	usersFile, _ := flags.GetString("users")
	idle, _ := flags.GetDuration("idle")
	maxSessions, _ := flags.GetInt("max-sessions")
	if idle <= 0 || maxSessions <= 0 {
		return usagef("--idle and --max-sessions must be more than zero")
	}
	if dataDir == "" {
		db, err := storage.DefaultPathFrom(ctx.env.Getenv)
		if err != nil {
			return usagef("no data directory: use --data DIR")
		}
		dataDir = filepath.Join(filepath.Dir(db), "serve")
	}
	cat, rules, choice, err := ctx.editorSettings()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return err
	}
	library, err := storage.Open(server.LibraryPath(dataDir), storage.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, storage.ErrLocked) {
			return fmt.Errorf("%w (is another jobpost serve running on %s?)", err, dataDir)
		}
		return err
	}
	defer library.Close()
	if err := library.Check(); err != nil {
		return fmt.Errorf("the library %s is damaged, so the server did not start.\nRun 'jobpost check-db --db %s' for what is wrong and what to do",
			library.Path(), library.Path())
	}
	srv, err := server.New(server.Config{
		Listen: listen, DataDir: dataDir, UsersFile: usersFile, Log: ctx.env.Stderr,
		IdleTimeout: idle, MaxSessions: maxSessions,
		Library: library, Catalog: cat, Rules: rules, Theme: server.ThemeChoice(choice),
		RunCommand: RemoteRunner(cat, rules),
	})
	if err != nil {
		return err
	}
	ln, err := srv.Listen()
	if err != nil {
		return err
	}
	users := fmt.Sprintf("%d users", srv.Users())
	if srv.Users() == 1 {
		users = "1 user"
	}
	fmt.Fprintf(ctx.env.Stderr, "jobpost serve: listening on %s, host key %s, %s\n", ln.Addr(), srv.Fingerprint(), users)

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(signals)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-signals:
	}
	fmt.Fprintln(ctx.env.Stderr, "jobpost serve: stopping: saving every session's work")
	sctx, cancel := stdcontext.WithTimeout(stdcontext.Background(), shutdownLimit)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("stopped with commands still running after %v", shutdownLimit)
	}
	<-served
	return nil
}

// RemoteRunner is the server's way to run a command given over SSH:
// RemoteMain in the session's world, with the server's catalog and rules.
func RemoteRunner(cat *data.Catalog, rules check.Rules) func(server.CommandSession) int {
	return func(cs server.CommandSession) int {
		env := Env{
			Stdin: cs.Stdin, Stdout: cs.Stdout, Stderr: cs.Stderr, Getenv: cs.Getenv,
			IsTerminal: cs.IsTerminal, TerminalWidth: cs.TerminalWidth, OpenTerminal: cs.OpenTerminal,
		}
		return RemoteMain(cs.Args, env, Remote{Store: cs.Store, Catalog: cat, Rules: rules, User: cs.User})
	}
}
