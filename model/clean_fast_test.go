package model

import (
	"strings"
	"testing"
)

// cleanLineSlow is CleanLine without its fast path.
func cleanLineSlow(s string) string {
	return nothingVisible(strings.Join(strings.Fields(clean(s, false)), " "))
}

func FuzzCleanLineFastPathAgrees(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "a\u00a0b", "a\u2003b", "x\x1b[2Jy",
		"\u009b31m", "\xff", "\ufffd", "tab\there", "é — ü", "a\u0085b", "a\u200bb",
		"\u00ad", "\u200e", "👩\u200d💻", "a\u202eb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CleanLine(s), cleanLineSlow(s); got != want {
			t.Fatalf("CleanLine(%q) = %q, the full clean gives %q", s, got, want)
		}
		if hasEscapeStart(s) != strings.ContainsAny(s, "\x1b\u009b\u009d\u0090") {
			t.Fatalf("hasEscapeStart(%q) disagrees with ContainsAny", s)
		}
	})
}
