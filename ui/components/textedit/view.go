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
	x := 0
	for i := from; i < to || i == cursor; i++ {
		ch, rw := " ", 1
		if i < to {
			rw = runeWidth(p[i])
			if i == cursor {
				ch = string(p[i])
			}
		}
		if x+rw > m.width {
			break
		}
		if i == cursor {
			b.WriteString(m.CursorStyle.Render(ch))
		} else {
			b.WriteRune(p[i])
		}
		x += rw
	}
	b.WriteString(strings.Repeat(" ", max(m.width-x, 0)))
}
