package editor

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
)

// The edit hold. In a team library (jobpost serve) the editor holds its
// draft while it is open (storage.Store.Hold), so that other sessions
// open it read-only and cannot write to it. One that finds the draft
// held watches, every Timing.WatchEvery: it shows each save of the
// holder's as it lands, and takes the hold (and the newest draft) as
// soon as it is free. In single-user jobpost the hold is always free.
//
// Holding and releasing touch only the store's table of holds in memory,
// so they are done in Update: a hold taken in a command could land after
// its page had closed, and never be released.

type (
	// holdDueMsg says it is time to look at the hold again.
	holdDueMsg struct{ common.To }
	// storedMsg carries the draft as stored now, read while watching:
	// taken when this page has just taken the hold; changed when
	// another session saved it since the last look.
	storedMsg struct {
		common.To
		counter uint64
		taken   bool
		changed bool
		posting model.Posting
		err     error
	}
)

// hold takes the edit hold on the draft, or notes who has it.
func (p *Page) hold() {
	err := p.c.Store.Hold(p.draftID)
	var held *storage.HeldError
	switch {
	case err == nil:
		p.held = nil
	case errors.As(err, &held):
		p.held = held
	default:
		// Holds are in memory and fail only by being held; should one
		// ever fail otherwise, storage still refuses writes to a draft
		// another session holds.
		p.held = nil
	}
}

// Close implements common.Closer: the root closes the page, and the
// draft is free for the others to edit (releasing a hold this page does
// not have does nothing). Everything was saved before the page asked to
// leave (postingeditor.Leave waits for the save).
func (p *Page) Close() { p.c.Store.Release(p.draftID) }

// readOnlyReason says who has the draft and when it opens.
func readOnlyReason(h *storage.HeldError) string {
	switch {
	case h.SameUser:
		return "Read-only: you are editing this draft in another session. It opens for editing here when you close it there."
	case h.By == "":
		return "Read-only: this draft is being edited in another session. It opens for editing when they leave."
	}
	return "Read-only: " + model.CleanLine(h.By) + " is editing this draft. It opens for editing when they leave."
}

// leftText says the draft is now editable here.
func leftText(h *storage.HeldError) string {
	switch {
	case h.SameUser:
		return "Closed in your other session; you can edit it here now"
	case h.By == "":
		return "The other session has left; you can edit now"
	}
	return model.CleanLine(h.By) + " has left; you can edit now"
}

// watchHold looks at the hold again after Timing.WatchEvery (never when
// it is zero, as in tests that run every command to its end).
func (p *Page) watchHold() tea.Cmd {
	if p.c.Timing.WatchEvery <= 0 {
		return nil
	}
	to := common.To{Page: p.id}
	return tea.Tick(p.c.Timing.WatchEvery, func(time.Time) tea.Msg { return holdDueMsg{To: to} })
}

// holdDue takes the hold if it is free, and reads the draft either way
// when it changed (or was just taken).
func (p *Page) holdDue() tea.Cmd {
	if p.held == nil || !p.Shell.Ready() {
		return nil
	}
	before := p.held
	p.hold()
	store, to, id, counter := p.c.Store, common.To{Page: p.id}, p.draftID, p.counter
	if p.held == nil {
		p.held = before // until the newest draft is on screen
		return func() tea.Msg {
			n, _ := store.ChangeCounter()
			posting, err := store.Get(id)
			return storedMsg{To: to, counter: n, taken: true, posting: posting, err: err}
		}
	}
	p.Shell.SetReadOnly(readOnlyReason(p.held)) // the holder may be another now
	return func() tea.Msg {
		now, changed, err := store.Changed(counter)
		if err != nil || !changed {
			return storedMsg{To: to, counter: now}
		}
		posting, err := store.Get(id)
		return storedMsg{To: to, counter: now, changed: true, posting: posting, err: err}
	}
}

// stored shows what the watch read: the holder's newest save, or the
// draft now this page's to edit.
func (p *Page) stored(msg storedMsg) tea.Cmd {
	if p.held == nil {
		return nil
	}
	p.counter = msg.counter
	switch {
	case msg.taken && msg.err != nil:
		p.Shell.ShowFailure("Could not open the draft: " + common.ErrorText(msg.err))
		return nil
	case msg.taken:
		left := leftText(p.held)
		p.held = nil
		p.Shell.SetReadOnly("")
		return tea.Batch(p.Shell.ShowDraft(msg.posting), p.status.Success(left))
	case msg.changed && msg.err == nil:
		return tea.Batch(p.Shell.ShowStored(msg.posting), p.watchHold())
	}
	return p.watchHold()
}
