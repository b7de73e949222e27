package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/internal/atomicfile"
)

func init() {
	register(&command{
		name:    "backup",
		args:    "FILE|-",
		summary: "write a copy of the whole library, consistent even while others are working in it",
		example: "  jobpost backup ~/backups/jobpost-$(date +%F).db\n" +
			"  jobpost backup - | gzip > jobpost.db.gz\n" +
			"  jobpost --db ~/backups/jobpost-2026-03-02.db list     (a backup opens like any library)",
		exit: "Status 1 also when FILE exists and --force is missing, or FILE is the library itself;\n" +
			"nothing is written then. The copy is readable by you alone (mode 0600).",
		flags: func(fs *pflag.FlagSet) {
			fs.Bool("force", false, "replace FILE if it exists")
		},
		run: runBackup,
		complete: func(_ *context, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveDefault // a file name
		},
		ssh: true,
		sshExample: "  " + sshCommand + " backup > jobpost-$(date +%F).db\n" +
			"  " + sshCommand + " backup | gzip > jobpost.db.gz",
		sshRefused: map[string]string{"force": backupToStdout},
		sshArgs:    "> library.db",
		sshExit:    "Status 2 when standard output is your terminal: redirect it to a file.",
	})
}

// backupToStdout is the answer to a backup to a file over SSH.
const backupToStdout = "over SSH, backup writes to standard output, never to a file on the server; " +
	"redirect it: " + sshCommand + " backup > library.db"

func runBackup(ctx *context, args []string) error {
	args, err := ctx.standardStreamOverSSH(args, backupToStdout)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("backup takes the file to write, or - for standard output")
	}
	target := args[0]
	if target == "-" && ctx.env.IsTerminal {
		redirect := "jobpost backup - > library.db"
		if ctx.remote != nil {
			redirect = sshCommand + " backup > library.db"
		}
		return usagef("that would print a database file on your terminal; redirect it: %s", redirect)
	}
	if ctx.remote == nil {
		// A library that is not there has nothing to back up: say so
		// rather than make an empty one.
		if _, _, err := ctx.existingDB(); err != nil {
			return err
		}
	}
	store, err := ctx.openStore(true)
	if err != nil {
		return err
	}
	// The count is read just before the copy: a figure for people, which
	// a draft saved in between may make one too low.
	list, err := store.List()
	if err != nil {
		return err
	}
	if target == "-" {
		size, err := store.Backup(ctx.env.Stdout)
		if err != nil {
			return err
		}
		fmt.Fprintf(ctx.env.Stderr, "backed up %s (%s) to standard output\n", draftCount(len(list)), byteSize(size))
		return nil
	}
	if sameFile(target, store.Path()) {
		return fmt.Errorf("%s is the library itself; back it up to another file", target)
	}
	var size int64
	err = atomicfile.WriteFrom(target, ctx.flagValue("force") == "true", 0o600, func(w io.Writer) error {
		var err error
		size, err = store.Backup(w)
		return err
	})
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%w; add --force to replace it", err)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stderr, "backed up %s (%s) to %s\n", draftCount(len(list)), byteSize(size), target)
	return nil
}

// draftCount is "1 draft", "12 drafts".
func draftCount(n int) string {
	if n == 1 {
		return "1 draft"
	}
	return fmt.Sprintf("%d drafts", n)
}

// sameFile reports whether a and b are one file (by any path, links
// followed).
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
