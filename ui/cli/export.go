package cli

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/internal/atomicfile"
	"jobpost/model"
)

func init() {
	register(&command{
		name:    "export",
		args:    "ID",
		summary: "write a draft in a board's format, to stdout or a file",
		example: "  jobpost export 3fk2 --format html > posting.html\n" +
			"  jobpost export 3fk2 -o senior-backend.jsonld      (the format follows the extension)\n" +
			"  jobpost export 3fk2 --format json -o 3fk2.json --force",
		exit: "Status 1 also when the file exists and --force is missing, or JSON-LD lacks a required field\n" +
			"(the message names the fields); nothing is written then.",
		flags: func(fs *pflag.FlagSet) {
			addFormatFlags(fs, "", "`FORMAT`: "+formatList+" (default: from the -o file's extension)")
			fs.StringP("output", "o", "", "write to `FILE` instead of stdout (- for stdout)")
			fs.Bool("force", false, "replace the -o file if it exists")
		},
		run:        runExport,
		ssh:        true,
		sshSummary: "write a draft in a board's format to standard output",
		sshExample: "  " + sshCommand + " export 3fk2 --format html > posting.html\n" +
			"  " + sshCommand + " export 3fk2 --format json > 3fk2.json",
		sshRefused:  map[string]string{"output": exportToStdout, "force": exportToStdout},
		sshExit:     "Status 1 also when JSON-LD lacks a required field (the message names the fields).",
		sshFlagHelp: map[string]string{"format": "`FORMAT`: " + formatList + " (required)"},
		complete:    completeDrafts,
		flagValues:  map[string]func(*context) []cobra.Completion{"format": formatCompletions},
	})
}

// exportToStdout is the answer to an export to a file over SSH.
const exportToStdout = "over SSH, export writes to standard output, never to a file on the server; " +
	"redirect it: " + sshCommand + " export ID --format html > posting.html"

func runExport(ctx *context, args []string) error {
	if len(args) > 1 && ctx.remote != nil {
		return usagef("%s", exportToStdout)
	}
	if len(args) != 1 {
		return usagef("export takes one draft id")
	}
	out := ctx.flagValue("output")
	if out == "-" {
		out = ""
	}
	f, ok, err := ctx.format()
	if err != nil {
		return err
	}
	if !ok {
		if out == "" {
			return usagef("export needs --format (%s) when it writes to stdout", formatList)
		}
		if f, ok = model.FormatFromPath(out); !ok {
			return usagef("cannot tell the format from %q: add --format (%s)", out, formatList)
		}
	}
	wrap, err := ctx.wrap()
	if err != nil {
		return err
	}
	p, err := ctx.readDraft(args[0])
	if err != nil {
		return err
	}
	data, err := ctx.render(p, f, wrap)
	if mf := (*model.MissingFieldsError)(nil); errors.As(err, &mf) {
		return fmt.Errorf("draft %s cannot be exported as %s: %w", p.ID, f, err)
	}
	if err != nil {
		return err
	}
	if out == "" {
		_, err = ctx.env.Stdout.Write(data)
		return err
	}
	if err := atomicfile.Write(out, data, ctx.flagValue("force") == "true"); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%w; add --force to replace it", err)
		}
		return err
	}
	fmt.Fprintf(ctx.env.Stderr, "wrote %s (%s bytes) to %s\n", f, model.Thousands(len(data)), out)
	return nil
}
