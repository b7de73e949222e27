package editor_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/editor"
)

// TestEditorExternalEditorRoundTrip opens the summary in $EDITOR through
// a real program: a script stands in for the editor and rewrites the file,
// escape sequences included, and the text comes back cleaned.
func TestEditorExternalEditorRoundTrip(t *testing.T) {
	script := editorScript(t, "fake-editor", "printf 'Rewritten by the editor.\\n\\n\\n\\nSecond \\033[31mparagraph\\033[0m here.\\r\\n' > \"$1\"")
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	page, tm, waitFor := editInEditor(t, c, p, script, nil)
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
// the root would, and ends the program once until holds: the screen is
// drawn in differences, so a text that shares a start with the one
// before it may never show whole in the output.
type statusView struct {
	*uitest.Host
	until func(*uitest.Host) bool
}

func (s statusView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		ws.Height-- // the status line's
		msg = ws
	}
	_, cmd := s.Host.Update(msg)
	if s.until != nil && s.until(s.Host) {
		return s, tea.Batch(cmd, tea.Quit)
	}
	return s, cmd
}

func (s statusView) View() tea.View {
	return tea.NewView("status: " + s.Status.Text + "\n" + s.Page.View())
}

// editorScript writes a shell script named name that runs line, the
// editor a test uses.
func editorScript(t *testing.T, name, line string) string {
	t.Helper()
	script := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(script, []byte("#!/bin/sh\n"+line+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return script
}

// editInEditor saves p, runs the editor page on it in a test program (with
// its status line) with program as $EDITOR, and presses ctrl+e in the
// summary. waitFor waits for a text on the screen.
func editInEditor(t *testing.T, c *common.Common, p model.Posting, program string, until func(*uitest.Host) bool) (*editor.Page, *teatest.TestModel, func(string)) {
	t.Helper()
	c.Getenv = func(k string) string {
		if k == "EDITOR" {
			return program
		}
		return ""
	}
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	page := editor.New(c, p.ID)
	tm := teatest.NewTestModel(t, statusView{uitest.NewHost(page), until}, teatest.WithInitialTermSize(130, 35))
	waitFor := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	waitFor("Sections")
	tm.Type("jj") // Summary
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("ctrl+e opens " + filepath.Base(program))
	tm.Send(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	return page, tm, waitFor
}

// roundTrip is editInEditor on a one-sentence summary until the status
// says want: the summary then.
func roundTrip(t *testing.T, program, want string) string {
	t.Helper()
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	p.Summary = "Last sentence."
	page, tm, _ := editInEditor(t, c, p, program, func(h *uitest.Host) bool { return h.Status.Text == want })
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	return page.Posting().Summary
}

// Issue 11: the file ends with a line break, so a line an editor appends
// is a line of its own, and the text comes back as written (a CR alone
// is a break too).
func TestEditorExternalAppendedLineStaysALine(t *testing.T) {
	t.Parallel()
	script := editorScript(t, "append", "printf 'Appended line.\\rAnd a Mac one.\\n' >> \"$1\"")
	if got, want := roundTrip(t, script, "Text from append is in"), "Last sentence.\nAppended line.\nAnd a Mac one."; got != want {
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
