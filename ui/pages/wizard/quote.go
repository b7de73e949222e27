package wizard

import "github.com/charmbracelet/x/ansi"

// quoteIn is before“title”after within width: the title is cut first (to
// "…" inside its quotes), so that what is said around it, the part that
// says what to do, stays whole as long as it can.
func quoteIn(before, title, after string, width int) string {
	room := width - ansi.StringWidth(before+after) - 2
	if ansi.StringWidth(title) > room {
		title = ansi.Truncate(title, max(room, 1), "…")
	}
	return ansi.Truncate(before+"“"+title+"”"+after, width, "…")
}
