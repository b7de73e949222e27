package cli

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui"
)

func init() {
	register(&command{
		name: "tui",
		run:  runTUI,
	})
}

// runTUI opens the postings editor on the database.
func runTUI(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	theme, err := ctx.theme()
	if err != nil {
		return err
	}
	cat, err := ctx.catalog()
	if err != nil {
		return err
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	styles := ui.NewStyles(theme)
	common := &ui.Common{
		Styles:   styles,
		Catalog:  cat,
		Store:    store,
		Renderer: ui.NewMarkdownRenderer(styles.GlamourStyle()),
		Now:      time.Now,
		DBPath:   store.Path(),
	}
	_, err = tea.NewProgram(ui.New(common)).Run()
	if errors.Is(err, tea.ErrInterrupted) {
		return nil
	}
	return err
}
