package ui

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/pages/drafts"
	"jobpost/ui/pages/editor"
	"jobpost/ui/pages/profile"
	"jobpost/ui/pages/publish"
	"jobpost/ui/pages/trash"
	"jobpost/ui/pages/versions"
	"jobpost/ui/pages/wizard"
)

// New returns the root model on the real pages, starting on the drafts.
func New(c *common.Common) *App { return NewWith(c, pageScreens{}) }

// pageScreens are jobpost's real pages.
type pageScreens struct{}

func (pageScreens) Home(c *common.Common) common.Page { return drafts.New(c) }

func (pageScreens) Open(c *common.Common, msg tea.Msg, s Session) (common.Page, bool) {
	switch msg := msg.(type) {
	case common.NewPostingMsg:
		return wizard.New(c), true
	case common.OpenDraftMsg:
		if kept, ok := s.Histories[msg.ID]; ok {
			return editor.Reopen(c, msg.ID, kept), true
		}
		return editor.New(c, msg.ID), true
	case common.OpenPublishMsg:
		return publish.New(c, msg.ID, s.ExportDir), true
	case common.OpenTrashMsg:
		return trash.New(c), true
	case common.OpenVersionsMsg:
		return versions.New(c, msg.ID, msg.Title), true
	case common.OpenProfileMsg:
		return profile.New(c), true
	}
	return nil, false
}
