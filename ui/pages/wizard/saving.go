package wizard

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/autosave"
)

// changed stamps the posting and schedules an autosave: a posting is
// saved from the moment it has a title.
func (p *Page) changed() tea.Cmd {
	p.sync()
	p.posting.UpdatedAt = p.c.Today().UTC()
	if p.posting.Title == "" {
		return nil
	}
	return p.saver.Changed()
}

// write counts a save that has started, so that discarding the draft can
// wait for it: a save landing after the delete would bring it back.
func (p *Page) write(save tea.Cmd) tea.Cmd {
	if save != nil {
		p.writing++
	}
	return save
}

func (p *Page) saveDue(msg autosave.DueMsg) tea.Cmd {
	if p.leaving == discarding {
		return nil
	}
	return p.write(p.saver.Due(msg, p.posting))
}

// saved takes a save's result; when the wizard is leaving, it goes once
// the newest change is on disk (or, discarding, once no save is left).
func (p *Page) saved(msg autosave.SavedMsg) tea.Cmd {
	p.writing = max(p.writing-1, 0)
	cmd := p.saver.Saved(msg)
	switch {
	case p.leaving == discarding:
		if p.writing == 0 {
			return p.purge()
		}
		return nil
	case p.leaving == staying:
		return cmd
	case msg.SaveErr() != nil:
		p.leaving = staying // stay: the failure is on screen, and retried
		return cmd
	case p.saver.Landed(msg):
		return p.closed()
	}
	return p.write(p.saver.SaveNow(p.posting)) // changed while that save ran
}

// Unsaved implements common.Keeper.
func (p *Page) Unsaved() bool {
	return p.posting.Title != "" && p.leaving != discarding && p.saver.Dirty()
}

// SaveFailing implements common.Keeper.
func (p *Page) SaveFailing() bool { return p.saver.Failing() }

// SaveNow implements common.Keeper: a posting with a title is saved before
// the program ends.
func (p *Page) SaveNow() tea.Cmd {
	if !p.Unsaved() {
		return nil
	}
	return p.write(p.saver.SaveNow(p.posting))
}

var _ common.Keeper = (*Page)(nil)
