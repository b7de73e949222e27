// Package picker is the one list of choices every screen uses: a
// filterable, scrollable list with optional marks (ticked, must-have,
// nice-to-have).
package picker

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/internal/match"
	"jobpost/ui/common"
)

// Item is one choice in a Picker.
type Item struct {
	ID     string
	Label  string
	Detail string // shown after the label, dimmed; the filter reads it too
	Group  string // items with the same group sit under one heading
	Search string // extra words the filter matches, besides label and group
}

// Model is a filterable, scrollable list of choices with optional marks:
// the building block of every picklist step. `/` starts a new filter
// (words, then letters in order; catalog order kept), `esc` clears it.
// Toggle (on the owner's KeyMap.Toggle: space or x) changes the mark
// under the cursor and never moves the cursor, in every screen alike.
type Model struct {
	styles *common.Styles
	items  []Item
	marks  []Mark
	search []string // precomputed filter targets, one per item

	visible []int // item indexes that pass the filter
	lines   []pickLine
	cursor  int // index into visible
	offset  int // first line shown

	filter    textinput.Model
	filtering bool // the filter input has focus

	width, height int
	keys          KeyMap
	markView      func(Mark) string // nil: a single-choice list
}

// pickLine is one drawn row: a group heading or an item.
type pickLine struct {
	heading string
	item    int // index into items; -1 for a heading
}

// New returns a picker over items, in c's styles and keys. markView
// draws an item's mark (CheckMarks, SkillMarks); pass nil for a
// single-choice list.
func New(c *common.Common, items []Item, markView func(Mark) string) Model {
	ti := common.NewTextInput(c.Styles.Theme, 64)
	ti.Prompt = "/ "
	ti.Placeholder = "type to filter"
	p := Model{
		styles:   &c.Styles,
		items:    items,
		marks:    make([]Mark, len(items)),
		search:   make([]string, len(items)),
		filter:   ti,
		keys:     NewKeyMap(c.Keys),
		markView: markView,
	}
	for i, it := range items {
		p.search[i] = match.Target(it.Label, it.Group, it.Search, it.Detail)
	}
	p.applyFilter()
	return p
}

// SetSize sets the space the picker draws in, filter line included.
func (p *Model) SetSize(width, height int) tea.Cmd {
	p.width, p.height = width, max(height, 1)
	p.filter.SetWidth(max(width-4, 1))
	p.scrollToCursor()
	return nil
}

// Keys is the picker's keys, for the owner's help and to match Toggle.
func (p Model) Keys() KeyMap { return p.keys }

// ShortHelp implements help.KeyMap: the filter's keys while filtering,
// else the filter key (the owner adds its own keys around it).
func (p Model) ShortHelp() []key.Binding {
	switch {
	case p.filtering:
		return []key.Binding{p.keys.AcceptFilter, p.keys.ClearFilter}
	case p.Filtered():
		// esc clears the filter now, before it can mean anything else.
		return []key.Binding{p.keys.ClearFilter}
	}
	return []key.Binding{p.keys.Filter}
}

// FullHelp implements help.KeyMap: moving about and filtering; clearing
// the filter only while there is one to clear.
func (p Model) FullHelp() [][]key.Binding {
	k := p.keys
	filter := []key.Binding{k.Filter}
	if p.Filtered() {
		filter = append(filter, k.ClearFilter)
	}
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, filter}
}

// Filtered reports whether a filter is applied (typed or kept): esc
// clears it before the owner sees the key.
func (p Model) Filtered() bool { return p.filter.Value() != "" }

// Toggle gives the item under the cursor the mark that follows its own
// in cycle (Unmarked ⇄ Ticked when no cycle is given; the skills step
// passes Unmarked, Must, Nice), and leaves the cursor where it is: space
// means the same in every list. It returns the new mark, and false when
// the list is empty or takes no marks.
func (p *Model) Toggle(cycle ...Mark) (Mark, bool) {
	if p.markView == nil || len(p.visible) == 0 {
		return Unmarked, false
	}
	if len(cycle) == 0 {
		cycle = []Mark{Unmarked, Ticked}
	}
	i := p.visible[p.cursor]
	next := cycle[0]
	for c, m := range cycle {
		if m == p.marks[i] {
			next = cycle[(c+1)%len(cycle)]
			break
		}
	}
	p.marks[i] = next
	return next, true
}

// Filtering reports whether keys are going into the filter input.
func (p Model) Filtering() bool { return p.filtering }

// Items returns all items, filtered or not.
func (p Model) Items() []Item { return p.items }

// Current returns the item under the cursor.
func (p Model) Current() (Item, int, bool) {
	if len(p.visible) == 0 {
		return Item{}, -1, false
	}
	i := p.visible[p.cursor]
	return p.items[i], i, true
}

// Mark returns the mark of item i.
func (p Model) Mark(i int) Mark { return p.marks[i] }

// SetMark sets the mark of item i.
func (p *Model) SetMark(i int, m Mark) { p.marks[i] = m }

// Marked returns the indexes of items with mark m, in item order.
func (p Model) Marked(m Mark) []int {
	var out []int
	for i, mk := range p.marks {
		if mk == m {
			out = append(out, i)
		}
	}
	return out
}

// Count returns how many items carry mark m.
func (p Model) Count(m Mark) int {
	n := 0
	for _, mk := range p.marks {
		if mk == m {
			n++
		}
	}
	return n
}

// SelectID moves the cursor to the item with the given id, if visible.
func (p *Model) SelectID(id string) {
	for vi, i := range p.visible {
		if p.items[i].ID == id {
			p.cursor = vi
			p.scrollToCursor()
			return
		}
	}
}

// Append adds an item at the end and returns its index; the filter is
// cleared so the new item is in view, and the cursor moves to it.
func (p *Model) Append(it Item, m Mark) int {
	p.items = append(p.items, it)
	p.marks = append(p.marks, m)
	p.search = append(p.search, match.Target(it.Label, it.Group, it.Search, it.Detail))
	p.filter.SetValue("")
	p.applyFilter()
	p.cursor = len(p.visible) - 1
	p.scrollToCursor()
	return len(p.items) - 1
}

// Update moves the cursor and runs the filter; it reports whether it used
// the message, so the owner can handle the rest.
func (p Model) Update(msg tea.Msg) (Model, tea.Cmd, bool) {
	if p.filtering {
		return p.updateFilter(msg)
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil, false
	}
	switch {
	case key.Matches(km, p.keys.Up):
		p.move(-1)
	case key.Matches(km, p.keys.Down):
		p.move(1)
	case key.Matches(km, p.keys.PageUp):
		p.move(-p.scrollRows())
	case key.Matches(km, p.keys.PageDown):
		p.move(p.scrollRows())
	case key.Matches(km, p.keys.Top):
		p.move(-len(p.visible))
	case key.Matches(km, p.keys.Bottom):
		p.move(len(p.visible))
	case key.Matches(km, p.keys.Filter):
		// A new filter each time: typing after `/kafka enter /` looks
		// for what is typed now, not "kafka" and more.
		p.filtering = true
		if p.filter.Value() != "" {
			p.filter.SetValue("")
			p.applyFilter()
		}
		cmd := p.filter.Focus()
		return p, cmd, true
	case key.Matches(km, p.keys.ClearFilter) && p.filter.Value() != "":
		p.filter.SetValue("")
		p.applyFilter()
	default:
		return p, nil, false
	}
	return p, nil, true
}

func (p Model) updateFilter(msg tea.Msg) (Model, tea.Cmd, bool) {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, p.keys.ClearFilter):
			p.filtering = false
			p.filter.Blur()
			p.filter.SetValue("")
			p.applyFilter()
			return p, nil, true
		case key.Matches(km, p.keys.AcceptFilter):
			p.filtering = false
			p.filter.Blur()
			if key.Matches(km, p.keys.Up, p.keys.Down) {
				next, cmd, _ := p.Update(msg)
				return next, cmd, true
			}
			// In a single-choice list, enter after filtering also chooses:
			// the owner sees the key too.
			single := p.markView == nil && km.String() == "enter"
			return p, nil, !single
		}
	}
	if pm, ok := msg.(tea.PasteMsg); ok {
		msg = tea.PasteMsg{Content: common.CleanPaste(pm.Content, p.filter.CharLimit)}
	}
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if p.filter.Value() != before {
		p.applyFilter()
	}
	_, isKey := msg.(tea.KeyPressMsg)
	_, isPaste := msg.(tea.PasteMsg)
	return p, cmd, isKey || isPaste
}

func (p *Model) move(delta int) {
	if len(p.visible) == 0 {
		return
	}
	p.cursor = min(max(p.cursor+delta, 0), len(p.visible)-1)
	p.scrollToCursor()
}

// applyFilter recomputes the visible items and the drawn lines. Items keep
// catalog order so groups stay together; the cursor goes to the best match.
func (p *Model) applyFilter() {
	var current string
	if len(p.visible) > 0 {
		current = p.items[p.visible[p.cursor]].ID
	}
	term := strings.TrimSpace(p.filter.Value())
	p.visible = p.visible[:0]
	if term == "" {
		for i := range p.items {
			p.visible = append(p.visible, i)
		}
	} else {
		p.visible = match.Filter(term, p.search, p.visible)
	}
	p.lines = p.lines[:0]
	group := "\x00"
	for _, i := range p.visible {
		if g := p.items[i].Group; g != group && g != "" {
			p.lines = append(p.lines, pickLine{heading: g, item: -1})
			group = g
		}
		p.lines = append(p.lines, pickLine{item: i})
	}
	p.cursor = 0
	if term != "" {
		p.cursor = p.bestMatch(term)
	} else {
		for vi, i := range p.visible {
			if p.items[i].ID == current {
				p.cursor = vi
				break
			}
		}
	}
	p.offset = 0
	p.scrollToCursor()
}

// bestMatch is the visible index of the item that best fits term: a label
// that starts with it, then a label that contains it, then the first.
func (p *Model) bestMatch(term string) int {
	term = strings.ToLower(term)
	best, bestScore := 0, 0
	for vi, i := range p.visible {
		label := strings.ToLower(p.items[i].Label)
		score := 0
		switch {
		case label == term:
			score = 3
		case strings.HasPrefix(label, term):
			score = 2
		case strings.Contains(label, term):
			score = 1
		}
		if score > bestScore {
			best, bestScore = vi, score
		}
	}
	return best
}

// listHeight is the number of rows for items, below the filter line.
func (p Model) listHeight() int { return max(p.height-1-len(p.footer()), 1) }

// scrollRows is the rows the scroll window keeps the cursor in: when the
// list does not fit, two of the list's rows may say how many items are
// above and below, so the window is kept clear of them.
func (p Model) scrollRows() int {
	h := p.listHeight()
	if len(p.lines) <= h || h < 4 {
		return h
	}
	return h - 2
}

// window is what View draws of the list from the offset scroll chose:
// lines[start:end], and whether a line above (below) them says how many
// items are hidden that way. At either end the row the indicator would
// take shows one more line instead, so the cursor never jumps.
func (p Model) window() (start, end int, above, below bool) {
	h, n := p.listHeight(), len(p.lines)
	if n <= h || h < 4 {
		return p.offset, min(p.offset+h, n), false, false
	}
	switch rows := h - 2; {
	case p.offset == 0:
		return 0, h - 1, false, true
	case p.offset+rows >= n:
		return n - (h - 1), n, true, false
	default:
		return p.offset, p.offset + rows, true, true
	}
}

// hidden counts the items (not headings) among lines.
func hidden(lines []pickLine) int {
	n := 0
	for _, l := range lines {
		if l.item >= 0 {
			n++
		}
	}
	return n
}

// footer is the full text of the item under the cursor when its row cuts
// it short (a long responsibility, a level's description), shown below the
// list: a recruiter should not tick a line they cannot read.
func (p Model) footer() []string {
	if len(p.visible) == 0 || p.width < 20 || p.height < 8 {
		return nil
	}
	it := p.items[p.visible[p.cursor]]
	used := 2 + ansi.StringWidth(it.Label)
	if p.markView != nil {
		used += ansi.StringWidth(p.markView(Unmarked)) + 1
	}
	full := it.Label
	if it.Detail != "" {
		used += 2 + ansi.StringWidth(it.Detail)
		full += " — " + it.Detail
	}
	if used <= p.width {
		return nil
	}
	return common.FullText(full, p.width)
}

// cursorLine is the drawn line of the cursor's item.
func (p Model) cursorLine() int {
	if len(p.visible) == 0 {
		return 0
	}
	target := p.visible[p.cursor]
	// Lines and visible share an order, so search from the cursor's index.
	for l := p.cursor; l < len(p.lines); l++ {
		if p.lines[l].item == target {
			return l
		}
	}
	return 0
}

func (p *Model) scrollToCursor() {
	cl := p.cursorLine()
	// Keep the group heading in view when the cursor is its first item.
	top := cl
	if cl > 0 && p.lines[cl-1].item < 0 {
		top = cl - 1
	}
	p.offset = common.ScrollOffset(cl, min(p.offset, top), p.scrollRows(), len(p.lines))
}

// View draws the filter line and the visible part of the list.
func (p Model) View() string {
	var b strings.Builder
	switch {
	case p.filtering:
		b.WriteString(p.filter.View())
	case p.filter.Value() != "":
		b.WriteString(p.styles.Subtle.Render(ansi.Truncate("/ "+p.filter.Value()+"  (esc clears)", p.width, "…")))
	default:
		b.WriteString(p.styles.Faint.Render(ansi.Truncate("/ to filter", p.width, "…")))
	}
	h := p.listHeight()
	if len(p.visible) == 0 {
		b.WriteString("\n")
		b.WriteString(p.styles.Subtle.Render("  Nothing matches “" + ansi.Truncate(p.filter.Value(), max(p.width-20, 1), "…") + "”."))
		return b.String()
	}
	cursorItem := p.visible[p.cursor]
	start, end, above, below := p.window()
	drawn := end - start
	if above {
		b.WriteString("\n" + p.more("↑", p.lines[:start]))
		drawn++
	}
	for _, ln := range p.lines[start:end] {
		b.WriteString("\n")
		if ln.item < 0 {
			b.WriteString(p.styles.Group.Render(ansi.Truncate(ln.heading, p.width, "…")))
			continue
		}
		b.WriteString(p.row(ln.item, ln.item == cursorItem))
	}
	if below {
		b.WriteString("\n" + p.more("↓", p.lines[end:]))
		drawn++
	}
	if foot := p.footer(); len(foot) > 0 {
		for ; drawn < h; drawn++ {
			b.WriteString("\n") // the footer sits at the bottom
		}
		for _, l := range foot {
			b.WriteString("\n" + p.styles.Subtle.Render("  "+l))
		}
	}
	return b.String()
}

// more is the faint line saying how many items are hidden above or
// below the window: "↑ 3 more".
func (p Model) more(arrow string, lines []pickLine) string {
	return p.styles.Faint.Render(ansi.Truncate(fmt.Sprintf("  %s %d more", arrow, hidden(lines)), p.width, "…"))
}

func (p Model) row(i int, current bool) string {
	it := p.items[i]
	prefix := "  "
	if current {
		prefix = p.styles.Cursor.Render("▸ ")
	}
	mark := ""
	if p.markView != nil {
		mark = p.markView(p.marks[i]) + " "
	}
	room := p.width - 2 - ansi.StringWidth(mark)
	label := ansi.Truncate(it.Label, max(room, 1), "…")
	if current {
		label = p.styles.Selected.Render(label)
	}
	line := prefix + mark + label
	if it.Detail != "" {
		if left := room - ansi.StringWidth(it.Label) - 2; left > 3 {
			line += "  " + p.styles.Subtle.Render(cutAtWord(it.Detail, left))
		}
	}
	return line
}

// cutAtWord fits text in width columns, cutting it at a space rather
// than inside a word when it must be cut ("changed title, summary" at 20
// is "changed title…"), so that what is left reads as words; the full
// text is in the footer.
func cutAtWord(text string, width int) string {
	if ansi.StringWidth(text) <= width {
		return text
	}
	cut := strings.TrimRight(common.WrapWords(text, max(width-1, 1))[0], " ,;·—-")
	if cut == "" {
		return ansi.Truncate(text, width, "…")
	}
	return cut + "…"
}
