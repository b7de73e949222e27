package common

import (
	"unicode/utf8"

	"jobpost/model"
)

// CleanPaste makes pasted text fit a one-line input: escape sequences and
// control characters go, line breaks become spaces, and it is cut to limit
// characters (a pasted megabyte must not freeze the screen).
func CleanPaste(s string, limit int) string { return cleanPaste(s, limit, model.CleanLine) }

// CleanProsePaste is CleanPaste for a textarea: line breaks stay (blank
// runs folded as model.CleanText does).
func CleanProsePaste(s string, limit int) string { return cleanPaste(s, limit, model.CleanText) }

func cleanPaste(s string, limit int, clean func(string) string) string {
	if limit <= 0 {
		return "" // the input is full
	}
	if cut := cutAt(limit); len(s) > cut {
		// Work on a slice only a little longer than can fit, cut at a
		// character boundary (a cut inside one would show as �), so a
		// pasted megabyte costs nothing.
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	s = clean(s)
	if utf8.RuneCountInString(s) > limit {
		s = string([]rune(s)[:limit])
	}
	return s
}

// cutAt is how many bytes of a paste are worth cleaning for limit
// characters: four, the most one character takes in UTF-8.
func cutAt(limit int) int { return limit * 4 }
