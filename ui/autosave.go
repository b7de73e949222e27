package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
)

// autosaveDelay is how long after the last change a draft is saved: well
// inside the promise that every edit is on disk within a second.
var autosaveDelay = 400 * time.Millisecond

// autosaveRetry is the wait before a failed save is tried again.
var autosaveRetry = 2 * time.Second

// Autosaver keeps one thing saved: a draft, or the company profile. Each
// change bumps a generation and schedules a save; only the newest
// generation is written, in a tea.Cmd, and a failed save is reported and
// retried rather than dropped.
type Autosaver struct {
	save     func(model.Posting) error
	id       string // tags this saver's messages
	gen      int    // generation of the latest change
	savedGen int    // newest generation known to be on disk
	failing  bool
}

type (
	// autosaveDueMsg says the quiet period after change gen is over.
	autosaveDueMsg struct {
		id  string
		gen int
	}
	// autosavedMsg reports a save of generation gen.
	autosavedMsg struct {
		id    string
		gen   int
		title string
		err   error
		final bool // asked for by the user, not by the timer
	}
)

// NewAutosaver returns an autosaver whose messages carry id and which
// writes with save.
func NewAutosaver(id string, save func(model.Posting) error) *Autosaver {
	return &Autosaver{id: id, save: save}
}

// NewDraftAutosaver returns an autosaver for the draft with the given id.
func NewDraftAutosaver(store *storage.Store, id string) *Autosaver {
	return NewAutosaver(id, store.Save)
}

// Changed records a change and schedules a save.
func (a *Autosaver) Changed() tea.Cmd {
	a.gen++
	id, gen := a.id, a.gen
	return tea.Tick(autosaveDelay, func(time.Time) tea.Msg { return autosaveDueMsg{id: id, gen: gen} })
}

// Landed reports whether msg is a successful save of this saver after
// which nothing is left unsaved: the moment to leave a screen.
func (a Autosaver) Landed(msg autosavedMsg) bool {
	return msg.id == a.id && msg.err == nil && !a.Dirty()
}

// Dirty reports whether a change is not yet on disk.
func (a Autosaver) Dirty() bool { return a.savedGen < a.gen }

// Failing reports whether the last save failed.
func (a Autosaver) Failing() bool { return a.failing }

// Due saves p if msg is for the latest change.
func (a *Autosaver) Due(msg autosaveDueMsg, p model.Posting) tea.Cmd {
	if msg.id != a.id || msg.gen != a.gen {
		return nil
	}
	return a.write(p, false)
}

// SaveNow saves p at once, whatever the timer says.
func (a *Autosaver) SaveNow(p model.Posting) tea.Cmd { return a.write(p, true) }

func (a *Autosaver) write(p model.Posting, final bool) tea.Cmd {
	// The save runs on another goroutine while Update goes on editing:
	// it gets lists of its own.
	p = p.Clone()
	save, id, gen := a.save, a.id, a.gen
	return func() tea.Msg {
		err := save(p)
		return autosavedMsg{id: id, gen: gen, title: p.Title, err: err, final: final}
	}
}

// Saved takes a save's result: on failure it reports the error and
// schedules another try of the latest change.
func (a *Autosaver) Saved(msg autosavedMsg) tea.Cmd {
	if msg.id != a.id {
		return nil
	}
	if msg.err != nil {
		a.failing = true
		id, gen := a.id, a.gen
		return tea.Batch(
			failure("Not saved: "+msg.err.Error()+" — trying again"),
			tea.Tick(autosaveRetry, func(time.Time) tea.Msg { return autosaveDueMsg{id: id, gen: gen} }),
		)
	}
	a.failing = false
	a.savedGen = max(a.savedGen, msg.gen)
	return nil
}
