package common

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A paste is cut at a character boundary before it is cleaned: what the
// cleaning drops (controls, escape sequences) must not leave half a
// character at the end.
func TestCleanPasteNeverSplitsACharacter(t *testing.T) {
	const limit = 10
	s := strings.Repeat("\a", limit*4-1) + "€€"
	for name, clean := range map[string]func(string, int) string{"line": CleanPaste, "prose": CleanProsePaste} {
		got := clean(s, limit)
		if !utf8.ValidString(got) || strings.ContainsRune(got, utf8.RuneError) {
			t.Errorf("%s: %q", name, got)
		}
	}
	if got := CleanProsePaste("one\n\n\n\ntwo \x1b[31mred\x1b[0m", 100); got != "one\n\ntwo red" {
		t.Errorf("prose: %q", got)
	}
	if got := CleanPaste("one\ntwo", 100); got != "one two" {
		t.Errorf("line: %q", got)
	}
	if got := CleanProsePaste(strings.Repeat("é", 1<<20), 25000); utf8.RuneCountInString(got) != 25000 {
		t.Errorf("prose cut to %d", utf8.RuneCountInString(got))
	}
}
