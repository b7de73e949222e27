package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/term"

	"jobpost/model"
	"jobpost/storage"
)

func init() {
	register(&command{
		name:    "import",
		args:    "FILE|-",
		summary: "add postings from a JSON file (as export --format json writes), all or none",
		example: "  jobpost import postings.json\n" +
			"  jobpost export 3fk2 --format json | jobpost --db other.db import -",
		exit: "Status 1 also when any record is invalid: the message names the record and the field,\n" +
			"and nothing is imported. A posting already stored under its id, identical, is skipped;\n" +
			"an id in use by another draft is replaced by a new one, and the output says so.",
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
	cat, err := ctx.catalog()
	if err != nil {
		return err
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	// The input is read a posting at a time and stored as it comes; a
	// problem anywhere undoes it all (storage.Store.ImportFrom). The heap
	// stays small (one batch), so the collector may let it grow more
	// between cycles, up to a limit: a third less CPU time for a large
	// file.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(200 << 20))
	rd := model.NewImportReader(in)
	next := func() (model.Posting, error) {
		for {
			p, err := rd.Next()
			if err != nil {
				return p, err
			}
			problems := cat.Problems(p)
			if len(problems) == 0 {
				return p, nil
			}
			for _, pr := range problems {
				rd.Reject(pr.Field, pr.Message)
			}
		}
	}
	type line struct{ id, title, note string }
	var lines []line
	opts := storage.ImportOptions{Now: time.Now(), Stored: func(p model.Posting) {
		lines = append(lines, line{id: p.ID, title: p.Title})
	}}
	progress := progressLine(ctx.env.Stderr)
	opts.Progress = progress.show
	res, err := store.ImportFrom(next, opts)
	progress.done()
	var ie *model.ImportError
	if err != nil && (errors.As(err, &ie) || rd.Failed()) {
		return fmt.Errorf("import %s: nothing was imported:\n%w", name, errors.Unwrap(err))
	}
	if err != nil {
		return fmt.Errorf("%s: nothing was imported: %w", name, err)
	}
	notes := map[string]string{}
	for _, c := range res.NewIDs {
		if c.Taken {
			notes[c.To] = fmt.Sprintf("\t(new id: %s is in use)", c.From)
		} else {
			notes[c.To] = fmt.Sprintf("\t(new id: %q is not a valid id)", c.From)
		}
	}
	tw := tabwriter.NewWriter(ctx.env.Stdout, 0, 4, 2, ' ', 0)
	for _, l := range lines {
		fmt.Fprintf(tw, "%s\t%s%s\n", l.id, l.title, notes[l.id])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	noun := "postings"
	if res.Imported == 1 {
		noun = "posting"
	}
	already := ""
	if res.Already > 0 {
		already = fmt.Sprintf(" (%d already there, skipped)", res.Already)
	}
	fmt.Fprintf(ctx.env.Stdout, "imported %d %s into %s%s\n", res.Imported, noun, store.Path(), already)
	return nil
}

// importProgress writes "importing… N postings read" over itself on a
// terminal, for imports that take a while; elsewhere it writes nothing.
type importProgress struct {
	w     io.Writer
	start time.Time
	shown bool
}

func progressLine(stderr io.Writer) *importProgress {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return &importProgress{}
	}
	return &importProgress{w: stderr, start: time.Now()}
}

func (p *importProgress) show(records int) {
	if p.w == nil || time.Since(p.start) < 500*time.Millisecond {
		return
	}
	p.shown = true
	fmt.Fprintf(p.w, "\rimporting… %s postings read", model.Thousands(records))
}

func (p *importProgress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
