package cli

import (
	"flag"
	"strconv"

	"jobpost/model"
	"jobpost/ui/common"
)

func init() {
	register(&command{
		name:    "show",
		args:    "ID",
		summary: "print a draft: Markdown (styled on a terminal) or another format",
		example: "  jobpost show 3fk2                 (any unique prefix of an id will do)\n" +
			"  jobpost show 3fk2 --format text --wrap 72\n" +
			"  jobpost show 3fk2 --format jsonld | jq .",
		exit: "Status 1 also when the id matches no draft or several, or JSON-LD lacks a required field.",
		flags: func(fs *flag.FlagSet) {
			addFormatFlags(fs, "md", "`FORMAT`: "+formatList)
		},
		run: runShow,
	})
}

func runShow(ctx *context, args []string) error {
	p, f, wrap, err := ctx.formattedDraft(args, "show")
	if err != nil {
		return err
	}
	if f == model.FormatMarkdown && ctx.env.IsTerminal {
		return showStyled(ctx, p.Markdown(), wrap)
	}
	out, err := ctx.render(p, f, wrap)
	if err != nil {
		return err
	}
	_, err = ctx.env.Stdout.Write(out)
	return err
}

// showStyled renders Markdown with Glamour for a terminal: --wrap columns,
// else $COLUMNS, else 80. NO_COLOR gets Glamour's colourless style.
func showStyled(ctx *context, md string, wrap int) error {
	theme, err := ctx.theme()
	if err != nil {
		return err
	}
	style := common.NewStyles(theme).GlamourStyle()
	if ctx.env.Getenv("NO_COLOR") != "" {
		style = "notty"
	}
	width := wrap
	if width == 0 {
		width = 80
		if n, err := strconv.Atoi(ctx.env.Getenv("COLUMNS")); err == nil && n > 0 {
			width = n
		}
	}
	out, err := common.NewMarkdownRenderer(style).Render(md, width)
	if err != nil {
		return err
	}
	_, err = ctx.env.Stdout.Write([]byte(out + "\n"))
	return err
}
