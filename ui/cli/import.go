package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/model"
	"jobpost/storage"
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
			"and nothing is imported. A posting already stored under its id, identical, is skipped;\n" +
			"an id in use by another draft is replaced by a new one, and the output says so.",
		flags: func(fs *pflag.FlagSet) {
			fs.Bool("json", false, "print a JSON array of {id, title, given_id}: the id each posting got, and the one it came with")
		},
		run:        runImport,
		ssh:        true,
		sshArgs:    "< postings.json",
		sshSummary: "add postings from JSON on standard input (as export --format json writes), all or none",
		sshExample: "  " + sshCommand + " import < postings.json\n" +
			"  jobpost export 3fk2 --format json | " + sshCommand + " import\n" +
			"  " + sshCommand + " import --json < postings.json | jq -r '.[].id'",
		complete: func(_ *context, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return []cobra.Completion{"json", "jsonl"}, cobra.ShellCompDirectiveFilterFileExt
		},
	})
}

func runImport(ctx *context, args []string) error {
	args, err := ctx.standardStreamOverSSH(args, "over SSH, import reads standard input: "+sshCommand+" import < postings.json")
	if err != nil {
		return err
	}
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
			var pathErr *fs.PathError
			if errors.As(err, &pathErr) {
				return fmt.Errorf("cannot read %s: %v (nothing was imported)", name, pathErr.Err)
			}
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
	// file. Not over SSH: the settings are the whole server's, and
	// imports that overlap would restore each other's in the wrong order.
	if ctx.remote == nil {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(200 << 20))
	}
	rd := model.NewImportReader(in)
	// The ids the file gave, for --json's given_id.
	fileIDs := map[string]bool{}
	next := func() (model.Posting, error) {
		for {
			p, err := rd.Next()
			if err != nil {
				return p, err
			}
			problems := cat.Problems(p)
			if len(problems) == 0 {
				if p.ID != "" {
					fileIDs[p.ID] = true
				}
				return p, nil
			}
			for _, pr := range problems {
				rd.Reject(pr.Field, pr.Message)
			}
		}
	}
	type line struct{ id, title string }
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
	given := map[string]string{} // new id → the id the posting came with
	notes := map[string]string{}
	for _, c := range res.NewIDs {
		given[c.To] = c.From
		if c.Taken {
			notes[c.To] = fmt.Sprintf("(new id: %s is in use)", c.From)
		} else {
			notes[c.To] = fmt.Sprintf("(new id: %q is not a valid id)", model.CleanLine(c.From))
		}
	}
	noun := "postings"
	if res.Imported == 1 {
		noun = "posting"
	}
	already := ""
	if res.Already > 0 {
		already = fmt.Sprintf(" (%d already there, skipped)", res.Already)
	}
	if ctx.flagValue("json") == "true" {
		out := make([]importedEntry, len(lines))
		for i, l := range lines {
			from, ok := given[l.id]
			if !ok && fileIDs[l.id] {
				from = l.id // kept as the file gave it
			}
			out[i] = importedEntry{ID: l.id, Title: l.title, GivenID: from}
		}
		if err := writeJSON(ctx, out); err != nil {
			return err
		}
		fmt.Fprintf(ctx.env.Stderr, "imported %d %s into %s%s\n", res.Imported, noun, ctx.libraryName(store), already)
		return nil
	}
	rows := make([][]string, len(lines))
	for i, l := range lines {
		rows[i] = []string{l.id, displayTitle(l.title), notes[l.id]}
	}
	if err := writeTable(ctx.env.Stdout, rows, ""); err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stdout, "imported %d %s into %s%s\n", res.Imported, noun, ctx.libraryName(store), already)
	return nil
}

// libraryName names the library imports go into: the file, or over SSH
// the team's library (whose path on the server is nobody's business).
func (c *context) libraryName(store *storage.Store) string {
	if c.remote != nil {
		return "the team library"
	}
	return store.Path()
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

// importedEntry is one posting in `import --json`: the id it was given,
// and the id it came with ("" for none), which differ when that one was in
// use or not a valid id.
type importedEntry struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	GivenID string `json:"given_id"`
}
