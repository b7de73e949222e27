package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapWords wraps s to width columns at spaces only: a date such as
// 2026-12-31 or a URL is never broken at its hyphens (ansi.Wrap breaks
// there). A word longer than a whole line is cut where it must be.
func WrapWords(s string, width int) []string {
	width = max(width, 1)
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case ansi.StringWidth(line)+1+ansi.StringWidth(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
		for ansi.StringWidth(line) > width {
			lines = append(lines, ansi.Cut(line, 0, width))
			line = ansi.Cut(line, width, ansi.StringWidth(line))
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// FullText wraps a line that a row had to cut short, for showing in full
// below a list: at most three lines, within width less an indent of two.
func FullText(text string, width int) []string {
	lines := WrapWords(text, max(width-2, 1))
	if len(lines) > 3 {
		lines = lines[:3]
		lines[2] = ansi.Truncate(lines[2], max(width-3, 1), "") + "…"
	}
	return lines
}
