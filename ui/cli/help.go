package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/model"
)

// exitStatus is the sentence every help text ends with.
const exitStatus = "Exit status: 0 success, 1 error (the message is on stderr), 2 wrong usage."

// writeHelp writes the help of cmd: the whole program's for the root.
func writeHelp(w io.Writer, cmd *cobra.Command) {
	if !cmd.HasParent() {
		mainUsage(w, cmd)
		return
	}
	commandUsage(w, cmd)
}

func mainUsage(w io.Writer, root *cobra.Command) {
	if overSSH(root) {
		sshUsage(w, root)
		return
	}
	fmt.Fprintf(w, `%s

Usage:
  jobpost [flags]                 open the postings editor
  jobpost <command> [flags] [args]

Commands:
`, root.Short)
	commandList(w, root)
	fmt.Fprint(w, `
Flags:
  --db PATH        database file (default: $JOBPOST_DB, else
                   $XDG_DATA_HOME/jobpost/jobpost.db or ~/.local/share/jobpost/jobpost.db)
  --theme NAME     dark, light or auto (default: $JOBPOST_THEME, else auto: dark until the
                   terminal says otherwise); NO_COLOR is honoured
  --catalog FILE   company catalog to add to the built-in one
                   (default: $XDG_CONFIG_HOME/jobpost/catalog.json when present)
  -h, --help       show help; 'jobpost help COMMAND' for a command
  -v, --version    print the version

`+exitStatus+"\n")
}

// sshUsage is mainUsage over SSH: the commands offered there, and the one
// global flag.
func sshUsage(w io.Writer, root *cobra.Command) {
	fmt.Fprintf(w, `%s

Usage:
  %[2]s                           open the postings editor
  %[2]s <command> [flags] [args]  run a command on the team library

Commands:
`, root.Short, sshCommand)
	commandList(w, root)
	fmt.Fprint(w, `
Standard input and output are yours: import reads standard input, export and backup write
standard output, copy puts the text on your own clipboard (OSC 52).

Flags:
  --theme NAME     dark, light or auto (default: $JOBPOST_THEME, else auto)
  -h, --help       show help; 'help COMMAND' for a command
  -v, --version    print the version

`+exitStatus+"\n")
}

// commandList lists root's commands, a line each.
func commandList(w io.Writer, root *cobra.Command) {
	for _, c := range root.Commands() { // cobra keeps them sorted by name
		if c.IsAvailableCommand() || c.Name() == "help" {
			fmt.Fprintf(w, "  %-10s %s\n", c.Name(), c.Short)
		}
	}
}

func commandUsage(w io.Writer, c *cobra.Command) {
	name, args, _ := strings.Cut(c.Use, " ")
	fmt.Fprintf(w, "%s\n\nUsage:\n  %s %s [flags]", c.Short, invocation(c.Root()), name)
	if args != "" {
		fmt.Fprintf(w, " %s", args)
	}
	fmt.Fprintln(w)
	if own := ownFlags(c); own != "" {
		fmt.Fprintf(w, "\nFlags:\n%s", own)
	}
	if overSSH(c) {
		fmt.Fprint(w, "\nGlobal flags: --theme dark|light|auto (see 'help').\n")
	} else {
		fmt.Fprint(w, "\nGlobal flags: --db PATH, --theme dark|light|auto, --catalog FILE (see 'jobpost --help').\n")
	}
	if c.Example != "" {
		fmt.Fprintf(w, "\nExample:\n%s\n", c.Example)
	}
	fmt.Fprintf(w, "\n%s\n", exitStatus)
	if exit := c.Annotations["exit"]; exit != "" {
		fmt.Fprintf(w, "%s\n", exit)
	}
}

// ownFlags lists the command's own flags (not the global ones, nor help),
// one a line.
func ownFlags(c *cobra.Command) string {
	var b strings.Builder
	c.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		if f.Name == "help" || f.Hidden {
			return
		}
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", " + name
		}
		arg, usage := pflag.UnquoteUsage(f)
		if arg != "" && f.Value.Type() != "bool" {
			name += " " + arg
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(&b, "  %-18s %s\n", name, usage)
	})
	return b.String()
}

// helpCommand is `jobpost help [COMMAND]`, which knows every command,
// itself included, and calls a name it does not know a usage error.
func helpCommand(ctx *context, root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:     "help [COMMAND]",
		Short:   "help for a command, with an example",
		Example: fmt.Sprintf("  %[1]s help show\n  %[1]s help help", invocation(root)),
		Args:    cobra.ArbitraryArgs,
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, c := range root.Commands() {
				if c.IsAvailableCommand() || c.Name() == "help" {
					out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				mainUsage(ctx.env.Stdout, root)
				return nil
			case len(args) > 1:
				return usagef("help takes one command name")
			}
			for _, c := range root.Commands() {
				if c.Name() == args[0] && (c.IsAvailableCommand() || c.Name() == "help") {
					commandUsage(ctx.env.Stdout, c)
					return nil
				}
			}
			msg := fmt.Sprintf("no command %q; '%s help' lists them", model.CleanLine(args[0]), invocation(root))
			if s := root.SuggestionsFor(args[0]); len(s) > 0 {
				msg = fmt.Sprintf("no command %q; did you mean %s?", model.CleanLine(args[0]), strings.Join(s, " or "))
			}
			return helpError{msg}
		},
	}
}

// helpError is `help NAME` for a name that is no command: a usage error
// said in one line, without the "Run 'jobpost help help'" hint.
type helpError struct{ msg string }

func (e helpError) Error() string { return e.msg }
