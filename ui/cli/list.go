package cli

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
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
			fs.Bool("json", false, "print a JSON array of {id, title, role, seniority, location, status, updated_at, posted: [{board, on}]}; created_by and updated_by in a team library")
		},
		run: runList,
		ssh: true,
		sshExample: "  " + sshCommand + " list\n" +
			"  " + sshCommand + " list --mine\n" +
			"  " + sshCommand + " list --json | jq -r '.[] | select(.updated_by == \"ana\") | .id'",
		sshFlags: func(fs *pflag.FlagSet) {
			fs.Bool("mine", false, "only the drafts you created or changed last")
		},
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
	mine := ctx.flagValue("mine") == "true"
	if mine {
		summaries = slices.DeleteFunc(summaries, func(s model.Summary) bool {
			return s.CreatedBy != ctx.remote.User && s.UpdatedBy != ctx.remote.User
		})
	}
	if err := printList(ctx, summaries, len(bad) == 0); err != nil {
		return err
	}
	if len(bad) > 0 {
		// The others are listed; the damage is named on stderr and the
		// status is 1, so that a script notices.
		advice := "Run 'jobpost check-db' to see what is damaged and what to do"
		if ctx.remote != nil {
			advice = "Tell whoever runs the server: 'jobpost check-db' there says what is damaged and what to do"
		}
		return fmt.Errorf("%w\n%s", &storage.BadRecordsError{Records: bad}, advice)
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
		fmt.Fprintln(ctx.env.Stderr, noDraftsYet(ctx))
		return nil
	}
	// In a team library (over SSH, with named users) each line says who
	// changed the draft last.
	byColumn := ctx.remote != nil && ctx.remote.User != ""
	rows := make([][]string, 0, len(summaries))
	for _, s := range summaries {
		row := []string{s.ID, displayTitle(s.Title), dash(model.CleanLine(s.Seniority)),
			dash(model.CleanLine(string(s.Status))), s.UpdatedAt.Local().Format(time.DateTime)}
		if byColumn {
			by := model.CleanLine(cmp.Or(s.UpdatedBy, s.CreatedBy))
			if by != "" {
				by = "by " + by
			}
			row = append(row, dash(by))
		}
		rows = append(rows, row)
	}
	return writeTable(ctx.env.Stdout, rows, "")
}

// noDraftsYet is what list says to a person when there is nothing to list.
func noDraftsYet(ctx *context) string {
	switch {
	case ctx.remote == nil:
		return "No drafts yet. Run jobpost to write one, or jobpost import FILE."
	case ctx.flagValue("mine") == "true":
		return "None of the drafts is yours yet: you have created or changed none."
	}
	return "No drafts yet. Open the editor with " + sshCommand + ", or import some: " + sshCommand + " import < postings.json"
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
	// CreatedBy and UpdatedBy are who created the draft and who changed
	// it last, in a team library.
	CreatedBy string `json:"created_by,omitempty"`
	UpdatedBy string `json:"updated_by,omitempty"`
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
		CreatedBy: s.CreatedBy, UpdatedBy: s.UpdatedBy,
		Posted: listPlacements(s.Posted),
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
