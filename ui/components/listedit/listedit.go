// Package listedit edits one list of a posting — duties, skills,
// qualifications, benefits — a line at a time: add, edit, delete, move.
package listedit

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
)

// Event says what an Update did.
type Event int

// The events.
const (
	None       Event = iota
	Edited           // Result.Lines is the new list
	Closed           // esc: done with the section
	AskCatalog       // a: the owner offers the catalog's lines
	Transfer         // m: Result.Line moves to the other skills list
)

// Result is what an Update leaves for the owner.
type Result struct {
	Event Event
	Lines []string
	// Group is set for changes that undo together (moves of one line in
	// a row).
	Group string
	// Index and Line name the line a Transfer moves.
	Index int
	Line  string
	// Note is worth telling the user ("Deleted …", "Added 4 lines"),
	// whatever the event.
	Note string
}

// Model is one list being edited.
type Model struct {
	styles   *common.Styles
	keys     KeyMap
	title    string
	warning  string // shown after the count ("more than 8…")
	transfer bool   // m moves a line to the other skills list
	lines    []string
	cursor   int
	offset   int

	input    textinput.Model
	typing   bool
	inputAt  int  // where the typed line goes
	inputNew bool // a new line rather than an edit
	original string
	inputErr string

	width, height int
}

// New returns a closed list editor.
func New(c *common.Common) Model {
	in := common.NewTextInput(c.Styles.Theme, model.MaxListItemLength)
	in.Prompt = ""
	return Model{styles: &c.Styles, keys: newKeyMap(c.Keys), input: in}
}

// Open starts on lines under title; transfer allows m.
func (m *Model) Open(title string, lines []string, transfer bool) {
	m.title, m.transfer = title, transfer
	m.lines = lines
	m.cursor, m.offset, m.typing, m.inputErr, m.warning = 0, 0, false, "", ""
	m.scroll()
}

// SetLines shows the list as it is now (after an edit or an undo).
func (m *Model) SetLines(lines []string) {
	m.lines = lines
	m.cursor = min(m.cursor, max(len(lines)-1, 0))
	if m.typing {
		m.inputAt = min(m.inputAt, len(lines))
	}
	m.scroll()
}

// Select puts the cursor on line i.
func (m *Model) Select(i int) {
	m.cursor = min(max(i, 0), max(len(m.lines)-1, 0))
	m.scroll()
}

// Cursor is the line under the cursor.
func (m Model) Cursor() int { return m.cursor }

// SetWarning shows text after the heading's count.
func (m *Model) SetWarning(text string) { m.warning = text }

// Typing reports whether a line is being typed.
func (m Model) Typing() bool { return m.typing }

// CancelTyping drops the line being typed.
func (m *Model) CancelTyping() {
	m.typing = false
	m.input.Blur()
	m.scroll()
}

// Pending is the line being typed, cleaned, when enter would put it in
// the list: typed work not yet in the posting (the owner counts it as
// unsaved, and takes it with Accept before the program ends).
func (m Model) Pending() (string, bool) {
	if !m.typing {
		return "", false
	}
	value, problem, unchanged := m.typedLine()
	return value, problem == "" && !unchanged
}

// Accept does what enter does to the line being typed: the result is
// Edited with the new list when the line went in.
func (m *Model) Accept() Result {
	if !m.typing {
		return Result{}
	}
	var res Result
	*m, _, res = m.accept()
	return res
}

// Room is how many more characters fit in the line being typed.
func (m Model) Room() int { return max(m.input.CharLimit-utf8.RuneCountInString(m.input.Value()), 0) }

// Limit is how many characters the line being typed holds at most.
func (m Model) Limit() int { return m.input.CharLimit }

// SetSize sets the space the list draws in.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.input.SetWidth(max(width-8, 8))
	m.scroll()
}

// Update handles the list's keys, or the line being typed.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, Result) {
	m, cmd, res := m.update(msg)
	m.scroll()
	return m, cmd, res
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd, Result) {
	if m.typing {
		return m.updateInput(msg)
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil, Result{}
	}
	k, n := m.keys, len(m.lines)
	switch {
	case key.Matches(km, k.Back):
		return m, nil, Result{Event: Closed}
	case key.Matches(km, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(km, k.Down):
		m.cursor = min(m.cursor+1, max(n-1, 0))
	case key.Matches(km, k.Top):
		m.cursor = 0
	case key.Matches(km, k.Bottom):
		m.cursor = max(n-1, 0)
	case key.Matches(km, k.AddCatalog):
		return m, nil, Result{Event: AskCatalog}
	case key.Matches(km, k.AddTyped):
		return m, m.startInput(min(m.cursor+1, n), true, ""), Result{}
	case key.Matches(km, k.EditLine):
		if n == 0 {
			return m, m.startInput(0, true, ""), Result{}
		}
		return m, m.startInput(m.cursor, false, m.lines[m.cursor]), Result{}
	case key.Matches(km, k.Delete) && n > 0:
		gone := m.lines[m.cursor]
		lines := slices.Delete(slices.Clone(m.lines), m.cursor, m.cursor+1)
		m.cursor = min(m.cursor, max(n-2, 0))
		return m, nil, Result{Event: Edited, Lines: lines, Note: "Deleted “" + ansi.Truncate(gone, 40, "…") + "” · u undoes"}
	case key.Matches(km, k.MoveUp), key.Matches(km, k.MoveDown):
		to := m.cursor - 1
		if key.Matches(km, k.MoveDown) {
			to = m.cursor + 1
		}
		if to < 0 || to >= n {
			return m, nil, Result{}
		}
		lines := slices.Clone(m.lines)
		lines[m.cursor], lines[to] = lines[to], lines[m.cursor]
		m.cursor = to
		return m, nil, Result{Event: Edited, Lines: lines, Group: "move"}
	case m.transfer && key.Matches(km, k.Transfer) && n > 0:
		at := m.cursor
		m.cursor = min(m.cursor, max(n-2, 0))
		return m, nil, Result{Event: Transfer, Index: at, Line: m.lines[at]}
	}
	return m, nil, Result{}
}

// startInput opens the input for a line at index at.
func (m *Model) startInput(at int, isNew bool, value string) tea.Cmd {
	value = model.CleanLine(value) // shown clean; written back only if changed
	m.typing, m.inputAt, m.inputNew, m.original, m.inputErr = true, at, isNew, value, ""
	// Never below the line's length: opening a long line must not cut it.
	m.input.CharLimit = max(model.MaxListItemLength, utf8.RuneCountInString(value))
	m.input.SetValue(value)
	m.input.CursorEnd()
	return m.input.Focus()
}

func (m Model) updateInput(msg tea.Msg) (Model, tea.Cmd, Result) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		if lines := pastedLines(msg.Content); len(lines) > 1 {
			return m.pasteLines(lines)
		}
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(tea.PasteMsg{Content: common.CleanPaste(msg.Content, m.Room())})
		m.inputErr = ""
		return m, cmd, Result{}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Cancel):
			m.CancelTyping()
			return m, nil, Result{}
		case key.Matches(msg, m.keys.Accept):
			return m.accept()
		}
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if _, ok := msg.(tea.KeyPressMsg); ok {
		m.inputErr = ""
	}
	return m, cmd, Result{}
}

// typedLine is the line being typed as enter would take it: cleaned,
// with the reason it cannot go in ("" when it can), and whether it is an
// edit that changes nothing (a line nobody changed is never written
// back).
func (m Model) typedLine() (value, problem string, unchanged bool) {
	raw := m.input.Value()
	if !m.inputNew && raw == m.original {
		return raw, "", true
	}
	value = model.CleanLine(raw)
	if value == "" {
		return "", "Type something, or press esc to cancel.", false
	}
	for i, l := range m.lines {
		if strings.EqualFold(l, value) && (m.inputNew || i != m.inputAt) {
			return value, "That line is already in the list.", false
		}
	}
	return value, "", false
}

// accept puts the typed line in the list, unless it is empty, already
// there, or unchanged.
func (m Model) accept() (Model, tea.Cmd, Result) {
	value, problem, unchanged := m.typedLine()
	switch {
	case unchanged:
		m.CancelTyping()
		return m, nil, Result{}
	case problem != "":
		m.inputErr = problem
		return m, nil, Result{}
	}
	lines := slices.Clone(m.lines)
	if m.inputNew {
		lines = slices.Insert(lines, m.inputAt, value)
	} else {
		lines[m.inputAt] = value
	}
	m.cursor = m.inputAt
	m.CancelTyping()
	return m, nil, Result{Event: Edited, Lines: lines}
}

// inputRow stands for the input among a list's rows.
const inputRow = -1

// rows are the rows the list shows, in order: line indexes, and inputRow
// where a line is typed (in place of the line it edits).
func (m Model) rows() []int {
	rows := make([]int, 0, len(m.lines)+1)
	for i := range m.lines {
		if m.typing && i == m.inputAt {
			rows = append(rows, inputRow)
			if !m.inputNew {
				continue
			}
		}
		rows = append(rows, i)
	}
	if m.typing && m.inputNew && m.inputAt >= len(m.lines) {
		rows = append(rows, inputRow)
	}
	return rows
}

// fullText is the line under the cursor in full, for below the list, when
// its row cuts it short (and there is room).
func (m Model) fullText() []string {
	if m.typing || m.cursor >= len(m.lines) || m.height < 8 || ansi.StringWidth(m.lines[m.cursor]) <= max(m.width-6, 1) {
		return nil
	}
	return common.FullText(model.CleanLine(m.lines[m.cursor]), m.width)
}

// shown is how many rows fit under the heading, beside the full text.
func (m Model) shown(full []string) int { return max(m.height-2-len(full), 1) }

// scroll keeps the cursor's row (the input's, while typing) in view;
// it runs after every change, so View only reads the offset.
func (m *Model) scroll() {
	cur := m.cursor
	if m.typing {
		cur = m.inputAt // the input's row: it stands at inputAt
	}
	m.offset = common.ScrollOffset(cur, m.offset, m.shown(m.fullText()), len(m.rows()))
}

// View draws the heading, the lines around the cursor, the input where a
// line is typed, and in full the line under the cursor when its row cuts
// it short.
func (m Model) View() string {
	s, w, h := m.styles, m.width, m.height
	head := s.Title.Render(m.title) + s.Subtle.Render(fmt.Sprintf(" · %d", len(m.lines)))
	if m.warning != "" {
		head += s.Error.Render(" · " + m.warning)
	}
	lines := []string{ansi.Truncate(head, w, "…")}
	rows := m.rows()
	if len(rows) == 0 {
		for _, l := range common.WrapWords("Nothing here yet: a adds from the catalog, n types a line.", w) {
			lines = append(lines, s.Subtle.Render(l))
		}
		return strings.Join(lines, "\n")
	}
	full := m.fullText()
	for _, i := range rows[min(m.offset, len(rows)):min(m.offset+m.shown(full), len(rows))] {
		if i == inputRow {
			lines = append(lines, s.Cursor.Render("▸ ")+s.Faint.Render("  › ")+m.input.View())
			continue
		}
		num := s.Faint.Render(fmt.Sprintf("%2d. ", i+1))
		text := ansi.Truncate(model.CleanLine(m.lines[i]), max(w-6, 1), "…")
		prefix := "  "
		if i == m.cursor && !m.typing {
			prefix = s.Cursor.Render("▸ ")
			text = s.Selected.Render(text)
		}
		lines = append(lines, prefix+num+text)
	}
	if len(full) > 0 {
		for len(lines) < h-1-len(full) {
			lines = append(lines, "")
		}
		for _, l := range full {
			lines = append(lines, s.Subtle.Render("  "+l))
		}
	}
	if m.inputErr != "" {
		lines = append(lines, s.Error.Render(ansi.Truncate(m.inputErr, w, "…")))
	}
	return strings.Join(lines, "\n")
}

// ShortHelp is the list's keys, or the input's while a line is typed.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.typing {
		return []key.Binding{k.Accept, k.Cancel}
	}
	keys := []key.Binding{k.AddCatalog, k.AddTyped, k.EditLine, k.Delete, k.MoveUp, k.MoveDown}
	if m.transfer {
		keys = append(keys, k.Transfer)
	}
	return keys
}

// FullHelp adds moving the cursor.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{m.ShortHelp(), {m.keys.Up, m.keys.Down, m.keys.Top, m.keys.Bottom}}
}
