package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// CleanLine makes s safe to store and show as one line of text: escape
// sequences and control characters are removed (they must never reach a
// terminal raw), tabs and line breaks become spaces, invalid UTF-8 becomes
// U+FFFD, runs of spaces fold to one and the ends are trimmed.
func CleanLine(s string) string {
	if lineIsClean(s) {
		return s // the common case: every export cleans text that already is
	}
	s = clean(s, false)
	return strings.Join(strings.Fields(s), " ")
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
		case unicode.IsControl(r) || unicode.IsSpace(r):
			return false
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
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
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
	return strings.TrimRightFunc(strings.Join(out, "\n"), unicode.IsSpace)
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
	for _, r := range s {
		switch {
		case r == '\n' && keepNewlines:
			b.WriteRune('\n')
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(' ')
		case unicode.IsControl(r):
			// dropped: C0, DEL and C1 controls, including any ESC that
			// ansi.Strip left behind from a malformed sequence
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
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

func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) {
			return true
		}
	}
	return false
}
