// Package profile is the company profile page: the parts every new
// posting starts with, edited with the same shell as a draft.
package profile

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/postingeditor"
)

// Page edits the company profile. It loads the profile in Init and saves
// it a moment after each change; esc saves and goes back.
type Page struct {
	c  *common.Common
	id common.PageID
	// Shell is the posting editor: view, size, keys, help and saving are its.
	postingeditor.Shell
}

// loadedMsg carries the saved profile.
type loadedMsg struct {
	common.To
	profile model.CompanyProfile
	err     error
}

// New returns the company profile page.
func New(c *common.Common) *Page {
	id := common.NewPageID()
	return &Page{c: c, id: id, Shell: postingeditor.New(c, id, true)}
}

// ID implements common.Page.
func (p *Page) ID() common.PageID { return p.id }

// Init reads the profile.
func (p *Page) Init() tea.Cmd {
	store, to := p.c.Store, common.To{Page: p.id}
	return func() tea.Msg {
		prof, _, err := store.Profile()
		return loadedMsg{To: to, profile: prof, err: err}
	}
}

// Update implements common.Page.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	if msg, ok := msg.(loadedMsg); ok {
		if msg.err != nil {
			p.Shell.ShowFailure("Could not read the company profile: " + common.ErrorText(msg.err))
			return p, nil
		}
		return p, p.Shell.ShowProfile(msg.profile)
	}
	var cmd tea.Cmd
	var req postingeditor.Request
	p.Shell, cmd, req = p.Shell.Update(msg)
	if req == postingeditor.Leave {
		return p, tea.Batch(cmd, common.Back(p.id, nil))
	}
	return p, cmd
}

// Title implements common.Page.
func (p *Page) Title() string { return "Company profile" }

var (
	_ common.Page   = (*Page)(nil)
	_ common.Keeper = (*Page)(nil)
)
