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

// statusView draws the hosted page with its status line above it, as
// the root would, so that a test program can wait for a note.
type statusView struct{ *uitest.Host }

func (s statusView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		ws.Height-- // the status line's
		msg = ws
	}
	_, cmd := s.Host.Update(msg)
	return s, cmd
}

func (s statusView) View() tea.View {
	return tea.NewView("status: " + s.Status.Text + "\n" + s.Page.View())
}

// roundTrip runs ctrl+e on the summary with program as $EDITOR, waits for
// want on the screen and returns the summary.
func roundTrip(t *testing.T, program, want string) string {
	t.Helper()
	c := uitest.NewCommon(t, common.Dark)
	c.Getenv = func(k string) string {
		if k == "EDITOR" {
			return program
		}
		return ""
	}
	p := uitest.FullPosting(t, c)
	p.Summary = "Last sentence."
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	page := editor.New(c, p.ID)
	tm := teatest.NewTestModel(t, statusView{uitest.NewHost(page)}, teatest.WithInitialTermSize(130, 35))
	waitFor := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	waitFor("Sections")
	tm.Type("jj")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("ctrl+e opens")
	tm.Send(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	waitFor(want)
	tm.Quit()
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	return page.Posting().Summary
}

// Issue 11: the file ends with a line break, so a line an editor appends
// is a line of its own, and the text comes back as written (a CR alone
// is a break too).
func TestEditorExternalAppendedLineStaysALine(t *testing.T) {
	t.Parallel()
	script := filepath.Join(t.TempDir(), "append")
	body := "#!/bin/sh\nprintf 'Appended line.\\rAnd a Mac one.\\n' >> \"$1\"\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, want := roundTrip(t, script, "And a Mac one."), "Last sentence.\nAppended line.\nAnd a Mac one."; got != want {
		t.Fatalf("summary %q, want %q", got, want)
	}
}

// Issue 11: an editor that changes nothing says so.
func TestEditorExternalNoChange(t *testing.T) {
	t.Parallel()
	if got := roundTrip(t, "true", "No change from true"); got != "Last sentence." {
		t.Fatalf("summary %q", got)
	}
}
