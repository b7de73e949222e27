package postingeditor

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/form"
)

// Form sections: title, role and level, company, location, employment
// type, pay, how to apply.

func (e *Shell) openForm() tea.Cmd {
	e.form = sectionForm(e.c, e.posting, e.current().id, e.profile)
	lw, _ := e.paneWidths()
	e.form.SetWidth(lw)
	e.form.Candidate(e.posting) // show what is already wrong
	e.roleBefore, e.levelBefore = e.posting.Role, e.posting.Seniority
	e.mode = formOpen
	return e.form.Focus(0)
}

func (e *Shell) formKey(km tea.KeyPressMsg) tea.Cmd {
	var cmd tea.Cmd
	var ev form.Event
	e.form, cmd, ev = e.form.Update(km)
	switch ev {
	case form.Changed:
		return tea.Batch(cmd, e.formChanged())
	case form.Submitted:
		if !e.form.Valid() {
			return e.status.Failure("Fix the marked field first, or press esc to drop what is not valid.")
		}
		return e.closeForm()
	case form.Cancelled:
		if e.form.Valid() {
			return e.closeForm()
		}
		e.form.RevertInvalid()
		return tea.Batch(e.formChanged(), e.closeForm(), e.status.Info("Values that were not valid were put back as they were."))
	}
	return cmd
}

// formChanged applies the form when all of it is valid.
func (e *Shell) formChanged() tea.Cmd {
	next, ok := e.form.Candidate(e.posting)
	if !ok || sameContent(next, e.posting) {
		return nil
	}
	return e.commit(next, e.group("form"))
}

func (e *Shell) closeForm() tea.Cmd {
	e.mode = browsing
	e.form.Blur()
	if e.current().id == Role && (e.posting.Role != e.roleBefore || e.posting.Seniority != e.levelBefore) {
		return e.offerRefresh()
	}
	return nil
}
