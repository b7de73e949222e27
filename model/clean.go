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
	s = clean(s, false)
	return strings.Join(strings.Fields(s), " ")
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
	if strings.ContainsAny(s, "\x1b\u009b\u009d\u0090") {
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

func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) {
			return true
		}
	}
	return false
}
