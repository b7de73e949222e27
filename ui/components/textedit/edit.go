package textedit

import (
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// key edits or moves for one key. Every change touches one or two
// paragraphs, and only what is kept of those is dropped.
func (m *Model) key(msg tea.KeyPressMsg) {
	k := m.KeyMap
	goal := m.goalX
	m.goalX = -1
	switch {
	case key.Matches(msg, k.Up):
		m.goalX = goal
		m.vertical(-1)
	case key.Matches(msg, k.Down):
		m.goalX = goal
		m.vertical(1)
	case key.Matches(msg, k.PageUp):
		m.goalX = goal
		m.vertical(-m.height)
	case key.Matches(msg, k.PageDown):
		m.goalX = goal
		m.vertical(m.height)
	case key.Matches(msg, k.Left):
		m.left()
	case key.Matches(msg, k.Right):
		m.right()
	case key.Matches(msg, k.WordLeft):
		m.wordLeft()
	case key.Matches(msg, k.WordRight):
		m.wordRight()
	case key.Matches(msg, k.LineStart):
		m.col = 0
	case key.Matches(msg, k.LineEnd):
		m.col = len(m.paras[m.row])
	case key.Matches(msg, k.TextStart):
		m.row, m.col = 0, 0
	case key.Matches(msg, k.TextEnd):
		m.MoveToEnd()
	case key.Matches(msg, k.Backspace):
		m.deleteBack(m.left)
	case key.Matches(msg, k.Delete):
		m.deleteForward(m.right)
	case key.Matches(msg, k.DeleteWordLeft):
		m.deleteBack(m.wordLeft)
	case key.Matches(msg, k.DeleteWordRight):
		m.deleteForward(m.wordRight)
	case key.Matches(msg, k.DeleteToLineEnd):
		m.deleteForward(func() { m.col = len(m.paras[m.row]) })
	case key.Matches(msg, k.DeleteToLineStart):
		m.deleteBack(func() { m.col = 0 })
	case key.Matches(msg, k.Newline):
		m.InsertString("\n")
	default:
		if msg.Text != "" {
			m.InsertString(msg.Text)
		}
	}
}

// InsertString types s at the cursor, as much of it as the limit leaves
// room for; "\n" starts a new paragraph and other control characters
// are dropped.
func (m *Model) InsertString(s string) {
	for i, part := range strings.Split(s, "\n") {
		if i > 0 && !m.newline() {
			return
		}
		if !m.insert(part) {
			return
		}
	}
}

// room is how many more characters fit.
func (m *Model) room() int {
	if m.CharLimit <= 0 {
		return int(^uint(0) >> 1)
	}
	return max(m.CharLimit-m.length, 0)
}

// insert types s (no line breaks) at the cursor; false when it was cut.
func (m *Model) insert(s string) bool {
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if r == '\t' {
			r = ' '
		}
		if !unicode.IsControl(r) && r != utf8RuneError {
			rs = append(rs, r)
		}
	}
	cut := false
	if room := m.room(); len(rs) > room {
		rs, cut = rs[:room], true
	}
	if len(rs) > 0 {
		m.paras[m.row] = slices.Insert(m.paras[m.row], m.col, rs...)
		m.col += len(rs)
		m.changed(m.row, len(rs))
	}
	return !cut
}

const utf8RuneError = '\uFFFD'

// newline splits the paragraph at the cursor; false when no room.
func (m *Model) newline() bool {
	if m.room() < 1 {
		return false
	}
	p := m.paras[m.row]
	tail := slices.Clone(p[m.col:])
	m.paras[m.row] = p[:m.col:m.col]
	m.paras = slices.Insert(m.paras, m.row+1, tail)
	m.kept = slices.Insert(m.kept, m.row+1, kept{})
	m.row, m.col = m.row+1, 0
	m.changed(m.row-1, 1)
	m.kept[m.row] = kept{}
	return true
}

// deleteBack deletes from where move takes the cursor (backwards) to
// where it is.
func (m *Model) deleteBack(move func()) {
	row, col := m.row, m.col
	move()
	m.deleteRange(m.row, m.col, row, col)
}

// deleteForward deletes from the cursor to where move would take it.
func (m *Model) deleteForward(move func()) {
	row, col := m.row, m.col
	move()
	toRow, toCol := m.row, m.col
	m.row, m.col = row, col
	m.deleteRange(row, col, toRow, toCol)
}

// deleteRange deletes from (r1, c1) to (r2, c2), joining the paragraphs
// it spans, and leaves the cursor at its start.
func (m *Model) deleteRange(r1, c1, r2, c2 int) {
	if r1 == r2 && c1 >= c2 || r1 > r2 {
		return
	}
	gone := 0
	if r1 == r2 {
		gone = c2 - c1
		m.paras[r1] = slices.Delete(m.paras[r1], c1, c2)
	} else {
		gone = len(m.paras[r1]) - c1 + c2 + (r2 - r1)
		for r := r1 + 1; r < r2; r++ {
			gone += len(m.paras[r])
		}
		m.paras[r1] = append(m.paras[r1][:c1:c1], m.paras[r2][c2:]...)
		m.paras = slices.Delete(m.paras, r1+1, r2+1)
		m.kept = slices.Delete(m.kept, r1+1, r2+1)
	}
	m.row, m.col = r1, c1
	m.changed(r1, -gone)
}

// changed notes that paragraph row changed and the length by delta.
func (m *Model) changed(row, delta int) {
	m.kept[row] = kept{}
	m.length += delta
	m.edits++
}
