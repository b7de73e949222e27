package cli

import (
	"errors"
	"fmt"
	"time"

	"jobpost/storage"
)

func init() {
	register(&command{
		name:    "check-db",
		summary: "check every page and record of the database, and say what to do if it is damaged",
		example: "  jobpost check-db\n  jobpost --db ~/work/jobs.db check-db",
		exit:    "Status 1 also when the database is damaged: the message says what is damaged and what to do.",
		run:     runCheckDB,
	})
}

// damagedAdvice is what to do about a damaged database, said wherever one
// is met.
func damagedAdvice(path string) string {
	return fmt.Sprintf("What to do: first keep a copy of the file as it is (cp %[1]s %[1]s.damaged).\n"+
		"Then restore it from a backup if you have one. If not, save what can still be read: for each\n"+
		"draft 'jobpost --db %[1]s list' shows, 'jobpost --db %[1]s export ID --format json -o ID.json';\n"+
		"then import those files into a new database ('jobpost --db NEW.db import ID.json') and use that.", path)
}

func runCheckDB(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("check-db takes no arguments")
	}
	path, _, err := ctx.existingDB()
	if err != nil {
		return err
	}
	// Read-only: checking never changes the file, and another reader
	// may have it open meanwhile.
	s, err := storage.Open(path, storage.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		return explainDamage(path, err)
	}
	defer s.Close()
	if err := s.Verify(); err != nil {
		return explainDamage(path, err)
	}
	list, _, err := s.ListAll()
	if err != nil {
		return err
	}
	trash, err := s.Trash()
	if err != nil {
		return err
	}
	drafts := "drafts"
	if len(list) == 1 {
		drafts = "draft"
	}
	fmt.Fprintf(ctx.env.Stdout, "%s: no damage found (%d %s, %d in the trash)\n", path, len(list), drafts, len(trash))
	return nil
}

// explainDamage adds what to do to an error that says the database is
// damaged; other errors pass as they are.
func explainDamage(path string, err error) error {
	switch {
	case errors.Is(err, storage.ErrLocked):
		return fmt.Errorf("%w (close the other jobpost and try again)", err)
	case errors.Is(err, storage.ErrNotDatabase):
		return fmt.Errorf("%w\n%s", err, damagedAdvice(path))
	}
	return err
}
