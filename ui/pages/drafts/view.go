package drafts

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
)

// A draft is drawn as two lines and a gap; the list has two header lines
// (the filter, the count), a third naming the drafts that could not be
// read if any, and a gap above it.
const rowHeight = 3

func (p *Page) headerHeight() int {
	if len(p.bad) > 0 {
		return 4
	}
	return 3
}

// footHeight is the lines a prompt or the status choice takes below the
// list. The status choice is one line: its keys are on the help line.
func (p *Page) footHeight() int {
	switch {
	case p.prompt.Active():
		return p.prompt.Height()
	case p.choosingStatus:
		return 1
	case p.ask.Open():
		return p.ask.Height()
	}
	return 0
}

// rows is how many drafts fit on the page. The last row needs no gap
// below it; when the drafts do not all fit, that line says how many more
// there are below (the gap above the first row says how many above).
func (p *Page) rows() int {
	room := p.height - p.headerHeight() - p.footHeight()
	if all := (room + 1) / rowHeight; len(p.list.visible) <= all {
		return max(all, 1)
	}
	return max(room/rowHeight, 1)
}

// View implements common.Page.
func (p *Page) View() string {
	s := p.common.Styles
	switch {
	case !p.loaded:
		return s.Subtle.Render("Loading drafts…")
	case p.loadErr != nil:
		return common.LoadError(s, "the drafts", p.loadErr, p.width)
	case len(p.list.all) == 0 && len(p.bad) == 0:
		return s.Title.Render("No postings yet.") + "\n\n" +
			strings.Join(common.Wrap("Press n to start one: pick a role, a seniority, the skills and the responsibilities, and jobpost writes the posting for you to review. Every draft is saved as you go. Deleted drafts wait in the trash (t).", p.width), "\n")
	}
	var b strings.Builder
	b.WriteString(p.filterLine())
	b.WriteString("\n" + s.Subtle.Render(p.count()) + "\n")
	if len(p.bad) > 0 {
		b.WriteString(s.Error.Render(ansi.Truncate("  "+unreadable(p.bad), p.width, "…")) + "\n")
	}
	switch {
	case len(p.list.visible) > 0:
	case p.list.mine != "" && p.list.term == "":
		b.WriteString("\n" + s.Subtle.Render(ansi.Truncate("  None of the drafts are yours yet. m shows everyone's.", p.width, "…")))
	default:
		b.WriteString("\n" + s.Subtle.Render(ansi.Truncate("  Nothing matches “"+p.list.term+"”. esc shows every draft.", p.width, "…")))
	}
	rows := p.rows()
	above, shown := p.list.offset, p.list.window(rows)
	if above > 0 {
		b.WriteString(p.more("↑", above))
	}
	for _, i := range shown {
		b.WriteString("\n" + p.row(p.list.all[i], i == p.list.visible[p.list.cursor]) + "\n")
	}
	if below := len(p.list.visible) - above - len(shown); below > 0 && len(shown) > 0 {
		b.WriteString(p.more("↓", below))
	}
	body := common.FitBlock(b.String(), p.width, max(p.height-p.footHeight(), 1))
	switch {
	case p.prompt.Active():
		body += "\n" + p.prompt.View()
	case p.choosingStatus:
		// The keys to press are on the help line, once.
		// The title last, so that a long one is what gets cut.
		body += "\n" + s.Subtle.Render(ansi.Truncate("Now "+string(p.target.Status)+"; new status for “"+common.DisplayTitle(p.target.Title)+"”", p.width, "…"))
	case p.ask.Open():
		body += "\n" + p.ask.View()
	}
	return body
}

// more is the faint line saying how many drafts are out of view above or
// below: "↑ 3 more".
func (p *Page) more(arrow string, n int) string {
	return p.common.Styles.Faint.Render(fmt.Sprintf("  %s %d more", arrow, n))
}

// filterLine is the filter being typed, the one applied, or nothing.
func (p *Page) filterLine() string {
	s := p.common.Styles
	switch {
	case p.filtering:
		return p.filter.View()
	case p.list.term != "":
		return s.Subtle.Render(ansi.Truncate("/ "+p.list.term+"  (esc clears)", p.width, "…"))
	}
	return ""
}

// count says how many drafts there are and, under a filter, how many
// show: "4 postings", "2 of 4 postings", "mine · 2 of 4 postings".
func (p *Page) count() string {
	total := len(p.list.all)
	noun := "postings"
	if total == 1 {
		noun = "posting"
	}
	text := fmt.Sprintf("  %d %s", total, noun)
	if p.list.term != "" || p.filtering || p.list.mine != "" {
		text = fmt.Sprintf("  %d of %d %s", len(p.list.visible), total, noun)
	}
	if p.list.mine != "" {
		text = "  mine ·" + text[1:]
	}
	if p.list.byTitle {
		text += " · by title"
	}
	return text
}

// row draws a draft: its title (and, in a team library, who is editing
// it now, if another session is), then seniority, location, status, when
// it last changed and by whom.
func (p *Page) row(d model.Summary, current bool) string {
	s := p.common.Styles
	width := max(p.width-4, 1)
	details := make([]string, 0, 4)
	if l, ok := p.common.Catalog.Level(d.Seniority); ok {
		details = append(details, l.Name)
	}
	if loc := model.CleanLine(d.Location); loc != "" {
		details = append(details, loc)
	}
	when := common.TimeAgo(d.UpdatedAt, p.common.Today())
	if by := model.CleanLine(d.UpdatedBy); p.common.User != "" && by != "" {
		when += " by " + by
	}
	details = append(details, statusLabel(d), when)
	// The mark takes at most half the row, so that a long user name is
	// what gets cut rather than the title.
	mark := p.heldMark(d.ID, width/2)
	titleRoom := width
	if mark != "" {
		titleRoom = max(width-ansi.StringWidth(mark)-2, 1)
	}
	title := ansi.Truncate(common.DisplayTitle(d.Title), titleRoom, "…")
	about := ansi.Truncate(fitDetails(details, width), width, "…")
	if mark != "" {
		gap := strings.Repeat(" ", max(width-ansi.StringWidth(title)-ansi.StringWidth(mark), 2))
		mark = gap + s.Held.Render(mark)
	}
	if current {
		return s.Cursor.Render("▸ ") + s.Selected.Render(title) + mark + "\n  " + s.Subtle.Render(about)
	}
	return "  " + title + mark + "\n  " + s.Faint.Render(about)
}

// heldMark is "✎ ana editing" for a draft another session is editing,
// or "": at most room columns wide when the name can be cut to fit.
func (p *Page) heldMark(id string, room int) string {
	by, held := p.held[id]
	if !held {
		return ""
	}
	const prefix, suffix = "✎ ", " editing"
	nameRoom := max(room-ansi.StringWidth(prefix+suffix), 4)
	name := ansi.Truncate(common.HolderName(by, by == p.common.Store.User()), nameRoom, "…")
	return prefix + name + suffix
}

// fitDetails joins a row's details with " · ". When they do not fit in
// width, the seniority goes first (the title nearly always says it), then
// the place, then the status is cut (a posting posted on many boards), so
// that when it changed, and by whom, stays whole.
func fitDetails(details []string, width int) string {
	line := strings.Join(details, " · ")
	for len(details) > 2 && ansi.StringWidth(line) > width {
		details = details[1:]
		line = strings.Join(details, " · ")
	}
	if ansi.StringWidth(line) <= width {
		return line
	}
	last := details[len(details)-1]
	room := width - ansi.StringWidth(last) - len(" · ")
	if room < 8 {
		return line // the caller cuts the end
	}
	return ansi.Truncate(strings.Join(details[:len(details)-1], " · "), room, "…") + " · " + last
}

// statusLabel says how far a posting has come: "draft", "ready", or
// "posted on LinkedIn 23 Nov, Greenhouse 24 Nov" (every board).
func statusLabel(s model.Summary) string {
	switch s.Status {
	case model.StatusReady:
		return "ready"
	case model.StatusPosted:
		if boards := s.Posted.Describe("2 Jan"); boards != "" {
			return "posted on " + boards
		}
		return "posted"
	}
	return "draft"
}

// unreadable names the drafts that could not be read, so that a damaged
// record is told rather than silently missing from the list: "1 draft
// could not be read: “Title” (3fk2…) — jobpost check-db says more".
func unreadable(bad []storage.BadRecord) string {
	const named = 3
	names := make([]string, 0, named+1)
	for _, b := range bad[:min(len(bad), named)] {
		id := model.CleanLine(b.ID)
		if r := []rune(id); len(r) > 4 {
			id = string(r[:4]) + "…" // enough to tell it in check-db's report
		}
		if t := model.CleanLine(b.Title); t != "" {
			id = "“" + t + "” (" + id + ")"
		}
		names = append(names, id)
	}
	if len(bad) > named {
		names = append(names, fmt.Sprintf("%d more", len(bad)-named))
	}
	noun := "drafts"
	if len(bad) == 1 {
		noun = "draft"
	}
	return fmt.Sprintf("%d %s could not be read: %s — jobpost check-db says more", len(bad), noun, strings.Join(names, ", "))
}
