package cli

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"jobpost/data"
	"jobpost/model"
	"jobpost/model/check"
	"jobpost/storage"
)

// Remote is what a command over SSH runs with (jobpost serve).
type Remote struct {
	Store   *storage.Store // the session's handle: library.As(user)
	Catalog *data.Catalog
	Rules   check.Rules // jobpost/model/check
	User    string
}

// RemoteMain runs one command given over SSH (`ssh -p 23234 host list`). Returns the exit status like Main.
//
// It offers the commands marked ssh, on the library, catalog and rules of
// r: nothing a user types over SSH names a file on the server or runs a
// program there. import reads env.Stdin, export and backup write
// env.Stdout, copy sends OSC 52 through env.OpenTerminal. r.Store is the
// server's to close.
func RemoteMain(args []string, env Env, r Remote) int {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	ctx := &context{env: env, globals: &globals{}, remote: &r}
	root := newRoot(ctx)
	// A command jobpost has but does not offer here (delete, serve, …)
	// is named as such before cobra reads its flags, which it would call
	// unknown instead.
	if name, ok := commandName(root, args); ok && !slices.Contains(offeredNames(root), name) {
		return report(ctx, root, nil, notOfferedError{name: name, root: root})
	}
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	return report(ctx, root, cmd, err)
}

// sshAnnotation marks the root of the commands over SSH, for the help
// texts.
const sshAnnotation = "ssh"

// sshCommand is how help over SSH writes the command line that reaches
// the server: the user knows their host and port, the server may not.
const sshCommand = "ssh -p PORT HOST"

// overSSH reports whether cmd belongs to the commands over SSH.
func overSSH(cmd *cobra.Command) bool { return cmd.Root().Annotations[sshAnnotation] == "true" }

// invocation is how the user runs the commands of root: for help texts.
func invocation(root *cobra.Command) string {
	if overSSH(root) {
		return sshCommand
	}
	return "jobpost"
}

// globalsRefusedOverSSH are the global flags that name a file on the
// server; over SSH they are hidden and refused with these reasons.
var globalsRefusedOverSSH = map[string]string{
	"db":      "over SSH there is no --db: every command works on the team library the server keeps",
	"catalog": "over SSH there is no --catalog: the server's catalog serves everyone",
}

// refuseOverSSH is a usage error over SSH when a flag of the command in
// refused, or a global one that names a server file, was given.
func (c *context) refuseOverSSH(refused map[string]string) error {
	if c.remote == nil {
		return nil
	}
	for _, set := range []map[string]string{globalsRefusedOverSSH, refused} {
		for _, name := range slices.Sorted(maps.Keys(set)) {
			if c.cmd.Flags().Changed(name) {
				return usagef("%s", set[name])
			}
		}
	}
	return nil
}

// notOfferedError is a command that is not available over SSH (or none
// at all): a usage error that lists those that are.
type notOfferedError struct {
	name string
	root *cobra.Command
}

func (e notOfferedError) Error() string {
	what := "is not available over SSH"
	// cobra's hidden __complete is a command too, only not offered.
	if _, local := commands[e.name]; !local && !strings.HasPrefix(e.name, "__") {
		what = "is not a jobpost command" // a typo, or something else entirely
	}
	return fmt.Sprintf("'%s' %s; these are: %s",
		model.CleanLine(e.name), what, strings.Join(offeredNames(e.root), ", "))
}

// offeredNames are the commands of root, help among them, sorted.
func offeredNames(root *cobra.Command) []string {
	names := []string{"help"}
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && c.Name() != "help" {
			names = append(names, c.Name())
		}
	}
	slices.Sort(names)
	return names
}

// commandName finds the command in args as cobra would: the first operand
// after the global flags (and their values). ok is false when there is
// none, or a flag before it is not a global one (cobra then says so).
func commandName(root *cobra.Command, args []string) (name string, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			if i+1 < len(args) {
				return args[i+1], true
			}
			return "", false
		case !strings.HasPrefix(a, "-") || a == "-":
			return a, true
		}
		flagName, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := root.PersistentFlags().Lookup(flagName)
		if f == nil {
			f = root.Flags().Lookup(flagName)
		}
		if f == nil && !strings.HasPrefix(a, "--") && len(flagName) == 1 {
			f = root.Flags().ShorthandLookup(flagName)
		}
		if f == nil {
			return "", false
		}
		if !hasValue && f.NoOptDefVal == "" {
			i++ // the flag's value is the next argument
		}
	}
	return "", false
}

// standardStreamOverSSH is args for a command that takes a FILE or "-"
// (standard input or output): over SSH only "-", which it may omit, since
// a file would be the server's; refusal says what to do instead.
func (c *context) standardStreamOverSSH(args []string, refusal string) ([]string, error) {
	if c.remote == nil {
		return args, nil
	}
	if len(args) > 1 || len(args) == 1 && args[0] != "-" {
		return nil, usagef("%s", refusal)
	}
	return []string{"-"}, nil
}

// withAdvice adds to an error what the user can do about it, where the
// error alone does not say.
func withAdvice(err error) error {
	var held *storage.HeldError
	if errors.As(err, &held) {
		switch {
		case held.SameUser:
			return fmt.Errorf("%w; close it there first, or try again when you are done", err)
		case held.By == "":
			return fmt.Errorf("%w; try again when it is done", err)
		}
		return fmt.Errorf("%s is editing this draft; try again when they are done", model.CleanLine(held.By))
	}
	return err
}
