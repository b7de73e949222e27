package wizard

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
)

// leaving is what the wizard does once its draft is safe on disk, or gone.
type leaving int

const (
	staying    leaving = iota
	finishing          // enter on the preview: back to the drafts, saved
	keeping            // left half-made, kept as a draft
	discarding         // left half-made, deleted for good
)

// discardedMsg reports the half-made draft deleted.
type discardedMsg struct {
	common.To
	err error
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
			return p.write(p.saver.SaveNow(p.posting))
		}
		return p.closed()
	case confirm.Yes:
		p.leaving = discarding
		if p.writing == 0 {
			return p.purge()
		}
		// A save is on its way: purge once it has landed (saved).
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
	return common.Back(p.id, common.DraftClosedMsg{ID: p.posting.ID, Title: p.posting.Title, Note: note})
}

// purge deletes the draft and its saved versions for good: nothing of a
// discarded posting is left, in the drafts or the trash.
func (p *Page) purge() tea.Cmd {
	store, id, to := p.c.Store, p.posting.ID, common.To{Page: p.id}
	return func() tea.Msg {
		err := store.Purge(id)
		if errors.Is(err, storage.ErrNotFound) {
			err = nil // never saved: nothing to delete
		}
		return discardedMsg{To: to, err: err}
	}
}

func (p *Page) discarded(msg discardedMsg) tea.Cmd {
	if msg.err != nil {
		p.leaving = staying
		return p.status.Failure("Not discarded: " + msg.err.Error())
	}
	return common.Back(p.id, nil)
}
