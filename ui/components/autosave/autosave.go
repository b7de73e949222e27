// Package autosave keeps one thing saved — a draft or the company
// profile — a moment after each change, reporting and retrying failures.
package autosave

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
)

// Delay is how long after the last change a draft is saved: well
// inside the promise that every edit is on disk within a second.
var Delay = 400 * time.Millisecond

// Retry is the wait before a failed save is tried again.
var Retry = 2 * time.Second

// Saver keeps one thing saved: a draft, or the company profile. Each
// change bumps a generation and schedules a save; only the newest
// generation is written, in a tea.Cmd, and a failed save is reported and
// retried rather than dropped.
type Saver struct {
	owner    common.PageID
	save     func(model.Posting) error
	id       string // tags this saver's messages
	gen      int    // generation of the latest change
	savedGen int    // newest generation known to be on disk
	failing  bool
}

type (
	// DueMsg says the quiet period after change gen is over.
	DueMsg struct {
		common.To
		id  string
		gen int
	}
	// SavedMsg reports a save of generation gen.
	SavedMsg struct {
		common.To
		id    string
		gen   int
		title string
		err   error
		final bool // asked for by the user, not by the timer
	}
)

// SaveErr implements common.SaveResult: the root reads it when it saves
// on the way out.
func (m SavedMsg) SaveErr() error { return m.err }

// Title is the title of the posting as it was saved.
func (m SavedMsg) Title() string { return m.title }

// New returns a saver for the page owner (its messages are addressed
// there) whose messages carry id and which writes with save.
func New(owner common.PageID, id string, save func(model.Posting) error) *Saver {
	return &Saver{owner: owner, id: id, save: save}
}

// ForDraft returns a saver for the draft with the given id.
func ForDraft(owner common.PageID, store *storage.Store, id string) *Saver {
	return New(owner, id, store.Save)
}

// Changed records a change and schedules a save.
func (a *Saver) Changed() tea.Cmd {
	a.gen++
	owner, id, gen := a.owner, a.id, a.gen
	return tea.Tick(Delay, func(time.Time) tea.Msg { return DueMsg{To: common.To{Page: owner}, id: id, gen: gen} })
}

// Landed reports whether msg is a successful save of this saver after
// which nothing is left unsaved: the moment to leave a screen, and the
// only moment to say "Saved" (a save of an older generation landing while
// a newer change waits must not).
func (a Saver) Landed(msg SavedMsg) bool {
	return msg.id == a.id && msg.err == nil && !a.Dirty()
}

// Dirty reports whether a change is not yet on disk.
func (a Saver) Dirty() bool { return a.savedGen < a.gen }

// Failing reports whether the last save failed.
func (a Saver) Failing() bool { return a.failing }

// Due saves p if msg is for the latest change.
func (a *Saver) Due(msg DueMsg, p model.Posting) tea.Cmd {
	if msg.id != a.id || msg.gen != a.gen {
		return nil
	}
	return a.write(p, false)
}

// SaveNow saves p at once, whatever the timer says.
func (a *Saver) SaveNow(p model.Posting) tea.Cmd { return a.write(p, true) }

func (a *Saver) write(p model.Posting, final bool) tea.Cmd {
	// The save runs on another goroutine while Update goes on editing:
	// it gets lists of its own.
	p = p.Clone()
	save, owner, id, gen := a.save, a.owner, a.id, a.gen
	return func() tea.Msg {
		err := save(p)
		return SavedMsg{To: common.To{Page: owner}, id: id, gen: gen, title: p.Title, err: err, final: final}
	}
}

// Saved takes a save's result: on failure it reports the error and
// schedules another try of the latest change.
func (a *Saver) Saved(msg SavedMsg) tea.Cmd {
	if msg.id != a.id {
		return nil
	}
	if msg.err != nil {
		a.failing = true
		owner, id, gen := a.owner, a.id, a.gen
		return tea.Batch(
			common.Status{Page: a.owner}.Failure("Not saved: "+msg.err.Error()+" — trying again"),
			tea.Tick(Retry, func(time.Time) tea.Msg { return DueMsg{To: common.To{Page: owner}, id: id, gen: gen} }),
		)
	}
	a.failing = false
	a.savedGen = max(a.savedGen, msg.gen)
	return nil
}
