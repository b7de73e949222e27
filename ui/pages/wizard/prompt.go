package wizard

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/picker"
	"jobpost/ui/components/prompt"
)

// ask opens the prompt for a typed title, skill or responsibility.
func (p *Page) ask(what ask, label, value string) tea.Cmd {
	empty := "Type something first, or press esc to cancel."
	if what == askTitle {
		empty = "Type a title, or esc to choose one from the list."
	}
	// What the status bar said before is not about this question.
	return tea.Batch(p.prompt.Open(what, label, value, "enter to accept · esc to cancel", empty), p.status.Info(""))
}

// answerPrompt takes a key or paste for the open prompt, and what was
// typed once it is answered.
func (p *Page) answerPrompt(msg tea.Msg) tea.Cmd {
	outcome, value, cmd := p.prompt.Update(msg)
	if outcome != prompt.Answered {
		return cmd
	}
	switch p.prompt.Purpose() {
	case askTitle:
		return p.typedTitle(value)
	case askSkill:
		p.skillsTouched = true
		p.skills.Append(picker.Item{ID: customPrefix + value, Label: value, Group: ownSkills}, must)
	case askDuty:
		p.respsTouched = true
		p.resps.Append(picker.Item{ID: customPrefix + value, Label: value}, ticked)
	}
	return p.changed()
}
