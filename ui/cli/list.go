package cli

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"jobpost/model"
	"jobpost/storage"
)

func init() {
	register(&command{
		name:    "list",
		summary: "list the drafts, newest first: id, title, seniority, status, last change",
		example: "  jobpost list\n" +
			"  jobpost list --json | jq -r '.[] | select(.status == \"draft\") | .id'",
		exit: "Status 1 also when a draft could not be read: the others are listed, and the damaged one\n" +
			"is named on stderr.",
		flags: func(fs *pflag.FlagSet) {
			fs.Bool("json", false, "print a JSON array of {id, title, role, seniority, location, status, updated_at, posted: [{board, on}]}")
		},
		run: runList,
	})
}

func runList(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("list takes no arguments")
	}
	store, err := ctx.openStore(true)
	if err != nil {
		return err
	}
	summaries, bad, err := store.ListAll()
	if err != nil {
		return err
	}
	if err := printList(ctx, summaries, len(bad) == 0); err != nil {
		return err
	}
	if len(bad) > 0 {
		// The others are listed; the damage is named on stderr and the
		// status is 1, so that a script notices.
		return fmt.Errorf("%w\nRun 'jobpost check-db' to see what is damaged and what to do", &storage.BadRecordsError{Records: bad})
	}
	return nil
}

// printList writes the drafts, as JSON or one line each. complete says
// there are no unreadable drafts besides them.
func printList(ctx *context, summaries []model.Summary, complete bool) error {
	if ctx.flagValue("json") == "true" {
		return writeJSON(ctx, listEntries(summaries))
	}
	if len(summaries) == 0 && complete && ctx.env.IsTerminal {
		// A person at a terminal gets a word; a script reading stdout
		// still gets nothing.
		fmt.Fprintln(ctx.env.Stderr, "No drafts yet. Run jobpost to write one, or jobpost import FILE.")
		return nil
	}
	rows := make([][]string, 0, len(summaries))
	for _, s := range summaries {
		rows = append(rows, []string{s.ID, displayTitle(s.Title), dash(model.CleanLine(s.Seniority)),
			dash(model.CleanLine(string(s.Status))), s.UpdatedAt.Local().Format(time.DateTime)})
	}
	return writeTable(ctx.env.Stdout, rows, "")
}

// listEntry is one draft in `list --json` and `trash --json`: a stable
// shape for scripts, independent of how storage keeps summaries.
type listEntry struct {
	ID        string       `json:"id"`
	Title     string       `json:"title"`
	Role      string       `json:"role"`
	Seniority string       `json:"seniority"`
	Location  string       `json:"location"`
	Status    model.Status `json:"status"`
	UpdatedAt string       `json:"updated_at"`           // RFC 3339, UTC
	DeletedAt string       `json:"deleted_at,omitempty"` // trash only
	// Posted lists the boards a posted draft went live on.
	Posted []listPlacement `json:"posted,omitempty"`
}

// listPlacement is one board in listEntry.Posted.
type listPlacement struct {
	Board string `json:"board"`
	On    string `json:"on,omitempty"` // RFC 3339, UTC
}

func listEntries(summaries []model.Summary) []listEntry {
	out := make([]listEntry, 0, len(summaries)) // [] rather than null when empty
	for _, s := range summaries {
		out = append(out, newListEntry(s))
	}
	return out
}

func newListEntry(s model.Summary) listEntry {
	return listEntry{
		ID: s.ID, Title: s.Title, Role: s.Role, Seniority: s.Seniority, Location: s.Location, Status: s.Status,
		UpdatedAt: s.UpdatedAt.UTC().Format(time.RFC3339),
		Posted:    listPlacements(s.Posted),
	}
}

func listPlacements(ps model.Placements) []listPlacement {
	if len(ps) == 0 {
		return nil
	}
	out := make([]listPlacement, len(ps))
	for i, pl := range ps {
		out[i].Board = pl.Board
		if !pl.On.IsZero() {
			out[i].On = pl.On.UTC().Format(time.RFC3339)
		}
	}
	return out
}

// writeJSON prints v indented, with a final newline.
func writeJSON(ctx *context, v any) error {
	enc := json.NewEncoder(ctx.env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
