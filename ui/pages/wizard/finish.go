package wizard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

// updatePreview handles the last step: enter saves the draft and leaves
// for the editor,
// the rest scrolls the preview.
func (p *Page) updatePreview(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, p.keys.Save):
			p.leaving = finishing
			p.posting.UpdatedAt = model.Stamp(p.c.Today())
			// In sequence: batched, a fast save's "Saved" could be
			// overwritten by this "Saving…".
			return tea.Sequence(p.status.Info("Saving…"), p.saver.SaveNow(p.posting))
		case key.Matches(km, p.keys.Back):
			return p.goTo(stepDetails)
		}
	}
	var cmd tea.Cmd
	p.preview, cmd = p.preview.Update(msg)
	return cmd
}
