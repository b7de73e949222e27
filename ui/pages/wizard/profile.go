package wizard

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
)

// profileMsg carries the company profile, read for the new posting.
type profileMsg struct {
	common.To
	profile model.CompanyProfile
	err     error
}

// loadProfile reads the company profile in the background.
func (p *Page) loadProfile() tea.Cmd {
	store, to := p.c.Store, common.To{Page: p.id}
	return func() tea.Msg {
		prof, _, err := store.Profile()
		return profileMsg{To: to, profile: prof, err: err}
	}
}

// applyProfile fills the company's parts of the posting from the profile;
// whatever the recruiter chose meanwhile is kept.
func (p *Page) applyProfile(msg profileMsg) tea.Cmd {
	if msg.err != nil {
		return p.status.Failure("Could not read the company profile: " + common.ErrorText(msg.err))
	}
	msg.profile.Apply(&p.posting)
	if p.step == stepPreview {
		return tea.Batch(p.preview.SetMarkdown(p.posting.Markdown(), false), p.changed())
	}
	return p.changed()
}
