package common

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestSafeFrameKeepsStylesDropsTheRest(t *testing.T) {
	cases := map[string]string{
		"plain\ntext":                             "plain\ntext",
		"\x1b[1;38;2;1;2;3mbold\x1b[m":            "\x1b[1;38;2;1;2;3mbold\x1b[m",
		"a\x1b]52;c;aGk=\x07b":                    "ab",
		"a\x1b[2Jb":                               "ab",
		"a\x1b]0;title\x1b\\b":                    "ab",
		"bell\x07 tab\t c1\u009b31m del\x7f":      "bell tab c131m del",
		"\x1b[4mu\x1b[m \x1b]8;;http://x\x07link": "\x1b[4mu\x1b[m link",
		"cut short \x1b]52;c;never terminated":    "cut short ",
		"מהנדס 🚀 \x1b[32mgreen\x1b[0m":            "מהנדס 🚀 \x1b[32mgreen\x1b[0m",
	}
	for in, want := range cases {
		if got := SafeFrame(in); got != want {
			t.Errorf("SafeFrame(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkSafeFrameClean(b *testing.B) {
	frame := ""
	for range 30 {
		frame += "\x1b[38;2;10;20;30m▸ Senior Backend Engineer\x1b[m  Senior · Berlin · draft · just now\n"
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = SafeFrame(frame)
	}
}

func TestPreviewShowsTypedLineBreaks(t *testing.T) {
	out, err := NewMarkdownRenderer("dark").Render("line one\\\nline two\n\nnext paragraph\n", 40)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(ansi.Strip(out), "\n")
	if len(lines) < 2 || strings.TrimSpace(lines[0]) != "line one" || strings.TrimSpace(lines[1]) != "line two" {
		t.Fatalf("typed line break lost: %q", lines)
	}
}
