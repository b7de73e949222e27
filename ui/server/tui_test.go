package server

import (
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"jobpost/model"
	"jobpost/ui/common"
)

// openDraftTitle opens the draft titled title from the drafts list and
// starts editing its title, the cursor at its end.
func openDraftTitle(tm *terminal, title string) {
	tm.t.Helper()
	tm.waitFor("enter open") // the drafts list
	// Every session lists everyone's drafts: filter to this one first.
	tm.send("/")
	tm.send(title)
	tm.send("\r")
	tm.send("\r")
	tm.waitFor("Editing: " + title)
	tm.send("\r")
	tm.send("\x1b[F") // End
}

func TestEditorOverSSHSavesEdits(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	id := ts.draft("ana", "Backend Engineer")
	tm := ts.openTerminal("ana", 120, 36)
	openDraftTitle(tm, "Backend Engineer")
	tm.send(" II")
	tm.waitFor("Backend Engineer II")
	ts.waitStored(id, "the typed title", func(p model.Posting) bool { return p.Title == "Backend Engineer II" && p.UpdatedBy == "ana" })
	tm.send("\x1b") // leave the field, then the editor
	tm.waitUntil("the field left", func(screen string) bool { return !strings.Contains(screen, "enter done") })
	tm.send("\x1b")
	tm.waitFor("1 posting")
	tm.send("q")
	if status := tm.waitEnded(); status != 0 {
		t.Fatalf("exit status %d after q", status)
	}
	if log := ts.log.String(); !strings.Contains(log, "user=ana") || !strings.Contains(log, "what=tui") {
		t.Fatalf("no session line in the log:\n%s", log)
	}
}

// Two sessions on one draft: the second opens it read-only, cannot change
// it, sees the first one's saves, and gets it when the first one leaves;
// both people's edits are stored, neither over the other.
func TestSecondSessionOnADraftIsReadOnlyUntilTheFirstLeaves(t *testing.T) {
	ts := startServer(t, []string{"ana", "bob"}, nil)
	id := ts.draft("ana", "Data Engineer")
	ana := ts.openTerminal("ana", 120, 36)
	openDraftTitle(ana, "Data Engineer") // in the title field, at its end
	bob := ts.openTerminal("bob", 120, 36)
	bob.waitFor("✎ ana editing")
	bob.send("/")
	bob.send("Data Engineer")
	bob.send("\r")
	bob.send("\r")
	bob.waitFor("Read-only: ana is editing this draft")

	// Bob's keys change nothing: enter opens no field, typing goes nowhere.
	bob.send("\r")
	bob.send("zzz")
	ana.send(" Lead")
	ana.waitFor("Data Engineer Lead")
	ts.waitStored(id, "Ana's title", func(p model.Posting) bool { return p.Title == "Data Engineer Lead" })
	bob.waitFor("Read-only: Data Engineer Lead") // her save reaches his screen

	// Ana leaves the draft: Bob may edit, starting from her save.
	ana.send("\x1b")
	ana.waitUntil("the field left", func(screen string) bool { return !strings.Contains(screen, "enter done") })
	ana.send("\x1b")
	ana.waitFor("enter open")
	bob.waitFor("ana has left; you can edit now")
	bob.send("\r")
	bob.send("\x1b[F") // End
	bob.send(", Payments")
	bob.waitFor("Data Engineer Lead, Payments")
	ts.waitStored(id, "both edits, Bob's last", func(p model.Posting) bool {
		return p.Title == "Data Engineer Lead, Payments" && p.UpdatedBy == "bob" && p.CreatedBy == "ana"
	})
	revs, err := ts.library.Revisions(id)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range revs {
		if strings.Contains(r.Posting.Title, "zzz") {
			t.Fatalf("a read-only session's typing was stored: %q by %s", r.Posting.Title, r.SavedBy)
		}
	}
}

// Each person may choose their colours: `ssh -t host --theme light`, or
// $JOBPOST_THEME sent by their ssh; the server's choice otherwise.
func TestSessionThemeChoice(t *testing.T) {
	s := &Server{cfg: Config{Theme: ThemeDark}}
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	for _, c := range []struct {
		asked ThemeChoice
		vars  map[string]string
		want  common.Theme
		auto  bool
	}{
		{"", nil, common.Dark, false},
		{"light", nil, common.Light, false},
		{"", map[string]string{"JOBPOST_THEME": "light"}, common.Light, false},
		{"dark", map[string]string{"JOBPOST_THEME": "light"}, common.Dark, false},
		{"", map[string]string{"JOBPOST_THEME": "pink"}, common.Dark, false},
		{"auto", map[string]string{"COLORFGBG": "0;15"}, common.Light, true},
		{"auto", nil, common.Dark, true},
	} {
		theme, auto := s.startTheme(c.asked, env(c.vars))
		if theme != c.want || auto != c.auto {
			t.Errorf("asked %q with %v: %v (auto %v), want %v (auto %v)", c.asked, c.vars, theme, auto, c.want, c.auto)
		}
	}
	if theme, themeOnly := askedTheme([]string{"--theme=light"}); theme != ThemeLight || !themeOnly {
		t.Errorf("--theme=light: %q %v", theme, themeOnly)
	}
	if _, themeOnly := askedTheme([]string{"list", "--theme", "light"}); themeOnly {
		t.Error("a command with --theme is a command")
	}
}

func TestEditorInTheThemeAskedFor(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	c := ts.client("ana")
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out lockedBuffer
	sess.Stdout = &out
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Start("--theme light"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(waitLimit)
	for !strings.Contains(out.String(), "No postings yet") {
		if time.Now().After(deadline) {
			t.Fatalf("no editor for --theme light:\n%q", out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	sess.Close()
	ts.waitLog(`what="tui --theme light"`, 1)
	_, stderr, status := ts.run("ana", "--theme pink", "")
	if status != 2 || !strings.Contains(stderr, `unknown theme "pink": use dark, light or auto`) {
		t.Fatalf("a wrong theme: %d %q", status, stderr)
	}
}
