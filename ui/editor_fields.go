package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
)

// Form sections: title, role and level, company, location, employment
// type, pay, how to apply.

func (e *Editor) openForm() tea.Cmd {
	id := e.current().id
	e.form = newSectionForm(e.common.Catalog, e.posting, id, e.profile)
	e.styleForm()
	lw, _ := e.paneWidths()
	e.form.setWidth(lw)
	e.form.candidate(e.posting) // show what is already wrong
	e.roleBefore, e.levelBefore = e.posting.Role, e.posting.Seniority
	e.formStart = e.posting
	e.mode = modeForm
	return e.form.focusField(0)
}

func (e *Editor) styleForm() {
	st := inputStyles(e.common.Styles.Theme != Light)
	for i := range e.form.fields {
		e.form.fields[i].input.SetStyles(st)
	}
}

func (e *Editor) updateForm(km tea.KeyPressMsg) tea.Cmd {
	k := e.keys.form
	switch {
	case key.Matches(km, k.Accept):
		if !e.form.valid() {
			return failure("Fix the marked field first, or press esc to drop what is not valid.")
		}
		return e.closeForm()
	case key.Matches(km, k.Cancel):
		if e.form.valid() {
			return e.closeForm()
		}
		// Fields that are not valid go back to what they were when the
		// form opened (a maximum cleared and mistyped is not lost).
		start := newSectionForm(e.common.Catalog, e.formStart, e.current().id, e.profile)
		for i := range e.form.fields {
			if e.form.errs[i] != "" {
				e.form.fields[i].input.SetValue(start.fields[i].input.Value())
				e.form.fields[i].choice = start.fields[i].choice
			}
		}
		cmd := e.formChanged(true)
		return tea.Batch(cmd, e.closeForm(), info("Values that were not valid were put back as they were."))
	}
	cmd, changed := e.form.update(km, k)
	return tea.Batch(cmd, e.formChanged(changed))
}

// formChanged checks the form after a change and applies it when valid.
func (e *Editor) formChanged(changed bool) tea.Cmd {
	if !changed {
		return nil
	}
	next, ok := e.form.candidate(e.posting)
	if !ok || sameContent(next, e.posting) {
		return nil
	}
	return e.commit(next, e.group("form"))
}

func (e *Editor) closeForm() tea.Cmd {
	e.mode = modeSections
	for i := range e.form.fields {
		e.form.fields[i].input.Blur()
	}
	if e.current().id == secRole && (e.posting.Role != e.roleBefore || e.posting.Seniority != e.levelBefore) {
		return e.offerRefresh()
	}
	return nil
}

func (e *Editor) formView(w, h int) string {
	s := e.common.Styles
	lines := []string{ansi.Truncate(s.Title.Render(e.current().name), w, "…"), ""}
	lines = append(lines, e.form.view(s, w)...)
	if e.current().id == secRole && h > len(lines)+2 {
		lines = append(lines, "", s.Faint.Render(ansi.Truncate("Changing them offers the catalog's defaults.", w, "…")))
	}
	return strings.Join(lines, "\n")
}

// offerRefresh runs after the role or level changed: the catalog's
// defaults for the new pair are offered, never forced on lists the user
// has filled.
func (e *Editor) offerRefresh() tea.Cmd {
	next := e.posting.Clone()
	e.applyDefaults(&next, e.roleBefore, e.levelBefore)
	p := e.posting
	if slices.Equal(next.Responsibilities, p.Responsibilities) && slices.Equal(next.Skills.Required, p.Skills.Required) &&
		slices.Equal(next.Qualifications, p.Qualifications) {
		if next.Title != p.Title || next.Summary != p.Summary {
			return e.commit(next, "")
		}
		return nil
	}
	if len(p.Responsibilities) == 0 && len(p.Skills.Required) == 0 && len(p.Skills.Preferred) == 0 && len(p.Qualifications) == 0 {
		return tea.Batch(e.commit(next, ""), info("Filled the lists with the catalog's defaults."))
	}
	e.pending = next
	name := ""
	if l, ok := e.common.Catalog.Level(next.Seniority); ok {
		name = l.Name + " "
	}
	if r, ok := e.common.Catalog.Role(next.Role); ok {
		name += strings.ToLower(r.Name)
	}
	e.question = "Refresh the responsibilities, must-have skills and qualifications with the catalog's defaults for " +
		strings.TrimSpace(name) + "? Those lists are replaced (a new must-have leaves the nice-to-haves), and a title or " +
		"summary still as the catalog wrote it follows. u undoes it."
	e.mode = modeConfirm
	return nil
}

// applyDefaults fills p's lists from the catalog for its role and level.
// The title and summary follow too when they were the catalog's own for
// the old role and level.
func (e *Editor) applyDefaults(p *model.Posting, oldRole, oldLevel string) {
	cat := e.common.Catalog
	role, hasRole := cat.Role(p.Role)
	var resps []string
	for _, r := range cat.ResponsibilitiesFor(p.Role, p.Seniority) {
		if r.Default {
			resps = append(resps, r.Text)
		}
	}
	var must []string
	for _, id := range role.DefaultSkills {
		if s, ok := cat.Skill(id); ok {
			must = append(must, s.Name)
		}
	}
	p.Responsibilities, p.Skills.Required, p.Qualifications = resps, must, cat.QualificationTexts(p.Seniority)
	p.Skills.Preferred = slices.DeleteFunc(p.Skills.Preferred, func(s string) bool { return slices.Contains(must, s) })

	oldR, _ := cat.Role(oldRole)
	oldL, _ := cat.Level(oldLevel)
	newL, _ := cat.Level(p.Seniority)
	if hasRole {
		for i, t := range oldR.Titles {
			if p.Title != oldL.Title(t) && !(p.Title == "" && i == 0) {
				continue
			}
			title := role.Titles[0]
			if oldR.ID == role.ID {
				title = t
			}
			p.Title = newL.Title(title)
			break
		}
		p.Summary = cat.SummaryAfterRoleChange(p.Summary, oldRole, p.Role)
	}
}

func (e *Editor) updateConfirm(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, e.keys.Yes):
		e.mode = modeSections
		return tea.Batch(e.commit(e.pending, ""), success("Lists refreshed from the catalog · u undoes"))
	case key.Matches(km, e.keys.No):
		e.mode = modeSections
		return info("Kept your lists as they are.")
	}
	return nil
}

func (e *Editor) confirmView(w, h int) string {
	s := e.common.Styles
	lines := []string{s.Title.Render(ansi.Truncate("Role & level changed", w, "…")), ""}
	lines = append(lines, strings.Split(ansi.Wrap(e.question, max(w, 10), ""), "\n")...)
	lines = append(lines, "", s.Cursor.Render("y")+" refresh   "+s.Cursor.Render("n")+" keep mine")
	return strings.Join(lines, "\n")
}
