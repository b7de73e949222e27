// Package autosave keeps one thing saved — a draft or the company
// profile — a moment after each change, reporting and retrying failures.
package autosave

import (
	"errors"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
)

// Saver keeps one thing saved: a draft, or the company profile. Each
// change bumps a generation and schedules a save; only the newest
// generation is written, in a tea.Cmd, and a failed save is reported and
// retried rather than dropped.
//
// Writes run on their own goroutines and can overlap (the timer's save and
// one asked for on leaving): they are serialised, and a write older than
// one already on disk is skipped, so the newest change always wins.
type Saver struct {
	owner    common.PageID
	timing   common.Timing
	save     func(model.Posting) error
	disk     *diskState
	id       string // tags this saver's messages
	gen      int    // generation of the latest change
	savedGen int    // newest generation known to be on disk
	failing  bool
}

// diskState is what is on disk, shared by a saver's writes.
type diskState struct {
	mu      sync.Mutex
	written int // the newest generation written
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
		// overAnother: saved over a change another jobpost had made.
		overAnother bool
	}
)

// SaveErr implements common.SaveResult: the root reads it when it saves
// on the way out.
func (m SavedMsg) SaveErr() error { return m.err }

// Title is the title of the posting as it was saved.
func (m SavedMsg) Title() string { return m.title }

// New returns a saver for the page owner (its messages are addressed
// there) whose messages carry id and which writes with save.
func New(c *common.Common, owner common.PageID, id string, save func(model.Posting) error) *Saver {
	return &Saver{owner: owner, timing: c.Timing, id: id, save: save, disk: &diskState{}}
}

// ForDraft returns a saver for the draft with the given id.
//
// When another jobpost changed the draft since this one read it (a command
// in another terminal), the one being typed is what the user sees, so it
// is kept: it is saved over the other, whose version stays among the
// draft's saved versions, and the user is told (nothing acknowledged is
// ever lost).
func ForDraft(c *common.Common, owner common.PageID, id string) *Saver {
	store := c.Store
	return New(c, owner, id, func(p model.Posting) error {
		err := store.Save(p)
		if errors.Is(err, storage.ErrConflict) {
			if err := store.Overwrite(p); err != nil {
				return err
			}
			return errKeptOverAnother
		}
		return err
	})
}

// errKeptOverAnother is what a save function returns when it saved, over a
// change another jobpost had made: a success the user must hear of.
var errKeptOverAnother = errors.New("saved over another jobpost's change")

// Changed records a change and schedules a save.
func (a *Saver) Changed() tea.Cmd {
	a.gen++
	owner, id, gen := a.owner, a.id, a.gen
	return tea.Tick(a.timing.AutosaveDelay, func(time.Time) tea.Msg { return DueMsg{To: common.To{Page: owner}, id: id, gen: gen} })
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
	return a.write(p)
}

// SaveNow saves p at once, whatever the timer says.
func (a *Saver) SaveNow(p model.Posting) tea.Cmd { return a.write(p) }

func (a *Saver) write(p model.Posting) tea.Cmd {
	// The save runs on another goroutine while Update goes on editing:
	// it gets lists of its own.
	p = p.Clone()
	save, disk, owner, id, gen := a.save, a.disk, a.owner, a.id, a.gen
	return func() tea.Msg {
		disk.mu.Lock()
		defer disk.mu.Unlock()
		var err error
		over := false
		if gen > disk.written { // else a newer change is on disk already
			err = save(p)
			if errors.Is(err, errKeptOverAnother) {
				err, over = nil, true
			}
			if err == nil {
				disk.written = gen
			}
		}
		return SavedMsg{To: common.To{Page: owner}, id: id, gen: gen, title: p.Title, err: err, overAnother: over}
	}
}

// Saved takes a save's result: on failure it reports the error and
// schedules another try of the latest change.
func (a *Saver) Saved(msg SavedMsg) tea.Cmd {
	if msg.id != a.id {
		return nil
	}
	if msg.err != nil && msg.gen <= a.savedGen {
		return nil // an older save failed after a newer one landed
	}
	if msg.err != nil {
		a.failing = true
		owner, id, gen := a.owner, a.id, a.gen
		return tea.Batch(
			common.Status{Page: a.owner}.Failure("Not saved: "+common.ErrorText(msg.err)+" — trying again"),
			tea.Tick(a.timing.AutosaveRetry, func(time.Time) tea.Msg { return DueMsg{To: common.To{Page: owner}, id: id, gen: gen} }),
		)
	}
	a.failing = false
	a.savedGen = max(a.savedGen, msg.gen)
	if msg.overAnother {
		return common.Status{Page: a.owner}.Info("Another jobpost had changed this draft; yours is saved, theirs is among its versions (v)")
	}
	return nil
}
