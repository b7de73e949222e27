package publish

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/model/check"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
	"jobpost/ui/components/findings"
)

// The posting's check findings on the publish screen: a line under the
// tabs counts them for the format on show (JSON-LD is judged as Google
// for Jobs, which refuses a posting without its required fields), f lists
// them, and copying or exporting a posting that breaks a pay-transparency
// law asks first, once.

// The questions about publishing despite a legal problem.
const (
	copyDespite   question = iota + 100 // copy although the law is not met
	exportDespite                       // export although the law is not met
)

// formatBoards is the board a format is judged for; "" is every board.
var formatBoards = map[model.Format]string{model.FormatJSONLD: "Google for Jobs"}

// checkedMsg carries the findings for every format, index for index with
// formats.
type checkedMsg struct {
	common.To
	gen      int
	findings [][]check.Finding
}

// checkState is the page's part for the checks.
type checkState struct {
	gen      int // bumped on every load; older results are dropped
	findings [][]check.Finding
	list     findings.Model
	open     bool // the list is shown instead of the format
	// lawOK: the recruiter said yes to publishing despite a legal problem;
	// they are not asked again on this visit.
	lawOK bool
}

// recheck checks the posting as loaded, for every format's board, in a
// tea.Cmd (with the company profile as saved).
func (p *Page) recheck() tea.Cmd {
	p.checks.gen++
	post, store, rules, on := p.posting.Clone(), p.c.Store, p.c.Rules, p.c.Today()
	to, gen := common.To{Page: p.id}, p.checks.gen
	return func() tea.Msg {
		prof := findings.Profile(store)
		out := make([][]check.Finding, len(formats))
		for i, f := range formats {
			out[i] = check.Check(post, prof, rules, check.Options{Board: formatBoards[f], On: on})
		}
		return checkedMsg{To: to, gen: gen, findings: out}
	}
}

func (p *Page) checked(msg checkedMsg) {
	if msg.gen != p.checks.gen {
		return
	}
	p.checks.findings = msg.findings
	p.checks.list.Set(p.currentFindings())
	p.about = p.aboutLines()
	p.layout()
}

// currentFindings are the findings for the format on show.
func (p *Page) currentFindings() []check.Finding {
	if p.format >= len(p.checks.findings) {
		return nil
	}
	return p.checks.findings[p.format]
}

// lawBroken reports whether the posting breaks a pay-transparency law
// where it is published (the same for every format).
func (p *Page) lawBroken() bool {
	for _, f := range p.currentFindings() {
		if f.Severity == check.Error && strings.HasPrefix(f.Rule, "pay/") {
			return true
		}
	}
	return false
}

// checksLines is the line under the tabs: the counts, and f.
func (p *Page) checksLines() []string {
	if p.checks.findings == nil {
		return nil
	}
	st := p.c.Styles
	fs := p.currentFindings()
	text := "Checks: " + findings.Counts(fs)
	if len(fs) > 0 {
		text += " · f to see them"
	}
	style := st.Subtle
	if check.HasErrors(fs) {
		style = st.Error
	}
	return []string{style.Render(ansi.Truncate(text, p.width, "…"))}
}

// despite asks, before copying or exporting a posting that breaks a pay
// law, whether to go on; asked is false when there is nothing to ask.
func (p *Page) despite(purpose question) (cmd tea.Cmd, asked bool) {
	if p.checks.lawOK || !p.lawBroken() {
		return nil, false
	}
	verb := "Copy"
	if purpose == exportDespite {
		verb = "Export"
	}
	p.confirm.Ask(purpose, confirm.Question{
		Text: "The posting does not meet a pay-transparency law where it is published (f lists it). " + verb + " it anyway?",
		Yes:  strings.ToLower(verb) + " anyway", No: "not now", Danger: true,
	})
	p.layout()
	return p.quiet(), true
}

// answerDespite takes the answer to despite's question.
func (p *Page) answerDespite(msg tea.Msg) tea.Cmd {
	var answer confirm.Answer
	p.confirm, answer = p.confirm.Update(msg)
	p.layout()
	switch answer {
	case confirm.Yes:
		p.checks.lawOK = true
		if p.confirm.Purpose() == exportDespite {
			return p.askExportPath()
		}
		return p.copy()
	case confirm.No:
		return p.status.Info("Not published: f lists what the law asks.")
	}
	return nil
}

// checksKey is a key while the findings are listed.
func (p *Page) checksKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, p.keys.Back) || key.Matches(msg, p.keys.Checks) {
		p.checks.open = false
		return nil
	}
	var cmd tea.Cmd
	p.checks.list, cmd = p.checks.list.Update(msg)
	return cmd
}

// openChecks lists the findings for the format on show.
func (p *Page) openChecks() tea.Cmd {
	if p.checks.findings == nil {
		return p.status.Info("Still checking…")
	}
	p.checks.list.Set(p.currentFindings())
	p.checks.list.Top()
	p.checks.open = true
	return nil
}

// checksView is the findings where the format was.
func (p *Page) checksView() string {
	st := p.c.Styles
	head := st.Title.Render("Checks for "+formatNames[p.current()]) + st.Faint.Render(" · f or esc: back to the format")
	return ansi.Truncate(head, p.width, "…") + "\n" + p.checks.list.View()
}
