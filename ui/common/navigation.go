package common

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

// Navigation. A page asks for another page with one of these; the root,
// which alone knows the pages, builds it and puts it on the stack. No
// message carries a page, a pointer to one, or a closure.
type (
	// NewPostingMsg opens the wizard on a new posting.
	NewPostingMsg struct{}
	// OpenDraftMsg opens a saved draft in the editor.
	OpenDraftMsg struct{ ID string }
	// OpenPublishMsg opens the publish screen on a saved draft.
	OpenPublishMsg struct{ ID string }
	// OpenTrashMsg opens the trash.
	OpenTrashMsg struct{}
	// OpenVersionsMsg opens the saved versions of a draft.
	OpenVersionsMsg struct{ ID, Title string }
	// OpenProfileMsg opens the company profile.
	OpenProfileMsg struct{}
	// BackMsg closes page From, if it is on top (a second esc pressed
	// before the first was acted on must not close the page below).
	// Result, when set, is delivered to the page below inside a
	// ResumedMsg.
	BackMsg struct {
		From   PageID
		Result tea.Msg
	}
	// ResumedMsg tells a page it is on top again, with what the page
	// above it left (nil when nothing).
	ResumedMsg struct{ Result tea.Msg }
)

// Results that pages leave for the page below them.
type (
	// DraftClosedMsg: the draft with this id was being worked on and is
	// saved; Note, if any, is worth telling the user. Open asks the page
	// below to open it in the editor (a posting the wizard just made):
	// the drafts list stays underneath, that draft selected.
	DraftClosedMsg struct {
		ID, Title string
		Note      string
		Open      bool
	}
	// PublishedMsg: the publish screen changed what publishing changes
	// (status, every board it went live on), and saved it.
	PublishedMsg struct {
		ID     string
		Status model.Status
		Posted model.Placements
	}
)

// ExportedToMsg tells the root where the last export went, so that the
// next publish screen starts in that folder.
type ExportedToMsg struct{ Dir string }

// Send is a command that returns msg.
func Send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Back is a command that closes page from, leaving result for the one
// below.
func Back(from PageID, result tea.Msg) tea.Cmd { return Send(BackMsg{From: from, Result: result}) }

// ThemeChangedMsg tells every page that Common's styles and renderer now
// follow another theme: what a page or component copied from them (text
// input styles, a rendered preview) must be made again.
type ThemeChangedMsg struct{}
