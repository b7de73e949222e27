package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"jobpost/model"
)

func init() {
	register(&command{
		name:    "import",
		args:    "FILE|-",
		summary: "add postings from a JSON file (as export --format json writes), all or none",
		example: "  jobpost import postings.json\n" +
			"  jobpost export 3fk2 --format json | jobpost --db other.db import -",
		exit: "Status 1 also when any record is invalid: the message names the record and the field,\n" +
			"and nothing is imported.",
		run: runImport,
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
	tw := tabwriter.NewWriter(ctx.env.Stdout, 0, 4, 2, ' ', 0)
	for i, p := range stored {
		note := ""
		switch was := ps[i].ID; {
		case was == "" || was == p.ID:
		case model.ValidID(was):
			note = fmt.Sprintf("\t(new id: %s is in use)", was)
		default:
			note = fmt.Sprintf("\t(new id: %q is not a valid id)", was)
		}
		fmt.Fprintf(tw, "%s\t%s%s\n", p.ID, p.Title, note)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	noun := "postings"
	if len(stored) == 1 {
		noun = "posting"
	}
	fmt.Fprintf(ctx.env.Stdout, "imported %d %s into %s\n", len(stored), noun, store.Path())
	return nil
}
