package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestPlainTextFitsTheWrapWidth(t *testing.T) {
	for _, fx := range fixtures() {
		for _, width := range []int{12, 20, 36, 60, 80, 120} {
			out := fx.p.PlainText(width)
			for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := ansi.StringWidth(line); w > width {
					t.Errorf("%s at %d: line %d is %d columns: %q", fx.name, width, i+1, w, line)
				}
				if strings.HasSuffix(line, " ") {
					t.Errorf("%s at %d: line %d ends in a space: %q", fx.name, width, i+1, line)
				}
			}
		}
	}
}

func TestPlainTextKeepsEveryWord(t *testing.T) {
	// At 80 columns no word of the long posting needs cutting, so wrapping
	// must only move words between lines.
	p := longFixture()
	wrapped := strings.Join(strings.Fields(strings.ReplaceAll(p.PlainText(80), "•", "")), " ")
	flat := strings.Join(strings.Fields(strings.ReplaceAll(p.PlainText(0), "•", "")), " ")
	if wrapped != flat {
		t.Error("wrapping at 80 columns changed the words of the posting")
	}
}

func TestPlainTextIndentsBulletContinuations(t *testing.T) {
	out := longFixture().PlainText(40)
	inList := false
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "• "):
			inList = true
		case line == "":
			inList = false
		case inList && !strings.HasPrefix(line, "  "):
			t.Errorf("continuation of a bullet not indented: %q", line)
		}
	}
}

func TestPlainTextUnwrapped(t *testing.T) {
	p := backendFixture()
	out := p.PlainText(0)
	// Each line the writer typed stays one line, unwrapped.
	if !strings.Contains(out, "\nYou will build the services that move parcels across Europe.\nOur platform handles two million deliveries a day.\n") {
		t.Errorf("typed lines not kept as they are:\n%s", out)
	}
	for _, md := range []string{"**", "## ", "\n- "} {
		if strings.Contains(out, md) {
			t.Errorf("plain text holds Markdown %q", md)
		}
	}
}

func TestPlainTextCutsWordsLongerThanALine(t *testing.T) {
	p := Posting{Title: "Engineer", Apply: Apply{URL: "https://example.com/" + strings.Repeat("x", 70)}}
	out := p.PlainText(30)
	var joined strings.Builder
	for _, line := range strings.Split(out, "\n") {
		if ansi.StringWidth(line) > 30 {
			t.Errorf("line over 30 columns: %q", line)
		}
		joined.WriteString(line)
	}
	if !strings.Contains(joined.String(), p.Apply.URL) {
		t.Errorf("the URL did not survive cutting:\n%s", out)
	}
}
