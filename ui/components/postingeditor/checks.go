package postingeditor

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model/check"
	"jobpost/ui/common"
	"jobpost/ui/components/findings"
)

// The Checks section: the posting's check findings (pay-transparency law,
// wording, quality), counted in the section list and listed when opened.
// They are worked out off the key path, as the preview is rendered: a
// change schedules a check after the preview's debounce, the check runs in
// a tea.Cmd, and its result, addressed to the page, is kept only if no
// newer change came since (the generation).

// Checks is the section of the findings; it edits nothing.
const Checks = EEO + 1

// checksKind is how the Checks section opens: a list of findings.
const checksKind = proseKind + 1

// checksOpen: the findings have the keys.
const checksOpen = asking + 1

// checksSection is the Checks row of the section list.
var checksSection = section{Checks, "Checks", checksKind}

// checkDueMsg says the edits paused: check the posting as it is now.
type checkDueMsg struct {
	common.To
	gen int
}

// checkedMsg carries a check's findings.
type checkedMsg struct {
	common.To
	gen      int
	findings []check.Finding
}

// checkState is the shell's part for the checks.
type checkState struct {
	gen     int  // bumped on every change; older results are dropped
	done    bool // the findings are of some version of the posting
	results findings.Model
}

// recheck asks for the posting to be checked again: after the debounce,
// or at once (on opening, when the keys have paused already).
func (e *Shell) recheck(debounce bool) tea.Cmd {
	if e.profile {
		return nil
	}
	e.checks.gen++
	to, gen := common.To{Page: e.owner}, e.checks.gen
	if !debounce {
		return e.runCheck(gen)
	}
	return tea.Tick(e.c.Timing.PreviewDebounce, func(time.Time) tea.Msg { return checkDueMsg{To: to, gen: gen} })
}

// runCheck checks a copy of the posting in a command, with the company
// profile as saved (its headcount and home location decide some laws).
func (e *Shell) runCheck(gen int) tea.Cmd {
	p, store, rules, on := e.posting.Clone(), e.c.Store, e.c.Rules, e.c.Today()
	to := common.To{Page: e.owner}
	return func() tea.Msg {
		return checkedMsg{To: to, gen: gen, findings: check.Check(p, findings.Profile(store), rules, check.Options{On: on})}
	}
}

// checkMsg takes the check's messages; handled is false for others.
func (e *Shell) checkMsg(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case checkDueMsg:
		if msg.gen == e.checks.gen {
			return e.runCheck(msg.gen), true
		}
		return nil, true
	case checkedMsg:
		if msg.gen == e.checks.gen {
			e.checks.done = true
			e.checks.results.Set(msg.findings)
		}
		return nil, true
	}
	return nil, false
}

// Findings are the posting's findings as last worked out.
func (e Shell) Findings() []check.Finding { return e.checks.results.Findings() }

// checksSummary is the Checks row's summary: the counts.
func (e Shell) checksSummary() string {
	if !e.checks.done {
		return "checking…"
	}
	return findings.Counts(e.checks.results.Findings())
}

// openChecks lists the findings, the most serious first.
func (e *Shell) openChecks() tea.Cmd {
	e.checks.results.Top()
	e.mode = checksOpen
	return nil
}

// checksKey is a key while the findings are listed: enter goes to the
// section a finding concerns and opens it.
func (e *Shell) checksKey(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, e.keys.Back):
		e.mode = browsing
		return nil
	case key.Matches(km, e.keys.Edit):
		f, ok := e.checks.results.Selected()
		if !ok {
			return nil
		}
		i, ok := e.sectionIndex(f.Section)
		if !ok {
			return e.status.Info("Set the headcount and home location in the company profile (c on the drafts list).")
		}
		e.mode = browsing
		e.moveCursor(i)
		return e.open()
	}
	var cmd tea.Cmd
	e.checks.results, cmd = e.checks.results.Update(km)
	return cmd
}

// findingSections are the editor's sections by the names findings use.
var findingSections = map[string]ID{
	check.SectionTitle: Title, check.SectionRole: Role, check.SectionSummary: Summary,
	check.SectionResponsibilities: Responsibilities, check.SectionMust: Must, check.SectionNice: Nice,
	check.SectionQualifications: Qualifications, check.SectionBenefits: Benefits, check.SectionCompany: Company,
	check.SectionAbout: About, check.SectionLocation: Location, check.SectionEmployment: Employment,
	check.SectionPay: Pay, check.SectionApply: Apply, check.SectionEEO: EEO,
}

// sectionIndex is the row of the section a finding names; ok is false
// for one the editor does not have (the company profile's).
func (e Shell) sectionIndex(name string) (int, bool) {
	id, ok := findingSections[name]
	if !ok {
		return 0, false
	}
	for i, s := range e.sections {
		if s.id == id {
			return i, true
		}
	}
	return 0, false
}

// checksView draws the findings.
func (e Shell) checksView(w int) string {
	s := e.c.Styles
	head := s.Title.Render("Checks") + s.Faint.Render(" · "+e.checksSummary())
	return common.ClipLines(head, w) + "\n\n" + e.checks.results.View()
}

// checksHelp is the help while the findings are listed.
func (e Shell) checksHelp() []key.Binding {
	return append(e.checks.results.ShortHelp(), common.WithHelp(e.keys.Edit, "enter", "go to its section"), e.keys.Back)
}
