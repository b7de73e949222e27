package model

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// checkMarkdownLiteral renders md with a CommonMark renderer and checks
// every block reads exactly as want: no user text turned into markup.
func checkMarkdownLiteral(t *testing.T, md string, want []string) {
	t.Helper()
	var buf bytes.Buffer
	if err := goldmark.Convert([]byte(md), &buf); err != nil {
		t.Fatal(err)
	}
	compareBlocks(t, "Markdown", htmlBlocks(parseFragment(t, buf.String())), want)
}

func TestMarkdownShowsUserTextLiterally(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			checkMarkdownLiteral(t, fx.p.Markdown(), wantBlocks(fx.p, true))
		})
	}
}

func TestEscapeHeadingKeepsTrailingHash(t *testing.T) {
	for in, want := range map[string]string{
		"Studio #":   `Studio \#`,
		"Studio ##":  `Studio #\#`,
		"C#":         `C\#`,
		"#":          `\#`,
		`Studio \#`:  `Studio \\#`, // the # follows a backslash, not a space: no closing run
		"No hash":    "No hash",
		"#1 in town": `\#1 in town`,
	} {
		if got := escapeHeading(in); got != want {
			t.Errorf("escapeHeading(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdownSkipsSectionsWithNothingToShow(t *testing.T) {
	p := minimalFixture()
	p.Company.About = "\x1b[2J  \n\n"
	p.EEO = "\x07"
	p.Title = "\x1b[31m"
	got := p.Markdown()
	if want := "# Untitled posting\n"; got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
}

// Glamour renders with GitHub-flavoured Markdown and shows a backslash
// before & and ~ as typed, so those two are escaped another way.
func TestMarkdownEntitiesAndTildesStayLiteral(t *testing.T) {
	p := New(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	line := "R&D &copy; &#169; ~~not struck~~ about ~5 years"
	p.Title = "Engineer"
	p.Responsibilities = []string{line}
	md := p.Markdown()
	if strings.Contains(md, `\&`) || strings.Contains(md, `\~`) {
		t.Fatalf("backslash before & or ~ shows up in Glamour:\n%s", md)
	}
	var buf bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert([]byte(md), &buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<del>") {
		t.Fatalf("tildes struck text through:\n%s", buf.String())
	}
	compareBlocks(t, "Markdown", htmlBlocks(parseFragment(t, buf.String())), []string{"Engineer", "What you will do", line})
}
