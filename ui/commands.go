package ui

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
)

// draftsLoadedMsg carries the drafts list read from storage.
type draftsLoadedMsg struct {
	summaries []model.Summary
	err       error
}

// loadDrafts reads the list of drafts in the background.
func loadDrafts(store *storage.Store) tea.Cmd {
	return func() tea.Msg {
		s, err := store.List()
		return draftsLoadedMsg{summaries: s, err: err}
	}
}

// loadDraft reads one draft in the background; nav is the app's
// navigation count when it was asked for.
func loadDraft(store *storage.Store, id string, nav int) tea.Cmd {
	return func() tea.Msg {
		p, err := store.Get(id)
		return draftLoadedMsg{posting: p, err: err, nav: nav}
	}
}
