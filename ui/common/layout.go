package common

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
)

// The smallest terminal the layout is drawn for; below it the root shows a
// note instead of a broken screen. Every screen is laid out for 80×24
// first.
const (
	MinWidth  = 60
	MinHeight = 15
)

// FitBlock makes s exactly height lines, each cut to width columns: a
// page can never push the help and status lines off the terminal.
// (lipgloss's Width/Height would word-wrap the whole block on every frame.)
func FitBlock(s string, width, height int) string {
	lines := strings.SplitN(s, "\n", height+1)
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// ClipLines cuts every line of s to width columns.
func ClipLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return strings.Join(lines, "\n")
}

// JoinColumnLines puts two blocks side by side, the left one cut or
// filled to lw columns and both to h lines, with sep between them. The
// right block comes in lines: a scrolled pane's visible lines, not joined
// only to be split again.
func JoinColumnLines(left string, right []string, lw, h int, sep string) string {
	ll := strings.Split(FitBlock(left, lw, h), "\n")
	size := len(left) + h*(lw+len(sep)+1)
	for _, r := range right {
		size += len(r)
	}
	var b strings.Builder
	// Sized once: the preview beside a list is tens of kilobytes of
	// styled text, and growing the builder step by step doubled it.
	b.Grow(size)
	for i := range h {
		if i > 0 {
			b.WriteByte('\n')
		}
		l := ll[i]
		b.WriteString(l)
		if pad := lw - ansi.StringWidth(l); pad > 0 {
			b.WriteString(strings.Repeat(" ", pad))
		}
		b.WriteString(sep)
		if i < len(right) {
			b.WriteString(right[i])
		}
	}
	return b.String()
}

// Wrap word-wraps s to width columns, breaking words longer than a line.
func Wrap(s string, width int) []string {
	return strings.Split(ansi.Wrap(s, max(width, 1), ""), "\n")
}

// ShortPath writes the home directory as ~.
func ShortPath(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if rel, err := filepath.Rel(home, p); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.Join("~", rel)
		}
	}
	return p
}

// DisplayTitle is a posting's title as a screen shows it: one clean line,
// or a placeholder for an untitled draft.
func DisplayTitle(t string) string {
	if t = model.CleanLine(t); t != "" {
		return t
	}
	return "Untitled posting"
}
