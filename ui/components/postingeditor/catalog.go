package postingeditor

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/data"
	"jobpost/ui/components/picker"
)

// The catalog pickers: lines to add to the open list, and the
// equal-opportunity statements.

// openListPicker offers the catalog's lines for the open list, those
// already in the posting left out: space ticks several, enter adds them
// (or the one under the cursor).
func (e *Shell) openListPicker() tea.Cmd {
	cat, p, id := e.c.Catalog, e.posting, e.current().id
	have := map[string]bool{}
	for _, it := range *listOf(&p, id) {
		have[strings.ToLower(it)] = true
	}
	if id == Must || id == Nice {
		for _, it := range slices.Concat(p.Skills.Required, p.Skills.Preferred) {
			have[strings.ToLower(it)] = true
		}
	}
	var items []picker.Item
	add := func(it picker.Item) {
		if !have[strings.ToLower(it.Label)] {
			have[strings.ToLower(it.Label)] = true
			items = append(items, it)
		}
	}
	var options []data.Option
	switch id {
	case Responsibilities:
		options = cat.ResponsibilityOptions(p.Role, p.Seniority)
	case Must, Nice:
		options = cat.SkillOptions(p.Role)
	case Qualifications:
		options = cat.QualificationOptions(p.Role, p.Seniority)
	}
	for _, o := range options {
		add(picker.Item{ID: o.ID, Label: o.Label, Group: o.Group})
	}
	switch id {
	case Benefits:
		for _, b := range cat.Benefits {
			add(picker.Item{ID: b.ID, Label: b.Text})
		}
	}
	if len(items) == 0 {
		return e.status.Info("Everything the catalog has is already here; n types a line of your own.")
	}
	e.openPicker(picker.New(e.c, items, picker.CheckMarks(e.c.Styles)), false)
	return nil
}

// openEEOPicker offers the catalog's equal-opportunity statements, and
// writing one.
func (e *Shell) openEEOPicker() tea.Cmd {
	items := []picker.Item{{ID: "", Label: "Write or edit the statement yourself"}}
	for _, st := range e.c.Catalog.EEOStatements {
		items = append(items, picker.Item{ID: st.ID, Label: st.Name, Detail: st.Text, Group: "From the catalog"})
	}
	p := picker.New(e.c, items, nil)
	for _, st := range e.c.Catalog.EEOStatements {
		if st.Text == e.posting.EEO {
			p.SelectID(st.ID)
		}
	}
	e.openPicker(p, true)
	return nil
}

func (e *Shell) openPicker(p picker.Model, eeo bool) {
	lw, _ := e.paneWidths()
	p.SetSize(lw, max(e.height-1, 2))
	e.picker, e.pickingEEO, e.mode = p, eeo, pickerOpen
}

func (e *Shell) pickerKey(km tea.KeyPressMsg) tea.Cmd {
	next, cmd, used := e.picker.Update(km)
	e.picker = next
	if used {
		return cmd
	}
	switch {
	case key.Matches(km, e.keys.Back):
		e.mode = listOpen
		if e.pickingEEO {
			e.mode = browsing
		}
	case !e.pickingEEO && key.Matches(km, e.picker.Keys().Toggle):
		e.picker.Toggle()
	case key.Matches(km, e.keys.Choose) && e.pickingEEO:
		it, _, ok := e.picker.Current()
		if !ok {
			return nil
		}
		if it.ID == "" {
			return e.openProse()
		}
		e.mode = browsing
		next := e.posting
		next.EEO = it.Detail
		return tea.Batch(e.commit(next, ""), e.status.Info("Statement “"+it.Label+"” chosen"))
	case key.Matches(km, e.keys.Choose):
		chosen := e.picker.Marked(picker.Ticked)
		if len(chosen) == 0 {
			if _, i, ok := e.picker.Current(); ok {
				chosen = []int{i}
			}
		}
		if len(chosen) == 0 {
			return nil
		}
		id := e.current().id
		next := e.posting.Clone()
		l := listOf(&next, id)
		for _, i := range chosen {
			*l = append(*l, e.picker.Items()[i].Label)
		}
		e.mode = listOpen
		cmd := e.commit(next, "")
		e.list.Select(len(*l) - 1)
		return cmd
	}
	return nil
}
