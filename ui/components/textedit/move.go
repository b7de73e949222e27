package textedit

import (
	"sort"
	"unicode"
)

// MoveToEnd puts the cursor at the end of the text.
func (m *Model) MoveToEnd() {
	m.row = len(m.paras) - 1
	m.col = len(m.paras[m.row])
	m.follow()
}

func (m *Model) left() {
	switch {
	case m.col > 0:
		m.col--
	case m.row > 0:
		m.row--
		m.col = len(m.paras[m.row])
	}
}

func (m *Model) right() {
	switch {
	case m.col < len(m.paras[m.row]):
		m.col++
	case m.row < len(m.paras)-1:
		m.row++
		m.col = 0
	}
}

// before is the character left of the cursor, and whether there is one
// in the paragraph.
func (m *Model) before() (rune, bool) {
	if m.col == 0 {
		return 0, false
	}
	return m.paras[m.row][m.col-1], true
}

func (m *Model) after() (rune, bool) {
	if m.col >= len(m.paras[m.row]) {
		return 0, false
	}
	return m.paras[m.row][m.col], true
}

// wordLeft moves to the start of the word left of the cursor (over a
// paragraph break and spaces first).
func (m *Model) wordLeft() {
	if m.col == 0 {
		m.left()
	}
	for r, ok := m.before(); ok && unicode.IsSpace(r); r, ok = m.before() {
		m.col--
	}
	for r, ok := m.before(); ok && !unicode.IsSpace(r); r, ok = m.before() {
		m.col--
	}
}

// wordRight moves to the end of the word right of the cursor.
func (m *Model) wordRight() {
	if m.col == len(m.paras[m.row]) {
		m.right()
	}
	for r, ok := m.after(); ok && unicode.IsSpace(r); r, ok = m.after() {
		m.col++
	}
	for r, ok := m.after(); ok && !unicode.IsSpace(r); r, ok = m.after() {
		m.col++
	}
}

// lineOf is the screen line of the paragraph row that col is on.
func (m *Model) lineOf(row, col int) int {
	starts := m.wrapped(row)
	return sort.Search(len(starts), func(i int) bool { return starts[i] > col }) - 1
}

// vertical moves the cursor n screen lines down (up when negative),
// keeping to its column.
func (m *Model) vertical(n int) {
	line := m.lineOf(m.row, m.col)
	starts := m.wrapped(m.row)
	if m.goalX < 0 {
		m.goalX = width(m.paras[m.row][starts[line]:m.col])
	}
	row := m.row
	for ; n < 0; n++ {
		if line > 0 {
			line--
		} else if row > 0 {
			row--
			line = len(m.wrapped(row)) - 1
		} else {
			m.col = 0
			return
		}
	}
	for ; n > 0; n-- {
		if line < len(m.wrapped(row))-1 {
			line++
		} else if row < len(m.paras)-1 {
			row, line = row+1, 0
		} else {
			m.row, m.col = row, len(m.paras[row])
			return
		}
	}
	m.row = row
	m.col = m.colAt(row, line, m.goalX)
}

// colAt is the rune of line (of paragraph row) at or left of screen
// column x, never past the line's end.
func (m *Model) colAt(row, line, x int) int {
	p, starts := m.paras[row], m.wrapped(row)
	end := len(p)
	if line+1 < len(starts) {
		end = starts[line+1] - 1 // its last rune: the next line's first is past it
	}
	col, w := starts[line], 0
	for col < end {
		w += runeWidth(p[col])
		if w > x {
			break
		}
		col++
	}
	return col
}

// fill scrolls back up when lines of text above the screen would fit
// in empty lines below it: after the editor grew, say, when the cursor
// was on its last line. Only on a resize: it counts every line.
func (m *Model) fill() {
	lines := 0
	for r := range m.paras {
		lines += len(m.wrapped(r))
	}
	m.top = min(m.top, max(lines-m.height, 0))
}

// follow scrolls so that the cursor's line shows.
func (m *Model) follow() {
	line := m.lineOf(m.row, m.col)
	for r := range m.row {
		line += len(m.wrapped(r))
	}
	if line < m.top {
		m.top = line
	}
	if line >= m.top+m.height {
		m.top = line - m.height + 1
	}
}
