// Package prompt is the one-line question asked at the foot of a screen.
package prompt

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
)

// Model is a one-line question asked at the foot of a screen: a new
// title, where a posting went live, a file to export to. enter answers,
// esc cancels; pasted text is cleaned and cut to the limit, and an empty
// answer is refused with the prompt's own message.
type Model struct {
	styles  *common.Styles
	input   textinput.Model
	purpose string // what the answer is for; "" when the prompt is closed
	hint    string // a line above the input
	empty   string // said when enter is pressed on nothing
	err     string
	width   int
	keys    promptKeys
}

type promptKeys struct{ Answer, Cancel key.Binding }

// promptResult says what an Update did with the prompt.
type promptResult int

const (
	promptTyping    promptResult = iota // still open
	promptAnswered                      // enter on a non-empty answer
	promptCancelled                     // esc
)

// NewPrompt returns a closed prompt whose answers hold at most limit
// characters.
func New(styles *common.Styles, limit int) Model {
	return Model{
		styles: styles,
		input:  common.NewTextInput(styles.Theme, limit),
		keys: promptKeys{
			Answer: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "confirm")),
			Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		},
	}
}

// Open asks a question: purpose tags the answer, label goes before the
// input, value is the starting text, hint the line above, and empty what
// to say when enter is pressed on nothing.
func (p *Model) Open(purpose, label, value, hint, empty string) tea.Cmd {
	p.purpose, p.hint, p.empty, p.err = purpose, hint, empty, ""
	p.input.Prompt = label
	p.input.Placeholder = ""
	p.SetWidth(p.width) // the label's length changes the room left
	p.input.SetValue(value)
	p.input.CursorEnd()
	return p.input.Focus()
}

// SetPlaceholder shows text in the empty input.
func (p *Model) SetPlaceholder(s string) { p.input.Placeholder = s }

// Close puts the prompt away.
func (p *Model) Close() {
	p.purpose, p.err = "", ""
	p.input.Blur()
}

// Active reports whether the prompt is open.
func (p Model) Active() bool { return p.purpose != "" }

// Purpose is what the open prompt's answer is for.
func (p Model) Purpose() string { return p.purpose }

// SetWidth sets the width the prompt draws in.
func (p *Model) SetWidth(w int) {
	p.width = w
	p.input.SetWidth(max(w-ansi.StringWidth(p.input.Prompt)-2, 10))
}

// Height is the lines the prompt takes when open.
func (p Model) Height() int { return 2 }

// Update handles keys and pastes while the prompt is open. On
// promptAnswered, answer is the cleaned text and the prompt is closed
// (its purpose is still readable from the return value's caller via the
// purpose it opened with).
func (p *Model) Update(msg tea.Msg) (result promptResult, answer string, cmd tea.Cmd) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		room := p.input.CharLimit - len([]rune(p.input.Value()))
		p.input.SetValue(p.input.Value() + common.CleanPaste(msg.Content, room))
		p.input.CursorEnd()
		return promptTyping, "", nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.keys.Cancel):
			p.Close()
			return promptCancelled, "", nil
		case key.Matches(msg, p.keys.Answer):
			answer = model.CleanLine(p.input.Value())
			if answer == "" {
				p.err = p.empty
				return promptTyping, "", nil
			}
			p.Close()
			return promptAnswered, answer, nil
		}
		p.err = ""
	}
	p.input, cmd = p.input.Update(msg)
	return promptTyping, "", cmd
}

// View draws the hint (or the refusal of an empty answer) and the input.
func (p Model) View(width int) string {
	line := p.styles.Subtle.Render(ansi.Truncate(p.hint, width, "…"))
	if p.err != "" {
		line = p.styles.Error.Render(ansi.Truncate(p.err, width, "…"))
	}
	return line + "\n" + p.input.View()
}

// ShortHelp is the prompt's keys.
func (p Model) ShortHelp() []key.Binding { return []key.Binding{p.keys.Answer, p.keys.Cancel} }
