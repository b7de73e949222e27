package textedit

import "strings"

// View draws the lines on screen, and only those: height lines, each
// padded to the width, the cursor drawn over its character when
// focused.
func (m Model) View() string {
	var b strings.Builder
	b.Grow((m.width + 1) * m.height)
	row, line := m.first()
	for n := 0; n < m.height; n++ {
		if n > 0 {
			b.WriteByte('\n')
		}
		if row >= len(m.paras) {
			b.WriteString(strings.Repeat(" ", m.width))
			continue
		}
		m.drawLine(&b, row, line)
		if line++; line >= len(m.wrapped(row)) {
			row, line = row+1, 0
		}
	}
	return b.String()
}

// first is the paragraph and its line at the top of the screen.
func (m *Model) first() (row, line int) {
	n := m.top
	for row = range m.paras {
		lines := len(m.wrapped(row))
		if n < lines {
			return row, n
		}
		n -= lines
	}
	return len(m.paras), 0
}

// drawLine writes line of paragraph row, with the cursor if it is there.
func (m *Model) drawLine(b *strings.Builder, row, line int) {
	p, starts := m.paras[row], m.wrapped(row)
	from, to := starts[line], len(p)
	if line+1 < len(starts) {
		to = starts[line+1]
	}
	cursor := -1
	if m.focused && row == m.row && m.lineOf(row, m.col) == line {
		cursor = m.col
	}
	// What fits: a line ends in its spaces, which may run past the edge.
	x, end := 0, from
	for ; end < to && x+runeWidth(p[end]) <= m.width; end++ {
		x += runeWidth(p[end])
	}
	if cursor < from || cursor > end || cursor == end && (x >= m.width || end < to) {
		b.WriteString(string(p[from:end]))
	} else {
		b.WriteString(string(p[from:cursor]))
		if cursor < end {
			b.WriteString(m.CursorStyle.Render(string(p[cursor])))
			b.WriteString(string(p[cursor+1 : end]))
		} else {
			b.WriteString(m.CursorStyle.Render(" "))
			x++
		}
	}
	b.WriteString(strings.Repeat(" ", max(m.width-x, 0)))
}
