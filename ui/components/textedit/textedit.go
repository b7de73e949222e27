// Package textedit is a multi-line text editor for long prose whose cost
// per key does not grow with the text: the text is a slice of paragraphs,
// each paragraph's soft wrap is worked out once and kept until that
// paragraph changes (or the width does), and View draws only the lines on
// screen. (The bubbles textarea re-wraps and re-renders all of its text on
// every key, bubbles#1023: 6 ms a key at 1,000 characters, 21 ms at 10,000.)
//
// A Model is used as a value, Bubble Tea fashion, but its copies share
// their paragraphs: keep only the latest.
package textedit

import (
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Model is the editor.
type Model struct {
	paras [][]rune
	// kept is what is worked out of each paragraph, until it changes.
	kept []kept
	// row is the cursor's paragraph and col its rune within it.
	row, col int
	// goalX is the column up and down keep to across short lines; -1
	// when the cursor moved otherwise.
	goalX int
	// top is the first screen line shown, counted over all paragraphs.
	top           int
	width, height int
	// length is how many characters the text holds, a line break
	// counting one (as in Value).
	length int
	// edits counts changes to the text: the owner compares it rather
	// than the text itself.
	edits   int
	focused bool

	// CharLimit is the most characters the text may hold; 0 is no limit.
	CharLimit int
	// KeyMap is the editing keys.
	KeyMap KeyMap
	// CursorStyle draws the cursor over the character under it.
	CursorStyle lipgloss.Style
}

// New returns an empty editor, 40×6, blurred.
func New() Model {
	return Model{
		paras: [][]rune{{}}, kept: make([]kept, 1), goalX: -1, width: 40, height: 6,
		KeyMap: DefaultKeyMap(), CursorStyle: lipgloss.NewStyle().Reverse(true),
	}
}

// SetValue replaces the text and puts the cursor at its end.
func (m *Model) SetValue(s string) {
	parts := strings.Split(s, "\n")
	m.paras = make([][]rune, len(parts))
	m.kept = make([]kept, len(parts))
	for i, p := range parts {
		m.paras[i] = []rune(p)
	}
	m.length = utf8.RuneCountInString(s)
	m.edits++
	m.top = 0
	m.MoveToEnd()
}

// Value is the text, paragraphs joined by "\n".
func (m Model) Value() string {
	n := len(m.paras)
	for i := range m.paras {
		n += len(m.Paragraph(i))
	}
	var b strings.Builder
	b.Grow(n)
	for i := range m.paras {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(m.Paragraph(i))
	}
	return b.String()
}

// Paragraphs is how many paragraphs (lines of Value) the text holds.
func (m Model) Paragraphs() int { return len(m.paras) }

// Paragraph is paragraph i of the text, the same string from one call
// to the next until it changes: an owner that works something out of
// each paragraph can keep it by the string.
func (m Model) Paragraph(i int) string {
	k := &m.kept[i]
	if !k.hasText {
		k.text, k.hasText = string(m.paras[i]), true
	}
	return k.text
}

// Length is how many characters the text holds, a line break counting one.
func (m Model) Length() int { return m.length }

// Edits counts the changes to the text so far: an Update changed the
// text when it moved.
func (m Model) Edits() int { return m.edits }

// Cursor is the cursor's paragraph and its rune within it.
func (m Model) Cursor() (row, col int) { return m.row, m.col }

// Focus lets keys in and shows the cursor.
func (m *Model) Focus() { m.focused = true }

// Blur stops keys and hides the cursor.
func (m *Model) Blur() { m.focused = false }

// Focused says whether keys go in.
func (m Model) Focused() bool { return m.focused }

// Width is the width of the editor in cells.
func (m Model) Width() int { return m.width }

// Height is how many lines it shows.
func (m Model) Height() int { return m.height }

// SetWidth sets the width; each paragraph is wrapped again when next
// needed.
func (m *Model) SetWidth(w int) {
	w = max(w, 2)
	if w != m.width {
		m.width = w
		for i := range m.kept {
			m.kept[i].starts = nil
		}
	}
	m.follow()
	m.fill()
}

// SetHeight sets how many lines it shows.
func (m *Model) SetHeight(h int) {
	m.height = max(h, 1)
	m.follow()
	m.fill()
}

// Update edits or moves on a key or a paste while focused.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.focused {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		m.InsertString(msg.Content)
	case tea.KeyPressMsg:
		m.key(msg)
	}
	m.follow()
	return m, nil
}
