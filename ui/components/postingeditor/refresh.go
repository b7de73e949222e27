package postingeditor

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/components/confirm"
)

// offerRefresh runs after the role or level changed: the catalog's
// defaults for the new pair are merged in (data.Catalog.MergeDefaults,
// the one rule: the new defaults come in, the lines the user wrote and
// the items they removed stay as they were), never forced on lists the
// user has filled. Then a title that still names the old level is
// offered the new one (offerTitle).
func (e *Shell) offerRefresh() tea.Cmd {
	next := e.posting.Clone()
	e.c.Catalog.MergeDefaults(&next, e.roleBefore, e.levelBefore)
	p := e.posting
	if slices.Equal(next.Responsibilities, p.Responsibilities) && slices.Equal(next.Skills.Required, p.Skills.Required) &&
		slices.Equal(next.Qualifications, p.Qualifications) {
		if next.Title != p.Title || next.Summary != p.Summary || next.EmploymentType != p.EmploymentType {
			return tea.Batch(e.commit(next, ""), e.offerTitle())
		}
		return e.offerTitle()
	}
	if len(p.Responsibilities) == 0 && len(p.Skills.Required) == 0 && len(p.Skills.Preferred) == 0 && len(p.Qualifications) == 0 {
		return tea.Batch(e.commit(next, ""), e.status.Info("Filled the lists with the catalog's defaults."), e.offerTitle())
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
		Text: "Bring in the catalog's defaults for " + strings.TrimSpace(name) + "? Its lines for the old level go, its new " +
			"ones come in; lines you wrote and items you removed stay as they are, and a title or summary still as the " +
			"catalog wrote it follows. u undoes it.",
		Yes: "refresh", No: "keep mine",
	})
	e.mode = asking
	return nil
}

// offerTitle asks, when the title still names the level the posting had
// ("Senior …" on a lead posting) in words the catalog did not write,
// whether to take the new level's.
func (e *Shell) offerTitle() tea.Cmd {
	title, ok := e.c.Catalog.RetitleForLevel(e.posting.Title, e.levelBefore, e.posting.Seniority)
	if !ok {
		return nil
	}
	was, _ := e.c.Catalog.Level(e.levelBefore)
	e.retitled = title
	e.ask.Ask(retitle, confirm.Question{
		Text: "The title “" + model.CleanLine(e.posting.Title) + "” still says " + was.Name + ". Make it “" + title + "”?",
		Yes:  "retitle", No: "keep it",
	})
	e.mode = asking
	return nil
}

// answer takes y or n to the question open.
func (e *Shell) answer(km tea.KeyPressMsg) tea.Cmd {
	var a confirm.Answer
	e.ask, a = e.ask.Update(km)
	if a == confirm.Pending {
		return nil
	}
	e.mode = browsing
	switch e.ask.Purpose() {
	case refreshDefaults:
		if a == confirm.Yes {
			return tea.Batch(e.commit(e.refreshed, ""), e.status.Success("Lists refreshed from the catalog · u undoes"), e.offerTitle())
		}
		return tea.Batch(e.status.Info("Kept your lists as they are."), e.offerTitle())
	case retitle:
		if a == confirm.Yes {
			next := e.posting.Clone()
			next.Title = e.retitled
			return tea.Batch(e.commit(next, ""), e.status.Success("Retitled · u undoes"))
		}
		return e.status.Info("Kept the title.")
	}
	return nil
}
