package model

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// PlainText renders p for places that take neither Markdown nor HTML: a
// rich-text box in a browser, an e-mail, a forum. Lists use "•" bullets,
// sections are separated by blank lines, and with wrap > 0 every line fits
// in wrap terminal columns (measured by display width, so CJK and emoji
// count double); continuation lines of a bullet are indented under its
// text. wrap 0 leaves each paragraph on one line.
func (p Posting) PlainText(wrap int) string {
	t := textWriter{wrap: wrap}
	t.b.Grow(4096)
	title := CleanLine(p.Title)
	if title == "" {
		title = "Untitled posting"
	}
	t.para(title, "", "")
	if meta := p.MetaLine(); meta != "" {
		t.para(meta, "", "")
	}
	if pay := p.Salary.String(); pay != "" {
		t.blank()
		t.para("Pay: "+pay, "", "")
	}
	for _, para := range Paragraphs(p.Summary) {
		t.blank()
		t.prose(para)
	}
	if about := Paragraphs(p.Company.About); len(about) > 0 {
		t.blank()
		t.para(aboutHeading(p.Company.Name), "", "")
		for i, para := range about {
			if i > 0 {
				t.blank()
			}
			t.prose(para)
		}
	}
	for _, s := range p.Sections() {
		t.blank()
		t.para(s.Heading, "", "")
		for _, item := range s.Items {
			t.para(item, "• ", "  ")
		}
	}
	if how := p.HowToApply(); how != "" {
		t.blank()
		t.para("How to apply", "", "")
		t.para(how, "", "")
	}
	if eeo := Paragraphs(p.EEO); len(eeo) > 0 {
		t.blank()
		t.para("Equal opportunity", "", "")
		for i, para := range eeo {
			if i > 0 {
				t.blank()
			}
			t.prose(para)
		}
	}
	return t.b.String()
}

// aboutHeading names the company section the same way in every format.
func aboutHeading(company string) string {
	if name := CleanLine(company); name != "" {
		return "About " + name
	}
	return "About us"
}

// textWriter lays out plain-text paragraphs, wrapping them by display
// width.
type textWriter struct {
	b    strings.Builder
	wrap int
}

func (t *textWriter) blank() { t.b.WriteByte('\n') }

// prose writes a paragraph that may hold line breaks the writer typed,
// each line wrapped on its own.
func (t *textWriter) prose(text string) {
	for _, line := range strings.Split(text, "\n") {
		t.para(line, "", "")
	}
}

// para writes one paragraph of clean, single-line text and ends it with a
// newline. first prefixes its first line, rest every line after; rest must
// be plain ASCII and as many columns wide as first.
func (t *textWriter) para(text, first, rest string) {
	t.b.WriteString(first)
	if t.wrap <= 0 {
		t.b.WriteString(text)
		t.b.WriteByte('\n')
		return
	}
	avail := max(t.wrap-len(rest), 1)
	used := 0 // columns taken on the current line, after the prefix
	newline := func() {
		t.b.WriteByte('\n')
		t.b.WriteString(rest)
		used = 0
	}
	for _, word := range strings.Fields(text) {
		w := displayWidth(word)
		if w > avail {
			// A word longer than a whole line (a long URL, a run of
			// symbols) is cut at grapheme boundaries so no line overflows.
			if used > 0 {
				newline()
			}
			chunks := strings.Split(ansi.Hardwrap(word, avail, false), "\n")
			for i, c := range chunks {
				if i > 0 {
					newline()
				}
				t.b.WriteString(c)
				used = displayWidth(c)
			}
			continue
		}
		switch {
		case used == 0:
		case used+1+w <= avail:
			t.b.WriteByte(' ')
			used++
		default:
			newline()
		}
		t.b.WriteString(word)
		used += w
	}
	t.b.WriteByte('\n')
}

// displayWidth is the number of terminal columns s takes; plain ASCII, the
// common case, needs no grapheme segmentation.
func displayWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}
