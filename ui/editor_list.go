package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
)

// List sections: responsibilities, skills, qualifications, benefits.

func (e *Editor) items() []string {
	if l := listOf(&e.posting, e.current().id); l != nil {
		return *l
	}
	return nil
}

func (e *Editor) updateList(km tea.KeyPressMsg) tea.Cmd {
	k := e.keys
	id := e.current().id
	items := e.items()
	switch {
	case key.Matches(km, k.Back):
		if e.previewFocus {
			e.previewFocus = false
			return nil
		}
		e.mode = modeSections
	case key.Matches(km, k.Up):
		e.item = max(e.item-1, 0)
	case key.Matches(km, k.Down):
		e.item = min(e.item+1, max(len(items)-1, 0))
	case key.Matches(km, k.Top):
		e.item = 0
	case key.Matches(km, k.Bottom):
		e.item = max(len(items)-1, 0)
	case key.Matches(km, k.AddCatalog):
		return e.openListPicker()
	case key.Matches(km, k.AddTyped):
		e.inputNew, e.inputAt = true, min(e.item+1, len(items))
		return e.openItemInput("")
	case key.Matches(km, k.EditItem):
		if len(items) == 0 {
			e.inputNew, e.inputAt = true, 0
			return e.openItemInput("")
		}
		e.inputNew, e.inputAt = false, e.item
		return e.openItemInput(items[e.item])
	case key.Matches(km, k.Delete):
		if len(items) == 0 {
			return nil
		}
		gone, at := items[e.item], e.item
		cmd := e.edit("", func(p *model.Posting) {
			l := listOf(p, id)
			*l = slices.Delete(*l, at, at+1)
		})
		e.item = min(e.item, max(len(items)-2, 0))
		return tea.Batch(cmd, info("Deleted “"+ansi.Truncate(gone, 40, "…")+"” · u undoes"))
	case key.Matches(km, k.MoveUp), key.Matches(km, k.MoveDown):
		to := e.item - 1
		if key.Matches(km, k.MoveDown) {
			to = e.item + 1
		}
		if to < 0 || to >= len(items) {
			return nil
		}
		from := e.item
		e.item = to
		// Moves of one line in a row undo together.
		return e.edit(e.group(fmt.Sprintf("move-%d", id)), func(p *model.Posting) {
			l := *listOf(p, id)
			l[from], l[to] = l[to], l[from]
		})
	case key.Matches(km, k.MoveSkill) && (id == secMust || id == secNice):
		if len(items) == 0 {
			return nil
		}
		skill, at := items[e.item], e.item
		to, where := secNice, "nice-to-have"
		if id == secNice {
			to, where = secMust, "must-have"
		}
		cmd := e.edit("", func(p *model.Posting) {
			l := listOf(p, id)
			*l = slices.Delete(*l, at, at+1)
			dst := listOf(p, to)
			*dst = append(*dst, skill)
		})
		e.item = min(e.item, max(len(items)-2, 0))
		return tea.Batch(cmd, info("Moved “"+skill+"” to "+where))
	}
	return nil
}

func (e *Editor) openItemInput(value string) tea.Cmd {
	e.mode = modeItemInput
	e.inputErr = ""
	e.input.SetValue(value)
	e.input.CursorEnd()
	return e.input.Focus()
}

func (e *Editor) updateItemInput(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, e.keys.form.Cancel):
		e.mode = modeList
		e.input.Blur()
		return nil
	case key.Matches(km, e.keys.form.Accept):
		value := model.CleanLine(e.input.Value())
		if value == "" {
			e.inputErr = "Type something, or press esc to cancel."
			return nil
		}
		id, at, isNew := e.current().id, e.inputAt, e.inputNew
		for i, it := range e.items() {
			if strings.EqualFold(it, value) && (isNew || i != at) {
				e.inputErr = "That line is already in the list."
				return nil
			}
		}
		e.mode = modeList
		e.input.Blur()
		e.item = at
		return e.edit("", func(p *model.Posting) {
			l := listOf(p, id)
			if isNew {
				*l = slices.Insert(*l, at, value)
			} else {
				(*l)[at] = value
			}
		})
	}
	var cmd tea.Cmd
	e.input, cmd = e.input.Update(km)
	e.inputErr = ""
	return cmd
}

// openListPicker offers the catalog's lines for the open list, those
// already in the posting left out: space ticks several, enter adds them
// (or the one under the cursor).
func (e *Editor) openListPicker() tea.Cmd {
	cat := e.common.Catalog
	p := e.posting
	have := map[string]bool{}
	for _, it := range e.items() {
		have[strings.ToLower(it)] = true
	}
	id := e.current().id
	if id == secMust || id == secNice {
		for _, it := range append(slices.Clone(p.Skills.Required), p.Skills.Preferred...) {
			have[strings.ToLower(it)] = true
		}
	}
	var items []PickItem
	add := func(it PickItem) {
		if !have[strings.ToLower(it.Label)] {
			have[strings.ToLower(it.Label)] = true
			items = append(items, it)
		}
	}
	switch id {
	case secResponsibilities:
		for _, r := range cat.ResponsibilitiesFor(p.Role, p.Seniority) {
			add(PickItem{ID: r.ID, Label: r.Text, Group: "For this role and level"})
		}
		for _, r := range cat.Responsibilities {
			group := "Other levels"
			if r.Role != p.Role {
				group = "Other roles"
				if role, ok := cat.Role(r.Role); ok {
					group = role.Name
				}
			}
			add(PickItem{ID: r.ID, Label: r.Text, Group: group})
		}
	case secMust, secNice:
		for _, it := range skillItems(cat, p.Role) {
			add(it)
		}
	case secQualifications:
		for _, q := range cat.QualificationsFor(p.Seniority) {
			add(PickItem{ID: q.ID, Label: q.Text, Group: "For this level"})
		}
		for _, q := range cat.Qualifications {
			group := q.Seniority
			if l, ok := cat.Level(q.Seniority); ok {
				group = l.Name
			}
			add(PickItem{ID: q.ID, Label: q.Text, Group: group})
		}
	case secBenefits:
		for _, b := range cat.Benefits {
			add(PickItem{ID: b.ID, Label: b.Text})
		}
	}
	if len(items) == 0 {
		return info("Everything the catalog has is already here; n types a line of your own.")
	}
	e.picker = NewPicker(&e.common.Styles, items, checkMarks(e.common.Styles))
	lw, _ := e.paneWidths()
	e.picker.SetSize(lw, max(e.height-1, 2))
	e.pickerEEO = false
	e.mode = modePicker
	return nil
}

// openEEOPicker offers the catalog's equal-opportunity statements, and
// writing one.
func (e *Editor) openEEOPicker() tea.Cmd {
	items := []PickItem{{ID: "", Label: "Write or edit the statement yourself"}}
	for _, st := range e.common.Catalog.EEOStatements {
		items = append(items, PickItem{ID: st.ID, Label: st.Name, Detail: st.Text, Group: "From the catalog"})
	}
	e.picker = NewPicker(&e.common.Styles, items, nil)
	for _, st := range e.common.Catalog.EEOStatements {
		if st.Text == e.posting.EEO {
			e.picker.SelectID(st.ID)
		}
	}
	lw, _ := e.paneWidths()
	e.picker.SetSize(lw, max(e.height-1, 2))
	e.pickerEEO = true
	e.mode = modePicker
	return nil
}

func (e *Editor) updatePicker(km tea.KeyPressMsg) tea.Cmd {
	next, cmd, used := e.picker.Update(km)
	e.picker = next
	if used {
		return cmd
	}
	back := modeList
	if e.pickerEEO {
		back = modeSections
	}
	switch {
	case key.Matches(km, e.keys.Back):
		e.mode = back
	case !e.pickerEEO && key.Matches(km, e.keys.Toggle):
		if _, i, ok := e.picker.Current(); ok {
			m := Checked
			if e.picker.Mark(i) == Checked {
				m = Unmarked
			}
			e.picker.SetMark(i, m)
			e.picker.move(1)
		}
	case key.Matches(km, e.keys.Choose):
		if e.pickerEEO {
			it, _, ok := e.picker.Current()
			if !ok {
				return nil
			}
			if it.ID == "" {
				return e.openProse()
			}
			e.mode = modeSections
			return tea.Batch(e.edit("", func(p *model.Posting) { p.EEO = it.Detail }), info("Statement “"+it.Label+"” chosen"))
		}
		chosen := e.picker.Marked(Checked)
		if len(chosen) == 0 {
			if _, i, ok := e.picker.Current(); ok {
				chosen = []int{i}
			}
		}
		if len(chosen) == 0 {
			return nil
		}
		var labels []string
		for _, i := range chosen {
			labels = append(labels, e.picker.items[i].Label)
		}
		id := e.current().id
		e.mode = modeList
		e.item = len(e.items()) + len(labels) - 1
		return e.edit("", func(p *model.Posting) {
			l := listOf(p, id)
			*l = append(*l, labels...)
		})
	}
	return nil
}

func (e *Editor) listView(w, h int) string {
	s := e.common.Styles
	sec := e.current()
	items := e.items()
	head := s.Title.Render(sec.name) + s.Subtle.Render(fmt.Sprintf(" · %d", len(items)))
	if sec.id == secMust && len(items) > maxMustHaves {
		head += s.Error.Render(fmt.Sprintf(" · more than %d: move some to nice-to-have (m)", maxMustHaves))
	}
	lines := []string{ansi.Truncate(head, w, "…")}
	type row struct {
		text  string
		index int // -1: the input
	}
	var rows []row
	for i, it := range items {
		if e.mode == modeItemInput && e.inputNew && i == e.inputAt {
			rows = append(rows, row{index: -1})
		}
		if e.mode == modeItemInput && !e.inputNew && i == e.inputAt {
			rows = append(rows, row{index: -1})
			continue
		}
		rows = append(rows, row{text: it, index: i})
	}
	if e.mode == modeItemInput && e.inputNew && e.inputAt >= len(items) {
		rows = append(rows, row{index: -1})
	}
	if len(rows) == 0 {
		lines = append(lines, s.Subtle.Render(ansi.Truncate("Nothing here yet: a adds from the catalog, n types a line.", w, "…")))
		return strings.Join(lines, "\n")
	}
	cur := e.item
	if e.mode == modeItemInput {
		cur = e.inputAt
	}
	// The full text of a line cut short at the edge, below the list.
	var full []string
	if e.mode == modeList && e.item < len(items) && ansi.StringWidth(items[e.item]) > max(w-6, 1) && h >= 8 {
		full = fullText(items[e.item], w)
	}
	avail := max(h-2-len(full), 1)
	if cur < e.itemOffset {
		e.itemOffset = cur
	}
	if cur >= e.itemOffset+avail {
		e.itemOffset = cur - avail + 1
	}
	e.itemOffset = max(min(e.itemOffset, len(rows)-avail), 0)
	for ri := e.itemOffset; ri < min(e.itemOffset+avail, len(rows)); ri++ {
		r := rows[ri]
		if r.index < 0 {
			lines = append(lines, s.Cursor.Render("▸ ")+s.Faint.Render("  › ")+e.input.View())
			continue
		}
		num := s.Faint.Render(fmt.Sprintf("%2d. ", r.index+1))
		text := ansi.Truncate(r.text, max(w-6, 1), "…")
		prefix := "  "
		if r.index == e.item && e.mode == modeList {
			prefix = s.Cursor.Render("▸ ")
			text = s.Selected.Render(text)
		}
		lines = append(lines, prefix+num+text)
	}
	if len(full) > 0 {
		for len(lines) < h-1-len(full) {
			lines = append(lines, "")
		}
		for _, l := range full {
			lines = append(lines, s.Subtle.Render("  "+l))
		}
	}
	if e.inputErr != "" {
		lines = append(lines, s.Error.Render(ansi.Truncate(e.inputErr, w, "…")))
	}
	return strings.Join(lines, "\n")
}

func (e *Editor) pickerView(w, h int) string {
	s := e.common.Styles
	head := "Add to " + e.current().name + ": space ticks, enter adds"
	if e.pickerEEO {
		head = "Equal-opportunity statement: enter chooses"
	}
	return ansi.Truncate(s.Title.Render(head), w, "…") + "\n" + e.picker.View()
}
