// Package cli is jobpost's command line: it parses arguments, opens the
// database and runs either the terminal interface or one of the
// scriptable commands. Exit statuses: 0 success, 1 a runtime error
// (message on stderr), 2 a usage error.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/charmbracelet/x/term"

	"jobpost/internal/clipboard"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitError = 1
	ExitUsage = 2
)

// Version is the program version, set at build time with
// -ldflags "-X jobpost/ui/cli.Version=…"; otherwise it comes from the
// module's build information.
var Version = ""

// Env is the world a command runs in; tests pass their own.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// IsTerminal reports whether Stdout is a terminal.
	IsTerminal bool
	// OpenTerminal opens the user's terminal for escape sequences that
	// must reach it even when output is redirected (OSC 52 for copy). Nil
	// means there is none.
	OpenTerminal func() (io.WriteCloser, error)
}

// OSEnv is the real process environment.
func OSEnv() Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		IsTerminal:   term.IsTerminal(os.Stdout.Fd()),
		OpenTerminal: clipboard.OpenTerminal,
	}
}

// command is one subcommand.
type command struct {
	name    string
	args    string // the synopsis after the name, e.g. "ID"
	summary string
	example string
	exit    string                 // what exit status 1 means for this command, beyond the usual
	flags   func(fs *flag.FlagSet) // adds the command's own flags
	run     func(ctx *context, args []string) error
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// Main runs jobpost with the given arguments (without the program name)
// and returns the exit status.
func Main(args []string, env Env) int {
	g := &globals{}
	fs := newFlagSet("jobpost", env, g)
	if err := fs.Parse(args); err != nil {
		return parseFailure(err, env, mainUsage)
	}
	if g.version {
		fmt.Fprintln(env.Stdout, "jobpost", version())
		return ExitOK
	}
	if g.help {
		mainUsage(env.Stdout)
		return ExitOK
	}
	rest := fs.Args()
	name := "tui"
	if len(rest) > 0 {
		name, rest = rest[0], rest[1:]
	}
	if name == "help" {
		switch {
		case len(rest) == 0:
			mainUsage(env.Stdout)
		case commands[rest[0]] != nil && commands[rest[0]].summary != "":
			commandUsage(env.Stdout, commands[rest[0]])
		default:
			fmt.Fprintf(env.Stderr, "jobpost: no command %q; 'jobpost help' lists them\n", rest[0])
			return ExitUsage
		}
		return ExitOK
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(env.Stderr, "jobpost: unknown command %q\n\n", name)
		mainUsage(env.Stderr)
		return ExitUsage
	}
	cfs := newFlagSet("jobpost "+name, env, g)
	if cmd.flags != nil {
		cmd.flags(cfs)
	}
	operands, err := parseInterspersed(cfs, rest)
	if err != nil {
		return parseFailure(err, env, func(w io.Writer) { commandUsage(w, cmd) })
	}
	if g.help {
		commandUsage(env.Stdout, cmd)
		return ExitOK
	}
	ctx := &context{env: env, globals: g, flags: cfs}
	// A bad --theme is a mistake whatever the command, not only where
	// colours are drawn.
	if _, err = ctx.theme(); err == nil {
		err = cmd.run(ctx, operands)
	}
	ctx.close()
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "jobpost %s: %v\n", name, err)
		fmt.Fprintf(env.Stderr, "Run 'jobpost help %s' for usage.\n", name)
		return ExitUsage
	default:
		fmt.Fprintf(env.Stderr, "jobpost: %v\n", err)
		return ExitError
	}
}

// parseInterspersed parses flags wherever they stand among the operands,
// so "show ID --format html" works as "show --format html ID" does; after
// "--" everything is an operand.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(operands, rest...), nil
		}
		if len(rest) == 0 {
			return operands, nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

func parseFailure(err error, env Env, usage func(io.Writer)) int {
	if errors.Is(err, flag.ErrHelp) {
		usage(env.Stdout)
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "jobpost: %v\n\n", err)
	usage(env.Stderr)
	return ExitUsage
}

// globals are the flags every command takes.
type globals struct {
	db      string
	theme   string
	catalog string
	help    bool
	version bool
}

func newFlagSet(name string, env Env, g *globals) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed by Main, once
	fs.StringVar(&g.db, "db", g.db, "database file (default: $JOBPOST_DB, else $XDG_DATA_HOME/jobpost/jobpost.db)")
	fs.StringVar(&g.theme, "theme", g.theme, "colour theme: dark or light (default: $JOBPOST_THEME, else dark)")
	fs.StringVar(&g.catalog, "catalog", g.catalog, "company catalog file to add to the built-in catalog")
	fs.BoolVar(&g.help, "help", g.help, "show help")
	fs.BoolVar(&g.help, "h", g.help, "show help")
	fs.BoolVar(&g.version, "version", g.version, "print the version")
	return fs
}

func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func mainUsage(w io.Writer) {
	fmt.Fprint(w, `jobpost builds job postings in the terminal and keeps every draft.

Usage:
  jobpost [flags]                 open the postings editor
  jobpost <command> [flags] [args]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n, c := range commands {
		if c.summary != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, `
Flags:
  --db PATH        database file (default: $JOBPOST_DB, else
                   $XDG_DATA_HOME/jobpost/jobpost.db or ~/.local/share/jobpost/jobpost.db)
  --theme NAME     dark or light (default: $JOBPOST_THEME, else dark); NO_COLOR is honoured
  --catalog FILE   company catalog to add to the built-in one
                   (default: $XDG_CONFIG_HOME/jobpost/catalog.json when present)
  -h, --help       show help; 'jobpost help COMMAND' for a command
  --version        print the version

Exit status: 0 success, 1 error (the message is on stderr), 2 wrong usage.
`)
}

func commandUsage(w io.Writer, c *command) {
	fmt.Fprintf(w, "%s\n\nUsage:\n  jobpost %s [flags] %s\n", c.summary, c.name, c.args)
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	if c.flags != nil {
		c.flags(fs)
	}
	var own strings.Builder
	fs.VisitAll(func(f *flag.Flag) {
		name := "--" + f.Name
		if len(f.Name) == 1 {
			name = "-" + f.Name
		}
		arg, usage := flag.UnquoteUsage(f)
		if arg != "" {
			name += " " + arg
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(&own, "  %-16s %s\n", name, usage)
	})
	if own.Len() > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s", own.String())
	}
	fmt.Fprint(w, "\nGlobal flags: --db PATH, --theme dark|light, --catalog FILE (see 'jobpost --help').\n")
	if c.example != "" {
		fmt.Fprintf(w, "\nExample:\n%s\n", c.example)
	}
	fmt.Fprint(w, "\nExit status: 0 success, 1 error (the message is on stderr), 2 wrong usage.\n")
	if c.exit != "" {
		fmt.Fprintf(w, "%s\n", c.exit)
	}
}
