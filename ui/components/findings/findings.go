// Package findings is the list of a posting's check findings, shared by
// the editor's Checks section and the publish screen: one row a finding
// (its severity mark and message), and under the rows the finding under
// the cursor in full, with its suggestion and source.
//
// A page keeps a Model by value, hands it the findings with Set whenever
// they are worked out again, sends it the keys while it has focus and
// reads Selected to act on one (the editor jumps to its section).
package findings

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/model/check"
	"jobpost/ui/common"
)

// Model is a scrollable list of findings.
type Model struct {
	styles        *common.Styles
	keys          common.KeyMap
	list          []check.Finding
	cursor        int
	offset        int // first row shown
	width, height int
}

// New returns an empty list.
func New(c *common.Common) Model {
	return Model{styles: &c.Styles, keys: c.Keys}
}

// Set shows fs, keeping the cursor on the same finding when it is still
// there (a fix elsewhere should not move it), else near where it was.
func (m *Model) Set(fs []check.Finding) {
	var was check.Finding
	hadOne := m.cursor < len(m.list)
	if hadOne {
		was = m.list[m.cursor]
	}
	m.list = fs
	m.cursor = min(m.cursor, max(len(fs)-1, 0))
	if hadOne {
		for i, f := range fs {
			if f == was {
				m.cursor = i
				break
			}
		}
	}
	m.scroll()
}

// Top puts the cursor on the first finding, the most serious.
func (m *Model) Top() {
	m.cursor, m.offset = 0, 0
}

// Findings are the findings shown.
func (m Model) Findings() []check.Finding { return m.list }

// Selected is the finding under the cursor; ok is false when there is none.
func (m Model) Selected() (f check.Finding, ok bool) {
	if m.cursor >= len(m.list) {
		return check.Finding{}, false
	}
	return m.list[m.cursor], true
}

// SetSize implements common.Component.
func (m *Model) SetSize(width, height int) tea.Cmd {
	m.width, m.height = width, height
	m.scroll()
	return nil
}

// Update moves the cursor.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	k := m.keys
	switch {
	case key.Matches(km, k.Up):
		m.cursor--
	case key.Matches(km, k.Down):
		m.cursor++
	case key.Matches(km, k.PageUp):
		m.cursor -= m.rows()
	case key.Matches(km, k.PageDown):
		m.cursor += m.rows()
	case key.Matches(km, k.Top):
		m.cursor = 0
	case key.Matches(km, k.Bottom):
		m.cursor = len(m.list) - 1
	}
	m.cursor = min(max(m.cursor, 0), max(len(m.list)-1, 0))
	m.scroll()
	return m, nil
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	return []key.Binding{common.WithHelp(m.keys.Up, "↑/↓", "findings")}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.PageDown, m.keys.Top, m.keys.Bottom}}
}

// detailLines is the room under the rows for the finding in full.
func (m Model) detailLines() int { return min(max(m.height/2, 3), 8) }

// rows is how many finding rows fit.
func (m Model) rows() int { return max(m.height-m.detailLines()-1, 1) }

func (m *Model) scroll() {
	m.offset = common.ScrollOffset(m.cursor, m.offset, m.rows(), len(m.list))
}

// View draws the rows and, under them, the finding under the cursor.
func (m Model) View() string {
	s := m.styles
	if len(m.list) == 0 {
		return s.Success.Render("✓ ") + s.Subtle.Render("Nothing to fix: no problems and no suggestions.")
	}
	var lines []string
	for i := m.offset; i < min(m.offset+m.rows(), len(m.list)); i++ {
		f := m.list[i]
		prefix := "  "
		text := ansi.Truncate(model.CleanLine(f.Message), max(m.width-4, 1), "…")
		if i == m.cursor {
			prefix = s.Cursor.Render("▸ ")
			text = s.Selected.Render(text)
		}
		lines = append(lines, prefix+Mark(s, f.Severity)+" "+text)
	}
	f, _ := m.Selected()
	lines = append(lines, s.Faint.Render(strings.Repeat("─", max(min(m.width, 40), 1))))
	detail := m.detail(f)
	lines = append(lines, detail[:min(len(detail), m.detailLines())]...)
	return strings.Join(lines, "\n")
}

// detail is f in full, wrapped: message, suggestion, source and where.
func (m Model) detail(f check.Finding) []string {
	s := m.styles
	w := max(m.width, 10)
	var out []string
	out = append(out, common.WrapWords(f.Message, w)...)
	if f.Suggestion != "" {
		for _, l := range common.WrapWords("→ "+f.Suggestion, w) {
			out = append(out, s.Subtle.Render(l))
		}
	}
	if f.Source != "" {
		for _, l := range common.WrapWords("Source: "+f.Source, w) {
			out = append(out, s.Faint.Render(l))
		}
	}
	return out
}

// Mark is a severity's mark: ✗ an error, ! a warning, · a suggestion.
func Mark(s *common.Styles, sev check.Severity) string {
	switch sev {
	case check.Error:
		return s.Error.Render("✗")
	case check.Warning:
		return s.Error.Render("!")
	}
	return s.Subtle.Render("·")
}

// Counts says how many problems (errors and warnings) and suggestions
// there are: "2 problems · 5 suggestions", "no problems".
func Counts(fs []check.Finding) string {
	e, w, i := check.Counts(fs)
	var parts []string
	switch n := e + w; n {
	case 0:
		parts = append(parts, "no problems")
	case 1:
		parts = append(parts, "1 problem")
	default:
		parts = append(parts, strconv.Itoa(n)+" problems")
	}
	switch i {
	case 0:
	case 1:
		parts = append(parts, "1 suggestion")
	default:
		parts = append(parts, strconv.Itoa(i)+" suggestions")
	}
	return strings.Join(parts, " · ")
}
