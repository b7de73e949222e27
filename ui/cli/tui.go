package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/data"
	"jobpost/model/check"
	"jobpost/ui"
	"jobpost/ui/common"
)

// finalSaveLimit bounds the save on the way out after a signal: a shutdown
// must not hang on a stuck disk.
const finalSaveLimit = 5 * time.Second

// runTUI opens the postings editor on the database.
func runTUI(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	cat, rules, choice, err := ctx.editorSettings()
	if err != nil {
		return err
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	// Under auto the editor starts with the best guess that needs no
	// question ($COLORFGBG, else dark), then asks the terminal and
	// follows its answer if one comes; it never waits for it.
	start, err := ctx.styleTheme()
	if err != nil {
		return err
	}
	c := common.New(start, cat, store)
	c.AutoTheme = choice == themeAuto
	c.Rules = rules
	app := ui.New(c)
	// jobpost handles the signals itself: Bubble Tea would end at once on
	// SIGTERM and not at all on SIGHUP, losing the last edit either way.
	p := tea.NewProgram(app, tea.WithoutSignalHandler())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT)
	defer signal.Stop(signals)
	stopped := make(chan os.Signal, 1)
	go func() {
		if s, ok := <-signals; ok {
			stopped <- s
			// Stop drawing and reading: the terminal may be gone (SIGHUP).
			// Whatever is unsaved is saved below, from the final model.
			p.Kill()
		}
	}()
	_, runErr := p.Run()
	var sig os.Signal
	select {
	case sig = <-stopped:
	default:
	}
	if err := saveOnTheWayOut(app); err != nil {
		return fmt.Errorf("your last change could not be saved: %w", err)
	}
	switch {
	case sig != nil, errors.Is(runErr, tea.ErrInterrupted):
		return nil
	case runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled):
		return runErr
	}
	return nil
}

// saveOnTheWayOut saves what the app still holds unsaved (after a signal,
// or a terminal that went away), waiting at most finalSaveLimit.
func saveOnTheWayOut(app *ui.App) error {
	done := make(chan error, 1)
	go func() { done <- app.SaveUnsaved() }()
	select {
	case err := <-done:
		return err
	case <-time.After(finalSaveLimit):
		return errors.New("the disk did not answer in time")
	}
}

// editorSettings are what the editor runs with, locally or for a server's
// sessions: the catalog, the checks' rules and the theme asked for.
func (c *context) editorSettings() (*data.Catalog, check.Rules, themeChoice, error) {
	cat, err := c.catalog()
	if err != nil {
		return nil, check.Rules{}, "", err
	}
	rules, err := c.rules()
	if err != nil {
		return nil, check.Rules{}, "", err
	}
	choice, err := c.theme()
	if err != nil {
		return nil, check.Rules{}, "", err
	}
	return cat, rules, choice, nil
}
