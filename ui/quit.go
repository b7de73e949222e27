package ui

import (
	"errors"
	"fmt"
	"reflect"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
)

// quitState is the one place that decides when the program may end:
// never while a page holds work that is not on disk, unless the user asks
// again after being told a save failed.
type quitState struct {
	asked  bool // the user asked to quit: saving first
	warned bool // a save failed while quitting, and the user was told
}

// keepers are the pages on the stack that keep work of their own.
func (a *App) keepers() []common.Keeper {
	var out []common.Keeper
	for _, p := range a.stack {
		if k, ok := p.(common.Keeper); ok {
			out = append(out, k)
		}
	}
	return out
}

// askQuit is q or ctrl+c. The first saves whatever is unsaved and quits
// once it has landed; ctrl+c a second time quits at once (the user is never
// trapped), and q a second time quits only after a failed save was shown.
func (a *App) askQuit(force bool) tea.Cmd {
	if a.quit.asked {
		switch {
		case force:
			return tea.Quit
		case a.saveFailing():
			return tea.Quit // told that the save failed, and asked again
		}
		return a.setStatus(common.StatusMsg{Text: "Still saving… ctrl+c quits without waiting."})
	}
	var saves []tea.Cmd
	for _, k := range a.keepers() {
		if k.Unsaved() {
			saves = append(saves, k.SaveNow())
		}
	}
	if len(saves) == 0 {
		return tea.Quit
	}
	a.quit.asked = true
	return tea.Batch(append(saves, a.setStatus(common.StatusMsg{Text: "Saving before quitting…"}))...)
}

// checkQuit runs after every message while quitting: it quits once
// nothing is unsaved, and says so once when a save is failing (the pages
// keep retrying it).
func (a *App) checkQuit() tea.Cmd {
	unsaved := false
	for _, k := range a.keepers() {
		unsaved = unsaved || k.Unsaved()
	}
	if !unsaved {
		return tea.Quit
	}
	failing := a.saveFailing()
	if failing && !a.quit.warned {
		a.quit.warned = true
		return a.setStatus(common.StatusMsg{Kind: common.StatusError,
			Text: "Not saved yet, still trying. q again quits without saving."})
	}
	a.quit.warned = failing
	return nil
}

func (a *App) saveFailing() bool {
	for _, k := range a.keepers() {
		if k.Unsaved() && k.SaveFailing() {
			return true
		}
	}
	return false
}

// SaveUnsaved saves, here and now, whatever the pages hold unsaved. It is
// for the way out when the program was stopped from outside (SIGTERM, a
// closed terminal) and no more messages will run: each page's save
// command is run directly and its result read.
func (a *App) SaveUnsaved() error {
	var errs []error
	for _, k := range a.keepers() {
		if k.Unsaved() {
			errs = append(errs, runSave(k.SaveNow()))
		}
	}
	return errors.Join(errs...)
}

// runSave runs a save command and the commands it batches, returning the
// first failure any of them reports.
func runSave(cmd tea.Cmd) error {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case common.SaveResult:
		return msg.SaveErr()
	case tea.BatchMsg:
		var errs []error
		for _, c := range msg {
			errs = append(errs, runSave(c))
		}
		return errors.Join(errs...)
	case nil:
		return nil
	default:
		// tea.Sequence's message is an unexported []tea.Cmd.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			var errs []error
			for i := range v.Len() {
				errs = append(errs, runSave(v.Index(i).Interface().(tea.Cmd)))
			}
			return errors.Join(errs...)
		}
		// Anything else did not say whether it saved: assume it did not.
		return fmt.Errorf("a save did not report back (%T)", msg)
	}
}
