package postingeditor

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
)

// View draws the section pane and the preview, side by side when wide.
func (e Shell) View() string {
	switch {
	case e.failure != "":
		s := e.c.Styles
		lines := []string{s.Error.Render(ansi.Truncate(e.failure, e.width, "…")), "", s.Subtle.Render("esc goes back")}
		return strings.Join(lines, "\n")
	case !e.ready:
		return e.c.Styles.Subtle.Render("Opening…")
	case e.width == 0:
		return ""
	}
	lw, rw := e.paneWidths()
	if e.wide() {
		right := append([]string{e.previewHead(rw)}, e.preview.VisibleLines()...)
		return common.JoinColumnLines(e.paneView(lw, e.height), right, lw, e.height, e.c.Styles.Faint.Render(" │ "))
	}
	if e.previewShown() {
		return e.previewHead(e.width) + "\n" + e.preview.View()
	}
	return e.paneView(e.width, e.height)
}

// previewShown reports whether the narrow layout shows the preview.
func (e Shell) previewShown() bool {
	return e.previewFocus && !e.wide() && (e.mode == browsing || e.mode == listOpen && !e.list.Typing())
}

// previewHead is the preview's heading line: its name, its keys while it
// has focus, and how far down it is scrolled.
func (e Shell) previewHead(w int) string {
	s := e.c.Styles
	title := "Preview"
	if e.profile {
		title = "How new postings start"
	}
	hint := ""
	switch {
	case e.previewFocus && e.wide():
		hint = " · ↑/↓ scroll · tab back"
	case e.previewFocus:
		hint = " · ↑/↓ scroll · tab sections"
	case !e.wide():
		hint = " · tab"
	}
	if e.preview.Overflows() {
		hint += " · " + strconv.Itoa(int(e.preview.ScrollPercent()*100+0.5)) + "%"
	}
	return ansi.Truncate(s.Title.Render(title)+s.Faint.Render(hint), w, "…")
}

// paneView draws the sections pane: the list, or the section open.
func (e Shell) paneView(w, h int) string {
	s := e.c.Styles
	switch e.mode {
	case listOpen:
		return e.list.View()
	case proseOpen:
		return e.prose.View()
	case formOpen:
		lines := []string{ansi.Truncate(s.Title.Render(e.current().name), w, "…"), "", e.form.View()}
		if e.current().id == Role && h > strings.Count(e.form.View(), "\n")+5 {
			lines = append(lines, "", s.Faint.Render(ansi.Truncate("Changing them offers the catalog's defaults.", w, "…")))
		}
		if e.current().id == Location && !e.profile && h > strings.Count(e.form.View(), "\n")+6 {
			lines = append(lines, "")
			for _, l := range common.WrapWords("Applicants: for remote work, where applicants may live — names or codes, commas between (Germany, US-CO, EU).", w) {
				lines = append(lines, s.Faint.Render(l))
			}
		}
		return strings.Join(lines, "\n")
	case pickerOpen:
		head := "Add to " + e.current().name + ": space ticks, enter adds"
		if e.pickingEEO {
			head = "Equal-opportunity statement: enter chooses"
		}
		return ansi.Truncate(s.Title.Render(head), w, "…") + "\n" + e.picker.View()
	case asking:
		return ansi.Truncate(s.Title.Render("Role & level changed"), w, "…") + "\n\n" + e.ask.View()
	case checksOpen:
		return e.checksView(w)
	}
	return e.sectionsView(w, h)
}

// header is the section list's heading: the profile's explanation goes on
// a line of its own when the pane is too narrow for both; a read-only
// draft's reason comes first.
func (e Shell) header(w int) []string {
	s := e.c.Styles
	if e.readOnly != "" {
		return append(e.readOnlyBanner(w), s.Title.Render("Sections"))
	}
	if !e.profile {
		return []string{s.Title.Render("Sections")}
	}
	const title, sub = "Company profile", "every new posting starts with it"
	if len(title)+3+len(sub) <= w {
		return []string{s.Title.Render(title) + s.Faint.Render(" · "+sub)}
	}
	lines := []string{s.Title.Render(ansi.Truncate(title, w, "…"))}
	for _, l := range common.WrapWords(sub, w) {
		lines = append(lines, s.Faint.Render(l))
	}
	return lines
}

// problemOf returns the first problem of a section, if any.
func (e Shell) problemOf(id ID) (model.FieldError, bool) {
	for _, f := range problemFields[id] {
		for _, p := range e.problems {
			if p.Field == f {
				return p, true
			}
		}
	}
	return model.FieldError{}, false
}

// sectionRows is how many section rows fit in h lines under a header of
// headLines (the last line is kept for the section's problem).
func sectionRows(h, headLines int) int { return max(h-headLines-1, 1) }

// scrollSections keeps the cursor's section in view. It runs when the
// cursor or the size changes, so that View only reads the offset.
func (e *Shell) scrollSections() {
	lw, _ := e.paneWidths()
	e.offset = common.ScrollOffset(e.cursor, e.offset, sectionRows(e.height, len(e.header(lw))), len(e.sections))
}

func (e Shell) sectionsView(w, h int) string {
	s := e.c.Styles
	lines := e.header(w)
	rows := sectionRows(h, len(lines))
	// Names get the room they need (the longest is "Nice-to-have skills")
	// up to half the column; the summaries take the rest.
	nameW := 8
	for _, sec := range e.sections {
		nameW = max(nameW, ansi.StringWidth(sec.name))
	}
	nameW = min(nameW, max(w/2-2, 8))
	for i := e.offset; i < min(e.offset+rows, len(e.sections)); i++ {
		sec := e.sections[i]
		prefix, mark := "  ", " "
		if i == e.cursor {
			prefix = s.Cursor.Render("▸ ")
		}
		if _, bad := e.problemOf(sec.id); bad {
			mark = s.Error.Render("!")
		}
		name := ansi.Truncate(sec.name, nameW, "…")
		name += strings.Repeat(" ", nameW-ansi.StringWidth(name))
		if i == e.cursor {
			name = s.Selected.Render(name)
		}
		sum := ""
		if room := w - 4 - nameW; room > 3 {
			sum = s.Subtle.Render(ansi.Truncate(model.CleanLine(e.summary(sec.id)), room, "…"))
		}
		lines = append(lines, prefix+mark+name+" "+sum)
	}
	if p, bad := e.problemOf(e.current().id); bad && h > 3 {
		for len(lines) < h-1 {
			lines = append(lines, "")
		}
		lines = append(lines, s.Error.Render(ansi.Truncate("! "+p.Error(), w, "…")))
	}
	return strings.Join(lines, "\n")
}
