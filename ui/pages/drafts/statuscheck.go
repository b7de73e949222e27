package drafts

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/model/check"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
	"jobpost/ui/components/findings"
)

// Marking a draft ready or posted when its checks find an error (a
// pay-transparency law not met, a field a board refuses) asks first. The
// draft is read and checked in a tea.Cmd; the answer comes back addressed
// to the page.

// statusCheckedMsg carries the findings of the draft whose status is
// about to change.
type statusCheckedMsg struct {
	common.To
	id       string
	status   model.Status
	title    string
	findings []check.Finding
	err      error
}

// checkBeforeStatus checks the target draft before it becomes st.
func (p *Page) checkBeforeStatus(st model.Status) tea.Cmd {
	store, rules, on := p.common.Store, p.common.Rules, p.common.Today()
	to, id := common.To{Page: p.id}, p.target.ID
	return func() tea.Msg {
		d, err := store.Get(id)
		if err != nil {
			return statusCheckedMsg{To: to, id: id, status: st, err: err}
		}
		return statusCheckedMsg{To: to, id: id, status: st, title: d.Title, findings: check.Check(d, findings.Profile(store), rules, check.Options{On: on})}
	}
}

// statusChecked asks, when the draft has errors, whether to change its
// status anyway; otherwise it goes on.
func (p *Page) statusChecked(msg statusCheckedMsg) tea.Cmd {
	if msg.err != nil {
		return p.status.Failure("Could not read the draft: " + common.ErrorText(msg.err))
	}
	if msg.id != p.target.ID {
		return nil // another draft was chosen since
	}
	errs, _, _ := check.Counts(msg.findings)
	if errs == 0 {
		return p.applyStatus(msg.status)
	}
	first := ""
	for _, f := range msg.findings {
		if f.Severity == check.Error {
			first = f.Message
			break
		}
	}
	n := "an error"
	if errs > 1 {
		n = strconv.Itoa(errs) + " errors"
	}
	purpose := readyDespite
	if msg.status == model.StatusPosted {
		purpose = postedDespite
	}
	p.ask.Ask(purpose, confirm.Question{
		Text: "“" + common.DisplayTitle(msg.title) + "” has " + n + " (" + first + " `jobpost check` lists them.) Mark it " + string(msg.status) + " anyway?",
		Yes:  "mark it " + string(msg.status), No: "not now", Danger: true,
	})
	return nil
}

// answerStatus takes the answer to statusChecked's question.
func (p *Page) answerStatus(msg tea.Msg) tea.Cmd {
	var answer confirm.Answer
	p.ask, answer = p.ask.Update(msg)
	switch answer {
	case confirm.Yes:
		if p.ask.Purpose() == postedDespite {
			return p.applyStatus(model.StatusPosted)
		}
		return p.applyStatus(model.StatusReady)
	case confirm.No:
		return p.status.Info("Left as " + string(p.target.Status) + ".")
	}
	return nil
}

// applyStatus sets the target's status; posted first asks where.
func (p *Page) applyStatus(st model.Status) tea.Cmd {
	if st != model.StatusPosted {
		return p.setStatus(p.target.ID, st)
	}
	cmd := p.prompt.Open(askBoard, "Posted on: ", "", "Where did it go live? Today's date is kept with it.",
		"Say where it was posted, e.g. LinkedIn; esc cancels.")
	p.prompt.SetPlaceholder("LinkedIn, Indeed, our careers page…")
	return cmd
}
