package model

import (
	"strings"
	"testing"
	"unicode"
)

func TestCleanLineRemovesEscapesAndControls(t *testing.T) {
	cases := map[string]string{
		"Senior \x1b[31mGo\x1b[0m Engineer": "Senior Go Engineer",
		"evil\x1b]52;c;aGVsbG8=\x07 title":  "evil title",
		"clear\x1b[2Jscreen":                "clearscreen",
		"tab\tand\nnewline\r":               "tab and newline",
		"  lots   of   space  ":             "lots of space",
		"bell\x07 and nul\x00":              "bell and nul",
		"c1 \u009b31m csi":                  "c1 31m csi", // the C1 control goes; the harmless rest stays
		"bad \xff utf8":                     "bad \uFFFD utf8",
		"מהנדס backend 🚀":                   "מהנדס backend 🚀",
		"dangling escape \x1b":              "dangling escape",
		"osc without end \x1b]0;title":      "osc without end",
	}
	for in, want := range cases {
		if got := CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanTextKeepsParagraphs(t *testing.T) {
	in := "First line\r\nsecond\x1b[1m line\n\n\n\nNew paragraph   \n"
	want := "First line\nsecond line\n\nNew paragraph"
	if got := CleanText(in); got != want {
		t.Errorf("CleanText = %q, want %q", got, want)
	}
}

func FuzzCleanLineNeverLeavesControls(f *testing.F) {
	f.Add("a\x1b[31mb")
	f.Add("\x1b]52;c;x\x07")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		out := CleanLine(s)
		for _, r := range out {
			if unicode.IsControl(r) {
				t.Fatalf("CleanLine(%q) left control %U in %q", s, r, out)
			}
		}
		if strings.TrimSpace(out) != out {
			t.Fatalf("CleanLine(%q) = %q is not trimmed", s, out)
		}
	})
}
