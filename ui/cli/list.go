package cli

import (
	"fmt"
	"text/tabwriter"
	"time"
)

func init() {
	register(&command{
		name:    "list",
		summary: "list the drafts, newest first",
		example: "  jobpost list\n  jobpost list --db ~/work/jobs.db",
		run:     runList,
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
	summaries, err := store.List()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(ctx.env.Stdout, 0, 4, 2, ' ', 0)
	for _, s := range summaries {
		title := s.Title
		if title == "" {
			title = "(untitled)"
		}
		seniority := s.Seniority
		if seniority == "" {
			seniority = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.ID, title, seniority, s.UpdatedAt.Local().Format(time.DateTime))
	}
	return tw.Flush()
}
