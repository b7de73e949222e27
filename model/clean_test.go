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

// Characters that make text read otherwise than it is never pass: bidi
// overrides and isolates, zero-width spaces and joiners. Joiners doing
// real work (emoji sequences, Persian) stay; the bidi marks stay.
func TestCleanRemovesInvisibleCharacters(t *testing.T) {
	cases := map[string]string{
		"Senior \u202egnireenignE":          "Senior gnireenignE",
		"a\u2066b\u2067c\u2068d\u2069e":     "abcde",
		"a\u202a\u202b\u202c\u202db":        "ab",
		"Go\u200bogle":                      "Google",
		"zero\u2060width\ufeff join\u200dx": "zerowidth joinx",
		"\u200d👩\u200d💻\u200d":              "👩\u200d💻",
		"❤\ufe0f\u200d🔥 team":               "❤\ufe0f\u200d🔥 team",
		"می\u200cخواهم":                     "می\u200cخواهم",
		"a\u200cb":                          "ab",
		"שלום \u200eGo\u200f":               "שלום \u200eGo\u200f",
		"\u200b\u200d\u202e\u2066 \ufeff":   "",
		"\u200e\u00ad":                      "", // marks alone show nothing
	}
	for in, want := range cases {
		if got := CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
		if got := CleanText(in); got != want {
			t.Errorf("CleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

// A title of only invisible characters is no title.
func TestInvisibleTitleIsEmpty(t *testing.T) {
	p := Posting{Title: "\u200b\u202e\u2066", Status: StatusDraft}
	if probs := p.Problems(); len(probs) == 0 || probs[0] != (FieldError{"title", "required"}) {
		t.Fatalf("Problems = %v", probs)
	}
}
