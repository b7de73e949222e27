package ui

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/pages/editor"
)

// Session is what the root remembers across pages and hands to new ones.
type Session struct {
	// ExportDir is where the last export went.
	ExportDir string
	// Histories are the undo histories of the drafts edited in this
	// session, by draft id (editor.HistoryMsg).
	Histories map[string]editor.History
}

// Screens builds pages: the home page, and the page a navigation message
// asks for. Only the root knows the page packages; tests pass their own.
type Screens interface {
	Home(c *common.Common) common.Page
	// Open returns the page msg asks for, or false when msg is not a
	// navigation message.
	Open(c *common.Common, msg tea.Msg, s Session) (common.Page, bool)
}
