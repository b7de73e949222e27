package ui

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

// TestFlowNewPostingThroughRealProgram runs the app in a real Bubble Tea
// program: new posting, every step, save, quit; then a second program on
// the same database lists the draft and opens it.
func TestFlowNewPostingThroughRealProgram(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	tm := teatest.NewTestModel(t, New(c), teatest.WithInitialTermSize(100, 30))
	waitForText(t, tm, "No postings yet")
	tm.Type("n")
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
	waitForText(t, tm, "Any may stay empty")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "Must-have skills")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	// Saved, it opens in the editor, the drafts underneath.
	waitForText(t, tm, "Editing: Senior Site Reliability Engineer")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	waitForText(t, tm, "1 posting")
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	summaries, err := c.Store.List()
	if err != nil || len(summaries) != 1 {
		t.Fatalf("want one draft, got %v (%v)", summaries, err)
	}
	saved, err := c.Store.Get(summaries[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Title != "Senior Site Reliability Engineer" || !slices.Contains(saved.Skills.Required, "Chaos engineering") {
		t.Fatalf("saved %q with %q", saved.Title, saved.Skills.Required)
	}

	// Start again: the draft is listed and opens with the same content.
	tm = teatest.NewTestModel(t, New(c), teatest.WithInitialTermSize(100, 30))
	waitForText(t, tm, "Senior Site Reliability Engineer")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "Editing: Senior Site Reliability Engineer")
	tm.Type("jjjj") // down to the must-have skills
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "Chaos engineering")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	final := tm.FinalModel(t).(*App)
	if got := final.top().Title(); got != "Editing: Senior Site Reliability Engineer" {
		t.Fatalf("ended on %q, want the editor", got)
	}
}
