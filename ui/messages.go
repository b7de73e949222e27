package ui

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

// Navigation and status messages. Screens never reach into each other:
// they return one of these and the root model acts on it.
type (
	// goHomeMsg returns to the drafts screen.
	goHomeMsg struct{}
	// newPostingMsg starts the wizard on a new posting.
	newPostingMsg struct{}
	// openProfileMsg opens the company profile.
	openProfileMsg struct{}
	// openDraftMsg opens a saved draft by id.
	openDraftMsg struct{ id string }
	// draftLoadedMsg carries a draft read from storage.
	draftLoadedMsg struct {
		posting model.Posting
		err     error
		nav     int // drop it if the user has moved on since
	}
	// statusMsg puts a short message in the status bar.
	statusMsg struct {
		text string
		kind statusKind
	}
	// statusExpiredMsg clears a status message unless a newer one came.
	statusExpiredMsg struct{ seq int }
)

type statusKind int

const (
	statusInfo statusKind = iota
	statusSuccess
	statusError
)

func goHome() tea.Msg { return goHomeMsg{} }

func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

func info(text string) tea.Cmd    { return send(statusMsg{text: text, kind: statusInfo}) }
func success(text string) tea.Cmd { return send(statusMsg{text: text, kind: statusSuccess}) }
func failure(text string) tea.Cmd { return send(statusMsg{text: text, kind: statusError}) }
