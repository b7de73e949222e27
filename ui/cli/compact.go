package cli

import (
	"fmt"
	"os"

	"jobpost/storage"
)

func init() {
	register(&command{
		name:    "compact",
		summary: "shrink the database file by rewriting it without its free space",
		example: "  jobpost compact\n  jobpost --db ~/work/jobs.db compact",
		exit: "Status 1 also when another jobpost has the database open (close it and try again), or when\n" +
			"the database is damaged: it is left as it is, and the message says what to do.",
		run: runCompact,
	})
}

// runCompact leaves the database closed: storage.Compact takes the file's
// lock itself and swaps in the compacted copy.
func runCompact(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("compact takes no arguments")
	}
	path, before, err := ctx.existingDB()
	if err != nil {
		return err
	}
	if err := storage.Compact(path); err != nil {
		return explainDamage(path, err)
	}
	after, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stdout, "compacted %s: %s → %s\n", path, byteSize(before.Size()), byteSize(after.Size()))
	return nil
}

// byteSize writes n bytes for people: 512 B, 64 KiB, 1.5 MiB.
func byteSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	case n < 1<<30:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
}
