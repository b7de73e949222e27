package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestEditorExternalEditorRoundTrip opens the summary in $EDITOR through
// a real program: a script stands in for the editor and rewrites the file,
// escape sequences included, and the text comes back cleaned.
func TestEditorExternalEditorRoundTrip(t *testing.T) {
	script := filepath.Join(t.TempDir(), "fake-editor")
	body := "#!/bin/sh\nprintf 'Rewritten by the editor.\\n\\n\\n\\nSecond \\033[31mparagraph\\033[0m here.\\r\\n' > \"$1\"\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("EDITOR", script)
	t.Setenv("VISUAL", "") // it would win over EDITOR
	t.Setenv("VISUAL", "")

	c := newTestCommon(t, Dark)
	p := editorPosting(t, c)
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, New(c), teatest.WithInitialTermSize(130, 35))
	waitForText(t, tm, "Drafts")
	tm.Send(openDraftMsg{id: p.ID})
	waitForText(t, tm, "Sections")
	tm.Type("jj") // Summary
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitForText(t, tm, "ctrl+e opens fake-editor")
	tm.Send(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	waitForText(t, tm, "Second paragraph here.")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	e, ok := tm.FinalModel(t).(App).screen.(*Editor)
	if !ok {
		t.Fatalf("ended on %T", tm.FinalModel(t).(App).screen)
	}
	want := "Rewritten by the editor.\n\nSecond paragraph here."
	if got := e.posting.Summary; got != want {
		t.Fatalf("summary %q, want %q", got, want)
	}
	saved, err := c.Store.Get(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Summary != want {
		t.Fatalf("saved summary %q", saved.Summary)
	}
}
