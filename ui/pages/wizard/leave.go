package wizard

import (
	"errors"
	"sync"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
)

// leaving is what the wizard does once its draft is safe on disk, or gone.
type leaving int

const (
	staying    leaving = iota
	finishing          // enter on the preview: saved, then on to the editor
	keeping            // left half-made, kept as a draft
	discarding         // left half-made, being deleted for good
	discarded          // deleted: nothing is left to save
)

// discardedMsg reports the half-made draft deleted. Deleting it is what
// the wizard saves while discarding, so the message is a
// common.SaveResult for the root's save on the way out.
type discardedMsg struct {
	common.To
	err error
}

// SaveErr implements common.SaveResult.
func (m discardedMsg) SaveErr() error { return m.err }

// draftGuard stands between the draft's saves and its purge: a save still
// on its way when the draft is purged (a timer's, or one on the way out)
// writes nothing, so it cannot bring a discarded draft back.
type draftGuard struct {
	mu     sync.Mutex
	purged bool
}

func (g *draftGuard) save(store storage.Library, p model.Posting) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.purged {
		return nil
	}
	return store.Save(p)
}

// purge deletes the draft and its saved versions for good; a draft never
// saved is simply not there.
func (g *draftGuard) purge(store storage.Library, id string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	err := store.Purge(id)
	if errors.Is(err, storage.ErrNotFound) {
		err = nil
	}
	if err == nil {
		g.purged = true
	}
	return err
}

// leave goes back to the drafts from the first step. A posting without a
// title was never saved and simply goes; one with a title is half-made,
// and the recruiter says whether to keep it.
func (p *Page) leave() tea.Cmd {
	if p.posting.Title == "" {
		return common.Back(p.id, nil)
	}
	p.confirm.Ask(askDiscard, confirm.Question{
		Text: "“" + p.posting.Title + "” is not finished. Discard it?",
		Yes:  "discard it", No: "keep it as a draft", Danger: true,
	})
	return nil
}

// answerLeave takes the answer to "discard it?": n (or esc, the safe
// answer) keeps the draft and leaves, y deletes it for good and leaves.
func (p *Page) answerLeave(msg tea.Msg) tea.Cmd {
	var answer confirm.Answer
	p.confirm, answer = p.confirm.Update(msg)
	switch answer {
	case confirm.No:
		p.leaving = keeping
		if p.saver.Dirty() {
			return p.saver.SaveNow(p.posting)
		}
		return p.closed()
	case confirm.Yes:
		p.leaving = discarding
		return p.purge()
	}
	return nil
}

// closed goes back to the drafts with the draft saved, for the list to
// select it.
func (p *Page) closed() tea.Cmd {
	note := "Saved “" + p.posting.Title + "”"
	if p.leaving == keeping {
		note = "Kept “" + p.posting.Title + "” as a draft"
	}
	// A finished posting goes on in the editor, where the rest of it
	// (summary, benefits, closing date) is written.
	open := p.leaving == finishing
	return common.Back(p.id, common.DraftClosedMsg{ID: p.posting.ID, Title: p.posting.Title, Note: note, Open: open})
}

// purge deletes the draft and its saved versions for good: nothing of a
// discarded posting is left, in the drafts or the trash.
func (p *Page) purge() tea.Cmd {
	guard, store, id, to := p.guard, p.c.Store, p.posting.ID, common.To{Page: p.id}
	return func() tea.Msg { return discardedMsg{To: to, err: guard.purge(store, id)} }
}

// discarded takes a purge's answer. Quitting while discarding runs a
// second purge: once one has deleted the draft, the page goes (once).
func (p *Page) discarded(msg discardedMsg) tea.Cmd {
	switch {
	case p.leaving == discarded:
		return nil
	case msg.err == nil:
		p.leaving = discarded
		return common.Back(p.id, nil)
	case p.leaving == discarding:
		p.leaving = staying
		return p.status.Failure("Not discarded: " + common.ErrorText(msg.err))
	}
	return nil
}
