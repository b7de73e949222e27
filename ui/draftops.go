package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
)

// draftOpMsg reports a change made to the drafts from the drafts screen or
// the trash: what to tell the user, and which draft to put the cursor on
// once the list is reloaded.
type draftOpMsg struct {
	text     string
	err      error
	selectID string
	deleted  string // id moved to the trash, for undo
}

// changeDraft loads a draft, applies change and saves it, in a tea.Cmd.
func changeDraft(store *storage.Store, id string, now time.Time, change func(*model.Posting) string) tea.Cmd {
	return func() tea.Msg {
		p, err := store.Get(id)
		if err != nil {
			return draftOpMsg{err: err}
		}
		text := change(&p)
		p.UpdatedAt = now.UTC()
		if err := store.Save(p); err != nil {
			return draftOpMsg{err: err}
		}
		return draftOpMsg{text: text, selectID: p.ID}
	}
}

// duplicateDraft saves a copy of a draft under a new id, as a fresh draft.
func duplicateDraft(store *storage.Store, id string, now time.Time) tea.Cmd {
	return func() tea.Msg {
		p, err := store.Get(id)
		if err != nil {
			return draftOpMsg{err: err}
		}
		fresh := model.New(now)
		p.ID, p.CreatedAt, p.UpdatedAt = fresh.ID, fresh.CreatedAt, fresh.UpdatedAt
		p.Status, p.Posted = model.StatusDraft, nil
		p.Title = copyTitle(p.Title)
		if err := store.Save(p); err != nil {
			return draftOpMsg{err: err}
		}
		return draftOpMsg{text: "Duplicated as “" + p.Title + "”", selectID: p.ID}
	}
}

// copyTitle names a duplicate so the two can be told apart in the list.
func copyTitle(title string) string {
	if title == "" {
		return "Untitled posting (copy)"
	}
	return title + " (copy)"
}

// trashDraft moves a draft to the trash.
func trashDraft(store *storage.Store, id, title string) tea.Cmd {
	return func() tea.Msg {
		if err := store.Delete(id); err != nil {
			return draftOpMsg{err: err}
		}
		return draftOpMsg{text: "Moved “" + title + "” to the trash. u brings it back.", deleted: id}
	}
}

// restoreDraft brings a draft back from the trash.
func restoreDraft(store *storage.Store, id string) tea.Cmd {
	return func() tea.Msg {
		if err := store.Restore(id); err != nil {
			return draftOpMsg{err: err}
		}
		return draftOpMsg{text: "Restored from the trash", selectID: id}
	}
}

// markPosted records that a draft went live on board today.
func markPosted(store *storage.Store, id, board string, now time.Time) tea.Cmd {
	return changeDraft(store, id, now, func(p *model.Posting) string {
		p.Status = model.StatusPosted
		p.Posted = &model.Posted{Board: board, On: now.UTC()}
		return "Marked as posted on " + board + ", " + now.Format("2 Jan 2006")
	})
}
