package cli

import "github.com/spf13/pflag"

func init() {
	register(&command{
		name:    "catalog",
		summary: "print the catalog: roles, seniority, skills, responsibilities and more",
		example: "  jobpost catalog | less\n  jobpost catalog --json > catalog.json   (edit it, then use it with --catalog)",
		flags: func(fs *pflag.FlagSet) {
			fs.Bool("json", false, "print one JSON object instead of text")
		},
		run: runCatalog,
	})
}

func runCatalog(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("catalog takes no arguments")
	}
	cat, err := ctx.catalog()
	if err != nil {
		return err
	}
	if ctx.flagValue("json") == "true" {
		return cat.WriteJSON(ctx.env.Stdout)
	}
	return cat.WriteText(ctx.env.Stdout)
}
