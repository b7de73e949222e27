package wizard

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/autosave"
)

// changed stamps the posting and schedules an autosave: a posting is
// saved from the moment it has a title.
func (p *Page) changed() tea.Cmd {
	p.sync()
	p.posting.UpdatedAt = model.Stamp(p.c.Today())
	if p.posting.Title == "" {
		return nil
	}
	return p.saver.Changed()
}

func (p *Page) saveDue(msg autosave.DueMsg) tea.Cmd {
	if p.leaving == discarding || p.leaving == discarded {
		return nil
	}
	return p.saver.Due(msg, p.posting)
}

// saved takes a save's result; when the wizard is leaving, it goes once
// the newest change is on disk. Discarding, it goes once the purge lands,
// whatever the saves say.
func (p *Page) saved(msg autosave.SavedMsg) tea.Cmd {
	cmd := p.saver.Saved(msg)
	switch {
	case p.leaving == discarding, p.leaving == discarded:
		return nil
	case p.leaving == staying:
		return cmd
	case msg.SaveErr() != nil:
		p.leaving = staying // stay: the failure is on screen, and retried
		return cmd
	case p.saver.Landed(msg):
		return p.closed()
	}
	return p.saver.SaveNow(p.posting) // changed while that save ran
}

// Unsaved implements common.Keeper. A draft being discarded counts as
// unsaved until the purge lands: quitting first would leave it behind.
func (p *Page) Unsaved() bool {
	switch p.leaving {
	case discarding:
		return true
	case discarded:
		return false
	}
	return p.posting.Title != "" && p.saver.Dirty()
}

// SaveFailing implements common.Keeper.
func (p *Page) SaveFailing() bool { return p.saver.Failing() }

// SaveNow implements common.Keeper: a posting with a title is saved before
// the program ends, and a discarded one is deleted (its discardedMsg is
// the common.SaveResult the root reads).
func (p *Page) SaveNow() tea.Cmd {
	switch {
	case p.leaving == discarding:
		return p.purge()
	case !p.Unsaved():
		return nil
	}
	return p.saver.SaveNow(p.posting)
}

var _ common.Keeper = (*Page)(nil)
