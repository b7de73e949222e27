// Package confirm is the one yes/no question of jobpost's screens: purging
// a draft, leaving a half-made posting, replacing a file, refreshing
// defaults over edits.
//
// A page keeps a Model by value, opens it with Ask and, while Open, sends
// it every key and draws its View where the question belongs:
//
//	var ask confirm.Model[purpose]      // purpose: the page's own type
//	ask = confirm.New[purpose](c)
//	ask.Ask(purgeDraft, confirm.Question{Text: "Delete “X” for good?", Yes: "delete it", No: "keep it", Danger: true})
//	…
//	if ask.Open() {
//		var answer confirm.Answer
//		ask, answer = ask.Update(msg)
//		if answer == confirm.Yes && ask.Purpose() == purgeDraft { … }
//	}
//
// The answer comes back from Update at once (no message to route); the
// purpose stays readable after the question closes.
package confirm

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
)

// Answer is what an Update made of the question.
type Answer int

// The answers.
const (
	Pending Answer = iota // still asking (or not asking at all)
	Yes                   // y
	No                    // n or esc
)

// Question is what to ask and what the answers do.
type Question struct {
	Text string
	// Yes and No say what each answer does, for the help line ("delete
	// it", "keep it"); empty means "yes" and "no".
	Yes, No string
	// Danger draws the question in the error colour: yes loses work.
	Danger bool
}

// Model is a yes/no question; P is the asking page's own type naming what
// the question is about.
type Model[P comparable] struct {
	styles   *common.Styles
	yes, no  key.Binding
	question Question
	purpose  P
	open     bool
	width    int
}

// New returns a closed question.
func New[P comparable](c *common.Common) Model[P] {
	return Model[P]{styles: &c.Styles, yes: c.Keys.Yes, no: c.Keys.No}
}

// Ask opens the question about purpose.
func (m *Model[P]) Ask(purpose P, q Question) {
	m.purpose, m.question, m.open = purpose, q, true
	m.yes = common.WithHelp(m.yes, "y", orDefault(q.Yes, "yes"))
	m.no = common.WithHelp(m.no, "n", orDefault(q.No, "no"))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// Open reports whether the question waits for an answer.
func (m Model[P]) Open() bool { return m.open }

// Purpose is what the question (open or just answered) is about.
func (m Model[P]) Purpose() P { return m.purpose }

// Close puts the question away unanswered.
func (m *Model[P]) Close() { m.open = false }

// Update takes y, n or esc while the question is open; every other key is
// swallowed, so nothing behind the question acts by accident.
func (m Model[P]) Update(msg tea.Msg) (Model[P], Answer) {
	km, ok := msg.(tea.KeyPressMsg)
	if !m.open || !ok {
		return m, Pending
	}
	switch {
	case key.Matches(km, m.yes):
		m.open = false
		return m, Yes
	case key.Matches(km, m.no):
		m.open = false
		return m, No
	}
	return m, Pending
}

// SetSize implements common.Component: the question wraps to width.
func (m *Model[P]) SetSize(width, _ int) tea.Cmd {
	m.width = width
	return nil
}

// lines is the question wrapped to the width, with the y/n reminder.
func (m Model[P]) lines() []string {
	return common.Wrap(m.question.Text+"  y / n", max(m.width, 1))
}

// Height is the lines View takes.
func (m Model[P]) Height() int {
	if !m.open {
		return 0
	}
	return len(m.lines())
}

// View draws the question, or nothing when it is closed.
func (m Model[P]) View() string {
	if !m.open {
		return ""
	}
	style := m.styles.Title
	if m.question.Danger {
		style = m.styles.Error
	}
	out := ""
	for i, l := range m.lines() {
		if i > 0 {
			out += "\n"
		}
		out += style.Render(l)
	}
	return out
}

// ShortHelp implements help.KeyMap.
func (m Model[P]) ShortHelp() []key.Binding { return []key.Binding{m.yes, m.no} }

// FullHelp implements help.KeyMap.
func (m Model[P]) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
