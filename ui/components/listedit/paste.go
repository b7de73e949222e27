package listedit

import (
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
)

// maxPastedLines bounds the lines one paste adds: a pasted file of
// thousands of lines is a mistake, not a list.
const maxPastedLines = 200

// pastedLines are the non-empty lines of a paste, each cleaned and cut to
// the model's limit of one line. A CR alone (what terminals send in a
// bracketed paste), a CRLF and an LF each end a line.
func pastedLines(s string) []string {
	var out []string
	for _, l := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if l = common.CleanPaste(l, model.MaxListItemLength); l != "" {
			out = append(out, l)
		}
		if len(out) == maxPastedLines {
			break
		}
	}
	return out
}

// pasteLines puts each line of a paste of several in the list, after the
// line being typed (which goes in first, as enter would put it), leaving
// out those already there. It is one edit, so one undo step.
func (m Model) pasteLines(pasted []string) (Model, tea.Cmd, Result) {
	lines, at := slices.Clone(m.lines), m.inputAt
	value, problem, unchanged := m.typedLine()
	switch {
	case !unchanged && problem == "" && m.inputNew:
		lines = slices.Insert(lines, at, value)
		at++
	case !unchanged && problem == "":
		lines[at] = value
		at++
	case !m.inputNew:
		at++ // the line being edited stays as it was
	}
	added, known := 0, 0
	for _, l := range pasted {
		if slices.ContainsFunc(lines, func(have string) bool { return strings.EqualFold(have, l) }) {
			known++
			continue
		}
		lines = slices.Insert(lines, at, l)
		at++
		added++
	}
	m.CancelTyping()
	m.cursor = max(at-1, 0)
	note := "Added " + plural(added, "line")
	switch {
	case added == 0:
		note = "Those lines are in the list already"
	case known > 0:
		note += " · " + plural(known, "was") + " there already"
	}
	if slices.Equal(lines, m.lines) {
		return m, nil, Result{Note: note}
	}
	return m, nil, Result{Event: Edited, Lines: lines, Note: note}
}

// plural is "1 line", "4 lines"; "1 was", "2 were".
func plural(n int, word string) string {
	switch {
	case n == 1:
		return "1 " + word
	case word == "was":
		return strconv.Itoa(n) + " were"
	}
	return strconv.Itoa(n) + " " + word + "s"
}
