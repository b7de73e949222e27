package wizard

import (
	"bytes"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// waitForText waits until the program has drawn text.
func waitForText(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// endOnBack ends the program when the page goes back, as the root would
// close it.
type endOnBack struct{ *uitest.Host }

func (e endOnBack) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := e.Host.Update(msg)
	if _, ok := msg.(common.BackMsg); ok {
		return e, tea.Quit
	}
	return e, cmd
}

// TestWizardInARealProgram runs the wizard in a real Bubble Tea program,
// commands on their own goroutines: every step, a pasted skill, save.
func TestWizardInARealProgram(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	tm := teatest.NewTestModel(t, endOnBack{uitest.NewHost(New(c))}, teatest.WithInitialTermSize(100, 30))
	waitForText(t, tm, "Which role are you hiring for?")
	tm.Type("/")
	tm.Type("site rel")
	waitForText(t, tm, "Site Reliability Engineer")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // enter on a filter chooses the best match
	waitForText(t, tm, "How senior is")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyDown})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "must-have,")
	tm.Type("a")
	tm.Send(tea.PasteMsg{Content: "Chaos engineering"})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "Chaos engineering")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "What will they do?")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "Any may stay empty for now")
	tm.Type("Berlin")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "Must-have skills")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})

	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	host := tm.FinalModel(t).(endOnBack).Host
	back, ok := host.LastAsked().(common.BackMsg)
	if closed, isClosed := back.Result.(common.DraftClosedMsg); !ok || !isClosed || closed.Title != "Senior Site Reliability Engineer" {
		t.Fatalf("the wizard asked %#v", host.LastAsked())
	}
	saved, err := c.Store.Get(back.Result.(common.DraftClosedMsg).ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(saved.Skills.Required, "Chaos engineering") || saved.Location.City != "Berlin" {
		t.Fatalf("saved %q with %q in %q", saved.Title, saved.Skills.Required, saved.Location.City)
	}
}
