package postingeditor

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/confirm"
)

// offerRefresh runs after the role or level changed: the catalog's
// defaults for the new pair (data.Catalog.ApplyDefaults, the one rule)
// are offered, never forced on lists the user has filled.
func (e *Shell) offerRefresh() tea.Cmd {
	next := e.posting.Clone()
	e.c.Catalog.ApplyDefaults(&next, e.roleBefore, e.levelBefore)
	p := e.posting
	if slices.Equal(next.Responsibilities, p.Responsibilities) && slices.Equal(next.Skills.Required, p.Skills.Required) &&
		slices.Equal(next.Qualifications, p.Qualifications) {
		if next.Title != p.Title || next.Summary != p.Summary {
			return e.commit(next, "")
		}
		return nil
	}
	if len(p.Responsibilities) == 0 && len(p.Skills.Required) == 0 && len(p.Skills.Preferred) == 0 && len(p.Qualifications) == 0 {
		return tea.Batch(e.commit(next, ""), e.status.Info("Filled the lists with the catalog's defaults."))
	}
	e.refreshed = next
	name := ""
	if l, ok := e.c.Catalog.Level(next.Seniority); ok {
		name = l.Name + " "
	}
	if r, ok := e.c.Catalog.Role(next.Role); ok {
		name += strings.ToLower(r.Name)
	}
	e.ask.Ask(refreshDefaults, confirm.Question{
		Text: "Refresh the responsibilities, must-have skills and qualifications with the catalog's defaults for " +
			strings.TrimSpace(name) + "? Those lists are replaced (a new must-have leaves the nice-to-haves), and a title or " +
			"summary still as the catalog wrote it follows. u undoes it.",
		Yes: "refresh", No: "keep mine",
	})
	e.mode = asking
	return nil
}

// answer takes y or n.
func (e *Shell) answer(km tea.KeyPressMsg) tea.Cmd {
	var a confirm.Answer
	e.ask, a = e.ask.Update(km)
	switch a {
	case confirm.Yes:
		e.mode = browsing
		return tea.Batch(e.commit(e.refreshed, ""), e.status.Success("Lists refreshed from the catalog · u undoes"))
	case confirm.No:
		e.mode = browsing
		return e.status.Info("Kept your lists as they are.")
	}
	return nil
}
