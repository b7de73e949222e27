// Package cli is jobpost's command line, built on cobra: it parses
// arguments, opens the database and runs either the terminal interface or
// one of the scriptable commands. Exit statuses: 0 success, 1 a runtime
// error (message on stderr), 2 a usage error.
package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

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
	// TerminalWidth is the width of the terminal Stdout is, if it can be
	// asked; nil or ok false when it cannot.
	TerminalWidth func() (width int, ok bool)
	// OpenTerminal opens the user's terminal for escape sequences that
	// must reach it even when output is redirected (OSC 52 for copy). Nil
	// means there is none.
	OpenTerminal func() (io.WriteCloser, error)
}

// OSEnv is the real process environment.
func OSEnv() Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		IsTerminal: term.IsTerminal(os.Stdout.Fd()),
		TerminalWidth: func() (int, bool) {
			w, _, err := term.GetSize(os.Stdout.Fd())
			return w, err == nil && w > 0
		},
		OpenTerminal: clipboard.OpenTerminal,
	}
}

// command is one subcommand as this package describes it; build turns it
// into a cobra command.
type command struct {
	name    string
	args    string // the synopsis after the name, e.g. "ID"
	summary string
	example string
	exit    string                  // what exit status 1 means for this command, beyond the usual
	flags   func(fs *pflag.FlagSet) // adds the command's own flags
	run     func(ctx *context, args []string) error
	// complete offers values for the operands (draft ids, shells, …).
	complete func(ctx *context, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective)
	// flagValues offers values for the command's own flags, by name.
	flagValues map[string]func(ctx *context) []cobra.Completion
	// anyTheme: the command draws nothing, so a bad --theme is no reason
	// to refuse it (help, completion, man).
	anyTheme bool

	// ssh offers the command over SSH (RemoteMain, jobpost serve), with
	// sshSummary and sshExample there when given, and the flags sshFlags
	// adds besides its own.
	ssh        bool
	sshSummary string
	sshExample string
	sshFlags   func(fs *pflag.FlagSet)
	// sshArgs, sshExit and sshFlagHelp (by flag name) replace args, exit
	// and flags' help over SSH where those speak of the server's files
	// or programs.
	sshArgs     string
	sshExit     string
	sshFlagHelp map[string]string
	// sshRefused are the command's flags that would touch the server's own
	// machine (a file, a program there): over SSH they are hidden, and
	// refused with the reason given.
	sshRefused map[string]string
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// flagError is a flag cobra could not parse; the command's usage follows
// the message.
type flagError struct {
	cmd *cobra.Command
	err error
}

func (e flagError) Error() string { return e.err.Error() }

// unknownCommandError is an operand where a command was expected.
type unknownCommandError struct {
	name        string
	suggestions []string
}

func (e unknownCommandError) Error() string { return fmt.Sprintf("unknown command %q", e.name) }

// Main runs jobpost with the given arguments (without the program name)
// and returns the exit status.
func Main(args []string, env Env) int {
	ctx := &context{env: withHome(env), globals: &globals{}}
	root := newRoot(ctx)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	ctx.close()
	return report(ctx, root, cmd, err)
}

// report prints err the way jobpost always has (`jobpost: …` on stderr,
// never cobra's own "Error:" lines) and returns the exit status.
func report(ctx *context, root, cmd *cobra.Command, err error) int {
	stderr := ctx.env.Stderr
	var (
		ue  usageError
		fe  flagError
		uce unknownCommandError
		noe notOfferedError
		he  helpError
	)
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &noe):
		fmt.Fprintf(stderr, "jobpost: %v\n", err)
		if s := noe.root.SuggestionsFor(noe.name); len(s) > 0 {
			fmt.Fprintf(stderr, "Did you mean %s?\n", strings.Join(s, " or "))
		}
		return ExitUsage
	case errors.As(err, &he):
		fmt.Fprintf(stderr, "jobpost: %v\n", err)
		return ExitUsage
	case errors.As(err, &uce):
		fmt.Fprintf(stderr, "jobpost: %v\n", err)
		if len(uce.suggestions) > 0 {
			fmt.Fprintf(stderr, "\nDid you mean this?\n")
			for _, s := range uce.suggestions {
				fmt.Fprintf(stderr, "  jobpost %s\n", s)
			}
			fmt.Fprintln(stderr, "\nRun 'jobpost help' for every command.")
		} else {
			fmt.Fprintln(stderr)
			mainUsage(stderr, root)
		}
		return ExitUsage
	case errors.As(err, &fe):
		fmt.Fprintf(stderr, "jobpost: %v\n\n", fe.err)
		writeHelp(stderr, fe.cmd)
		return ExitUsage
	case errors.As(err, &ue):
		if cmd == nil || cmd == root {
			fmt.Fprintf(stderr, "jobpost: %v\nRun '%s --help' for usage.\n", err, invocation(root))
		} else {
			fmt.Fprintf(stderr, "jobpost %s: %v\n", cmd.Name(), err)
			fmt.Fprintf(stderr, "Run '%s help %s' for usage.\n", invocation(root), cmd.Name())
		}
		return ExitUsage
	default:
		fmt.Fprintf(stderr, "jobpost: %v\n", withAdvice(err))
		return ExitError
	}
}

// globals are the flags every command takes.
type globals struct {
	db      string
	theme   string
	catalog string
	version bool
}

// newRoot builds the command tree afresh for one run: cobra keeps flag
// values in its commands, and each Main starts clean.
func newRoot(ctx *context) *cobra.Command {
	g := ctx.globals
	root := &cobra.Command{
		Use:   "jobpost",
		Short: "jobpost builds job postings in the terminal and keeps every draft.",
		// Our own Args, so an unknown command is a usage error with
		// suggestions rather than cobra's message.
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && ctx.remote != nil {
				return notOfferedError{name: args[0], root: cmd}
			}
			if len(args) > 0 {
				return unknownCommandError{name: args[0], suggestions: cmd.SuggestionsFor(args[0])}
			}
			return nil
		},
		SilenceErrors:              true,
		SilenceUsage:               true,
		SuggestionsMinimumDistance: 2,
		ValidArgsFunction:          cobra.NoFileCompletions,
		CompletionOptions:          cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	if ctx.remote != nil {
		root.Annotations = map[string]string{sshAnnotation: "true"}
	}
	root.SetIn(ctx.env.Stdin)
	root.SetOut(ctx.env.Stdout)
	root.SetErr(ctx.env.Stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return flagError{cmd, err} })
	pf := root.PersistentFlags()
	pf.StringVar(&g.db, "db", "", "database `PATH` (default: $JOBPOST_DB, else $XDG_DATA_HOME/jobpost/jobpost.db)")
	pf.StringVar(&g.theme, "theme", "", "colour `THEME`: dark, light or auto (default: $JOBPOST_THEME, else auto)")
	pf.StringVar(&g.catalog, "catalog", "", "company catalog `FILE` to add to the built-in catalog")
	root.Flags().BoolVarP(&g.version, "version", "v", false, "print the version")
	_ = root.RegisterFlagCompletionFunc("theme", cobra.FixedCompletions(themeCompletions, cobra.ShellCompDirectiveNoFileComp))
	_ = root.RegisterFlagCompletionFunc("catalog", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return []cobra.Completion{"json"}, cobra.ShellCompDirectiveFilterFileExt
	})
	root.SetHelpFunc(func(cmd *cobra.Command, _ []string) { writeHelp(cmd.OutOrStdout(), cmd) })
	root.SetHelpCommand(helpCommand(ctx, root))
	root.RunE = func(cmd *cobra.Command, args []string) error {
		ctx.cmd = cmd
		if err := ctx.refuseOverSSH(nil); err != nil {
			return err
		}
		if g.version {
			return printVersion(ctx)
		}
		if _, err := ctx.theme(); err != nil {
			return err
		}
		if ctx.remote != nil {
			// The server opens the editor itself for a session without
			// a command; here there is only the command line.
			return usagef("name a command: %s", strings.Join(offeredNames(root), ", "))
		}
		return runTUI(ctx, args)
	}
	if ctx.remote != nil {
		for name := range globalsRefusedOverSSH {
			pf.Lookup(name).Hidden = true
		}
	}
	for _, c := range commands {
		if ctx.remote == nil || c.ssh {
			root.AddCommand(c.build(ctx))
		}
	}
	return root
}

// build turns c into a cobra command that runs with ctx.
func (c *command) build(ctx *context) *cobra.Command {
	summary, example, args, exit := c.summary, c.example, c.args, c.exit
	if ctx.remote != nil {
		summary, example = cmp.Or(c.sshSummary, summary), cmp.Or(c.sshExample, example)
		args, exit = cmp.Or(c.sshArgs, args), cmp.Or(c.sshExit, exit)
	}
	use := c.name
	if args != "" {
		use += " " + args
	}
	cc := &cobra.Command{
		Use:     use,
		Short:   summary,
		Example: example,
		// Operands are counted by each command, in its own words.
		Args:        cobra.ArbitraryArgs,
		Annotations: map[string]string{"exit": exit},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx.cmd = cmd
			if err := ctx.refuseOverSSH(c.sshRefused); err != nil {
				return err
			}
			if !c.anyTheme {
				// A bad --theme is a mistake whatever the command, not
				// only where colours are drawn.
				if _, err := ctx.theme(); err != nil {
					return err
				}
			}
			return c.run(ctx, args)
		},
	}
	if c.flags != nil {
		c.flags(cc.Flags())
	}
	if ctx.remote != nil {
		if c.sshFlags != nil {
			c.sshFlags(cc.Flags())
		}
		for name := range c.sshRefused {
			cc.Flags().Lookup(name).Hidden = true
		}
		for name, help := range c.sshFlagHelp {
			cc.Flags().Lookup(name).Usage = help
		}
	}
	if c.complete != nil {
		cc.ValidArgsFunction = func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			ctx.cmd = cmd
			return c.complete(ctx, args, toComplete)
		}
	} else {
		cc.ValidArgsFunction = cobra.NoFileCompletions
	}
	for name, values := range c.flagValues {
		_ = cc.RegisterFlagCompletionFunc(name, func(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			ctx.cmd = cmd
			return values(ctx), cobra.ShellCompDirectiveNoFileComp
		})
	}
	return cc
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

func printVersion(ctx *context) error {
	_, err := fmt.Fprintln(ctx.env.Stdout, "jobpost", version())
	return err
}

func init() {
	register(&command{
		name:     "version",
		summary:  "print the version",
		example:  "  jobpost version\n  jobpost -v",
		anyTheme: true,
		ssh:      true,
		run: func(ctx *context, args []string) error {
			if len(args) > 0 {
				return usagef("version takes no arguments")
			}
			return printVersion(ctx)
		},
	})
}
