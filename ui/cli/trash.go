package cli

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"jobpost/model"
	"jobpost/storage"
)

func init() {
	register(&command{
		name:     "delete",
		args:     "ID",
		summary:  "move a draft to the trash (restore brings it back)",
		example:  "  jobpost delete 3fk2\n  jobpost delete \"senior backend\"   (words of the title will do)",
		run:      runDelete,
		complete: completeDrafts,
	})
	register(&command{
		name:    "trash",
		summary: "list the drafts in the trash, most recently deleted first",
		example: "  jobpost trash\n  jobpost trash --json",
		flags: func(fs *pflag.FlagSet) {
			fs.Bool("json", false, "print a JSON array, as list --json does, with deleted_at")
		},
		run: runTrash,
	})
	register(&command{
		name:     "restore",
		args:     "ID",
		summary:  "bring a draft back from the trash",
		example:  "  jobpost restore 3fk2   (an id prefix from 'jobpost trash')",
		exit:     "Status 1 also when the draft is not in the trash.",
		run:      runRestore,
		complete: completeTrashed,
	})
	register(&command{
		name:     "purge",
		args:     "ID",
		summary:  "delete a draft in the trash for good, with its history",
		example:  "  jobpost delete 3fk2 && jobpost purge 3fk2",
		exit:     "Status 1 also when the draft is not in the trash: delete it first.",
		run:      runPurge,
		complete: completeTrashed,
	})
}

// quoted is a title for a message: cleaned of escapes, quoted, never empty.
func quoted(title string) string {
	if t := model.CleanLine(title); t != "" {
		return fmt.Sprintf("%q", t)
	}
	return "(untitled)"
}

func runDelete(ctx *context, args []string) error {
	if len(args) != 1 {
		return usagef("delete takes one draft id")
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	p, err := ctx.draft(store, args[0])
	if err != nil {
		return err
	}
	if err := store.Delete(p.ID); err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stdout, "moved %s %s to the trash; to bring it back: jobpost restore %s\n", p.ID, quoted(p.Title), p.ID)
	return nil
}

func runTrash(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("trash takes no arguments")
	}
	store, err := ctx.openStore(true)
	if err != nil {
		return err
	}
	items, err := store.Trash()
	if err != nil {
		return err
	}
	if ctx.flagValue("json") == "true" {
		out := make([]listEntry, 0, len(items))
		for _, it := range items {
			e := newListEntry(it.Summary)
			e.DeletedAt = it.DeletedAt.UTC().Format(time.RFC3339)
			out = append(out, e)
		}
		return writeJSON(ctx, out)
	}
	rows := make([][]string, 0, len(items))
	for _, it := range items {
		rows = append(rows, []string{it.Summary.ID, displayTitle(it.Summary.Title), "deleted " + it.DeletedAt.Local().Format(time.DateTime)})
	}
	return writeTable(ctx.env.Stdout, rows, "")
}

// trashed finds a draft in the trash by id, unique prefix or title.
func trashed(store *storage.Store, typed string) (storage.TrashItem, error) {
	id, err := resolveTrashed(store, typed)
	if err != nil {
		return storage.TrashItem{}, err
	}
	items, err := store.Trash()
	if err != nil {
		return storage.TrashItem{}, err
	}
	for _, it := range items {
		if it.Summary.ID == id {
			return it, nil
		}
	}
	return storage.TrashItem{}, fmt.Errorf("trashed draft %q: %w", id, storage.ErrNotFound)
}

func runRestore(ctx *context, args []string) error {
	if len(args) != 1 {
		return usagef("restore takes one draft id")
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	it, err := trashed(store, args[0])
	if errors.Is(err, storage.ErrNotFound) {
		// Most likely restored already, or never deleted: say so rather
		// than that the draft does not exist.
		if id, rerr := resolveDraft(store, args[0]); rerr == nil {
			return fmt.Errorf("draft %s is not in the trash, so there is nothing to restore ('jobpost show %s' shows it)", id, id)
		}
	}
	if err != nil {
		return err
	}
	if err := store.Restore(it.Summary.ID); err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stdout, "restored %s %s from the trash\n", it.Summary.ID, quoted(it.Summary.Title))
	return nil
}

func runPurge(ctx *context, args []string) error {
	if len(args) != 1 {
		return usagef("purge takes one draft id")
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	it, err := trashed(store, args[0])
	if errors.Is(err, storage.ErrNotFound) {
		// Purging skips the trash's safety net, so only trashed drafts
		// qualify; say so if the id names a live draft.
		if id, rerr := resolveDraft(store, args[0]); rerr == nil {
			return fmt.Errorf("draft %s is not in the trash; purge removes only trashed drafts (jobpost delete %s first)", id, id)
		}
	}
	if err != nil {
		return err
	}
	if err := store.Purge(it.Summary.ID); err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stdout, "purged %s %s for good, with its history; this cannot be undone\n", it.Summary.ID, quoted(it.Summary.Title))
	return nil
}
