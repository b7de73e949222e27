package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/model"
)

func init() {
	register(&command{
		name:    "import",
		args:    "FILE|-",
		summary: "add postings from a JSON file (as export --format json writes), all or none",
		example: "  jobpost import postings.json\n" +
			"  jobpost export 3fk2 --format json | jobpost --db other.db import -\n" +
			"  jobpost import postings.json --json | jq -r '.[].id'",
		exit: "Status 1 also when any record is invalid: the message names the record and the field,\n" +
			"and nothing is imported.",
		flags: func(fs *pflag.FlagSet) {
			fs.Bool("json", false, "print a JSON array of {id, title, given_id}: the id each posting got, and the one it came with")
		},
		run: runImport,
		complete: func(_ *context, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return []cobra.Completion{"json", "jsonl"}, cobra.ShellCompDirectiveFilterFileExt
		},
	})
}

func runImport(ctx *context, args []string) error {
	if len(args) != 1 {
		return usagef("import takes one file, or - for stdin")
	}
	name := args[0]
	var in io.Reader = ctx.env.Stdin
	if name == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	ps, err := model.ParseImport(in)
	if err != nil {
		return fmt.Errorf("import %s: nothing was imported:\n%w", name, err)
	}
	cat, err := ctx.catalog()
	if err != nil {
		return err
	}
	var bad []string
	for i, p := range ps {
		for _, pr := range cat.Problems(p) {
			bad = append(bad, fmt.Sprintf("record %d: %v", i+1, pr))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("import %s: nothing was imported:\n%s", name, strings.Join(bad, "\n"))
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	stored, err := store.Import(ps, time.Now())
	if err != nil {
		return fmt.Errorf("%s: nothing was imported: %w", name, err)
	}
	noun := "postings"
	if len(stored) == 1 {
		noun = "posting"
	}
	if ctx.flagValue("json") == "true" {
		out := make([]importedEntry, len(stored))
		for i, p := range stored {
			out[i] = importedEntry{ID: p.ID, Title: p.Title, GivenID: ps[i].ID}
		}
		if err := writeJSON(ctx, out); err != nil {
			return err
		}
		fmt.Fprintf(ctx.env.Stderr, "imported %d %s into %s\n", len(stored), noun, store.Path())
		return nil
	}
	rows := make([][]string, len(stored))
	for i, p := range stored {
		note := ""
		switch was := ps[i].ID; {
		case was == "" || was == p.ID:
		case model.ValidID(was):
			note = fmt.Sprintf("(new id: %s is in use)", was)
		default:
			note = fmt.Sprintf("(new id: %q is not a valid id)", model.CleanLine(was))
		}
		rows[i] = []string{p.ID, displayTitle(p.Title), note}
	}
	if err := writeTable(ctx.env.Stdout, rows, ""); err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stdout, "imported %d %s into %s\n", len(stored), noun, store.Path())
	return nil
}

// importedEntry is one posting in `import --json`: the id it was given,
// and the id it came with ("" for none), which differ when that one was
// in use or not a jobpost id.
type importedEntry struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	GivenID string `json:"given_id"`
}
