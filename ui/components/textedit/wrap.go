package textedit

import (
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// kept is what is worked out of a paragraph once per change of it (and
// of the width, for starts).
type kept struct {
	// starts is where each of its screen lines starts (0 first); nil
	// when not worked out.
	starts  []int
	text    string
	hasText bool
}

// wrapped is where paragraph row's screen lines start.
func (m *Model) wrapped(row int) []int {
	k := &m.kept[row]
	if k.starts == nil {
		k.starts = wrap(m.paras[row], m.width-1)
	}
	return k.starts
}

// wrap breaks p into lines of at most w cells, between words where it
// can: a space stays at the end of its line (the editor is one cell
// wider than w so that it, or the cursor after the last word, fits),
// a word longer than a line is cut.
func wrap(p []rune, w int) []int {
	starts := []int{0}
	x, space := 0, -1 // the line's width so far; its last space
	for i, r := range p {
		if unicode.IsSpace(r) {
			if rw := runeWidth(r); x+rw > w+1 {
				// Spaces past the one that hangs: on a new line.
				starts = append(starts, i)
				x = 0
			}
			space = i
			x += runeWidth(r)
			continue
		}
		rw := runeWidth(r)
		if x+rw > w && i > starts[len(starts)-1] {
			start := i
			if space >= starts[len(starts)-1] {
				start = space + 1
			}
			starts = append(starts, start)
			x, space = width(p[start:i]), -1
		}
		x += rw
	}
	if x > w {
		// The last line is full to the edge: the cursor after it goes
		// on a line of its own.
		starts = append(starts, len(p))
	}
	return starts
}

// runeWidth is the cells r takes; ASCII, the bulk of prose, is one.
func runeWidth(r rune) int {
	if r < 0x7f && r >= 0x20 {
		return 1
	}
	return ansi.StringWidth(string(r))
}

func width(rs []rune) int {
	w := 0
	for _, r := range rs {
		w += runeWidth(r)
	}
	return w
}
