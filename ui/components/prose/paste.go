package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"jobpost/ui/common"
)

// lineBreaks turns every line break into "\n": a CR alone (what terminals,
// and tmux's paste-buffer, send for a line break in a bracketed paste), a
// CRLF (Windows files) and an LF are each one break.
func lineBreaks(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// maxEdgeBreaks is the most line breaks kept before or after a paste: a
// paragraph break, as blank runs inside are folded (model.CleanText).
const maxEdgeBreaks = 2

// cleanPaste is s as the editor takes it, at most room characters:
// line breaks as they were (paragraphs kept, blank runs folded), escape
// sequences and controls gone. Breaks at its start and end are kept too,
// so that a paste can end a line and the next one starts on its own
// ("Third line" then "Windows" are two lines, not "Third lineWindows").
func cleanPaste(s string, room int) string {
	s = lineBreaks(s)
	lead := min(strings.Count(s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsSpace))], "\n"), maxEdgeBreaks)
	trail := min(strings.Count(s[len(strings.TrimRightFunc(s, unicode.IsSpace)):], "\n"), maxEdgeBreaks)
	if room <= lead {
		return strings.Repeat("\n", max(room, 0))
	}
	body := common.CleanProsePaste(s, room-lead)
	if body == "" {
		// Only breaks (and spaces): one paragraph break at most.
		return strings.Repeat("\n", min(max(lead, trail), room))
	}
	out := strings.Repeat("\n", lead) + body
	if utf8.RuneCountInString(out)+trail <= room {
		out += strings.Repeat("\n", trail)
	}
	return out
}
