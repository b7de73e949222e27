package cli

import (
	"io"
)

func init() {
	register(&command{
		name:    "show",
		args:    "ID",
		summary: "print a draft as Markdown",
		example: "  jobpost show 3fk2  (any unique prefix of an id will do)",
		run:     runShow,
	})
}

func runShow(ctx *context, args []string) error {
	if len(args) != 1 {
		return usagef("show takes one draft id")
	}
	store, err := ctx.openStore(true)
	if err != nil {
		return err
	}
	id, err := store.Resolve(args[0])
	if err != nil {
		return err
	}
	p, err := store.Get(id)
	if err != nil {
		return err
	}
	_, err = io.WriteString(ctx.env.Stdout, p.Markdown())
	return err
}
