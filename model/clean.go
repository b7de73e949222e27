package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// CleanLine makes s safe to store and show as one line of text: escape
// sequences and control characters are removed (they must never reach a
// terminal raw), and so are the invisible characters that can make text
// read otherwise than it is (see invisible); tabs and line breaks become
// spaces, invalid UTF-8 becomes U+FFFD, runs of spaces fold to one and the
// ends are trimmed. A line with nothing visible left is empty.
func CleanLine(s string) string {
	if lineIsClean(s) {
		return s // the common case: every export cleans text that already is
	}
	s = clean(s, false)
	return nothingVisible(strings.Join(strings.Fields(s), " "))
}

// nothingVisible returns "" for text that shows nothing (only format
// characters such as U+200E or a soft hyphen), else s.
func nothingVisible(s string) string {
	for _, r := range s {
		if !unicode.Is(unicode.Cf, r) && !unicode.IsSpace(r) {
			return s
		}
	}
	return ""
}

// lineIsClean reports whether CleanLine would return s unchanged: valid
// UTF-8 without control characters (so without escape sequences, which
// all start with one), single ASCII spaces between words and none at
// either end.
func lineIsClean(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	prevSpace := true
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case r > ' ' && r < 0x7f:
			prevSpace = false
		case unicode.IsControl(r) || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			return false // Cf: invisible characters, which the full clean judges
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// CleanText is CleanLine for prose: line breaks are kept (CRLF and CR become
// LF), trailing spaces are trimmed from each line and at most one blank line
// is kept between paragraphs.
func CleanText(s string) string {
	s = clean(s, true)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return nothingVisible(strings.TrimRightFunc(FoldBlankLines(lines), unicode.IsSpace))
}

// FoldBlankLines joins lines (trimmed at the right already) with at most
// one blank line between paragraphs and none before the first. It is
// CleanText's last step, for a caller that cleans a text line by line.
func FoldBlankLines(lines []string) string {
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		if l == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// CleanList cleans every item as a line and drops the empty ones.
func CleanList(items []string) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		if it = CleanLine(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

func clean(s string, keepNewlines bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if keepNewlines {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	if hasEscapeStart(s) {
		s = ansi.Strip(s)
	}
	if !hasControl(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(' ') // the last rune kept
	for i, r := range s {
		switch {
		case r == '\n' && keepNewlines:
			r = '\n'
		case r == '\t' || r == '\n' || r == '\r':
			r = ' '
		case unicode.IsControl(r):
			// dropped: C0, DEL and C1 controls, including any ESC that
			// ansi.Strip left behind from a malformed sequence
			continue
		case r == zwnj || r == zwj:
			next, size := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !joins(prev) || size == 0 || !joins(next) {
				continue
			}
		case invisible(r):
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

const (
	zwnj = '\u200C' // zero-width non-joiner
	zwj  = '\u200D' // zero-width joiner
)

// invisible reports the characters that change how text reads without
// being seen, and so can spoof a posting: bidi embeddings, overrides and
// isolates, which reorder what follows (U+202A–U+202E, U+2066–U+2069),
// zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF) and the
// invisible operators (U+2061–U+2064). The bidi marks U+200E, U+200F and
// U+061C stay: they only settle the direction of neutral characters in
// mixed-direction text, where they are needed.
func invisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200D, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064,
		r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return true
	}
	return false
}

// joins reports whether a zero-width joiner or non-joiner next to r may be
// doing its real work: shaping emoji sequences (👩‍💻) and the letters of
// scripts that need it (Persian, the Indic scripts). Both neighbours must
// be such characters; anywhere else (at the ends, beside ASCII or spaces)
// the joiner only hides something and is dropped.
func joins(r rune) bool {
	return r > 0x7f && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r))
}

// hasEscapeStart reports whether s holds ESC or one of the C1 controls that
// open a sequence (CSI, OSC, DCS). It scans bytes: strings.ContainsAny with
// multi-byte characters in its set is many times slower.
func hasEscapeStart(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0x1b:
			return true
		case 0xc2: // U+0080–U+00BF; CSI, OSC and DCS are 0x9b, 0x9d, 0x90
			if i+1 < len(s) && (s[i+1] == 0x9b || s[i+1] == 0x9d || s[i+1] == 0x90) {
				return true
			}
		}
	}
	return false
}

// hasControl reports whether s holds anything clean removes: a control or
// an invisible character.
func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || invisible(r) {
			return true
		}
	}
	return false
}
