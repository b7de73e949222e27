// Package prompt is the one-line question asked at the foot of a screen:
// a new title, where a posting went live, a file to export to.
//
// The purpose of a question is typed by the asking page (its own small
// enum), so a page cannot mistake one answer for another:
//
//	type ask int
//	const (rename ask = iota + 1; board)
//	p := prompt.New[ask](&c.Styles, model.MaxTitleLength)
//	cmd := p.Open(rename, "New title: ", old, "Rename “…”", "A posting needs a title; esc keeps the old one.")
//	…
//	if p.Active() {
//		outcome, answer, cmd := p.Update(msg)
//		if outcome == prompt.Answered && p.Purpose() == rename { … }
//	}
package prompt

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
)

// Outcome says what an Update did with the prompt.
type Outcome int

// The outcomes.
const (
	Typing    Outcome = iota // still open
	Answered                 // enter on a non-empty answer; the prompt closed
	Cancelled                // esc; the prompt closed
)

// Model is a one-line question; P is the asking page's type naming what
// the answer is for. enter answers, esc cancels; pasted text is cleaned
// and cut to the limit, and an empty answer is refused with the prompt's
// own message.
type Model[P comparable] struct {
	styles  *common.Styles
	input   textinput.Model
	purpose P    // what the answer is for; still readable once answered
	open    bool // the question waits for an answer
	hint    string
	empty   string // said when enter is pressed on nothing
	err     string
	width   int
	keys    promptKeys
}

type promptKeys struct{ Answer, Cancel key.Binding }

// New returns a closed prompt whose answers hold at most limit characters.
func New[P comparable](styles *common.Styles, limit int) Model[P] {
	return Model[P]{
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
// to say when enter is pressed on nothing; with empty "", nothing is an
// answer too (a place left out, say).
func (p *Model[P]) Open(purpose P, label, value, hint, empty string) tea.Cmd {
	p.purpose, p.open = purpose, true
	p.hint, p.empty, p.err = hint, empty, ""
	p.input.Prompt = label
	p.input.Placeholder = ""
	p.SetWidth(p.width) // the label's length changes the room left
	p.input.SetValue(value)
	p.input.CursorEnd()
	return p.input.Focus()
}

// SetPlaceholder shows text in the empty input.
func (p *Model[P]) SetPlaceholder(s string) { p.input.Placeholder = s }

// Close puts the prompt away.
func (p *Model[P]) Close() {
	p.open, p.err = false, ""
	p.input.Blur()
}

// Active reports whether the prompt is open.
func (p Model[P]) Active() bool { return p.open }

// Purpose is what the open (or just answered) prompt's answer is for.
func (p Model[P]) Purpose() P { return p.purpose }

// SetWidth sets the width the prompt draws in.
func (p *Model[P]) SetWidth(w int) {
	p.width = w
	p.input.SetWidth(max(w-ansi.StringWidth(p.input.Prompt)-2, 10))
}

// SetSize implements common.Component; the prompt is always two lines.
func (p *Model[P]) SetSize(width, _ int) tea.Cmd {
	p.SetWidth(width)
	return nil
}

// Height is the lines the prompt takes when open.
func (p Model[P]) Height() int { return 2 }

// Update handles keys and pastes while the prompt is open. On Answered,
// answer is the cleaned text (empty only when Open was given no empty
// message) and the prompt is closed; Purpose still says what it was for.
func (p *Model[P]) Update(msg tea.Msg) (outcome Outcome, answer string, cmd tea.Cmd) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		room := p.input.CharLimit - len([]rune(p.input.Value()))
		p.input.SetValue(p.input.Value() + common.CleanPaste(msg.Content, room))
		p.input.CursorEnd()
		return Typing, "", nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.keys.Cancel):
			p.Close()
			return Cancelled, "", nil
		case key.Matches(msg, p.keys.Answer):
			answer = model.CleanLine(p.input.Value())
			if answer == "" && p.empty != "" {
				p.err = p.empty
				return Typing, "", nil
			}
			p.Close()
			return Answered, answer, nil
		}
		p.err = ""
	}
	p.input, cmd = p.input.Update(msg)
	return Typing, "", cmd
}

// View draws the hint (or the refusal of an empty answer) and the input.
func (p Model[P]) View() string {
	line := p.styles.Subtle.Render(ansi.Truncate(p.hint, p.width, "…"))
	if p.err != "" {
		line = p.styles.Error.Render(ansi.Truncate(p.err, p.width, "…"))
	}
	return line + "\n" + p.input.View()
}

// ShortHelp implements help.KeyMap.
func (p Model[P]) ShortHelp() []key.Binding { return []key.Binding{p.keys.Answer, p.keys.Cancel} }

// FullHelp implements help.KeyMap.
func (p Model[P]) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
