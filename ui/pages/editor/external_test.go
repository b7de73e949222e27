package editor_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/editor"
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
	c := uitest.NewCommon(t, common.Dark)
	c.Getenv = func(k string) string {
		if k == "EDITOR" {
			return script
		}
		return ""
	}
	p := uitest.FullPosting(t, c)
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	page := editor.New(c, p.ID)
	tm := teatest.NewTestModel(t, uitest.NewHost(page), teatest.WithInitialTermSize(130, 35))
	waitFor := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	waitFor("Sections")
	tm.Type("jj") // Summary
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("ctrl+e opens fake-editor")
	tm.Send(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	waitFor("Second paragraph here.")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	waitFor("Summary             Rewritten by the editor.")
	tm.Quit()
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	want := "Rewritten by the editor.\n\nSecond paragraph here."
	if got := page.Posting().Summary; got != want {
		t.Fatalf("summary %q, want %q", got, want)
	}
	if cmd := page.SaveNow(); cmd != nil {
		cmd()
	}
	saved, err := c.Store.Get(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Summary != want {
		t.Fatalf("saved summary %q", saved.Summary)
	}
}
