package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jobpost/internal/testbinary"
)

// TestChecksTmux: in the real program, "rockstar" typed into the summary
// shows up in the editor's Checks section; enter on the finding opens the
// summary; the fix takes the finding away.
func TestChecksTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if testing.Short() {
			t.Skip("tmux not installed (needed for the end-to-end test)")
		}
		t.Fatal("tmux not installed: run `make deps`, or use -short to skip")
	}
	bin := testbinary.Build(t)
	s := newTmux(t)
	db := filepath.Join(t.TempDir(), "jobs.db")
	importOne(t, s.home, bin, db, "Checks Test Engineer")
	p := s.start("checks", bin, "--db", db)
	p.waitText("Checks Test Engineer")
	p.send("Enter")
	p.waitText("Editing: Checks Test Engineer", "Checks")
	before := checksRow(p.waitFor("the Checks section's counts", func(sc string) bool {
		return strings.Contains(sc, "problem") && !strings.Contains(sc, "checking…")
	}))

	// Write "rockstar" into the summary.
	p.send("Down", "Down")
	p.waitFor("the cursor on Summary", func(sc string) bool { return strings.Contains(cursorLine(sc), "Summary") })
	p.send("Enter", "End")
	p.typeText(" We want a rockstar.")
	p.waitText("We want a rockstar.")
	p.send("Escape")
	p.waitFor("the Checks counts to change", func(sc string) bool {
		row := checksRow(sc)
		return strings.Contains(sc, "Sections") && row != "" && row != before
	})

	// Open Checks and follow the finding to its section.
	p.send("G", "Enter")
	p.waitText("Checks ·", "Silly titles in the summary")
	for range 20 {
		at := cursorLine(p.capture())
		if strings.Contains(at, "Silly titles") {
			break
		}
		p.send("Down")
		p.waitFor("the cursor to move", func(sc string) bool { return cursorLine(sc) != at })
	}
	p.waitFor("the cursor on the rockstar finding", func(sc string) bool { return strings.Contains(cursorLine(sc), "Silly titles") })
	p.send("Enter")
	p.waitFor("the summary open for editing", func(sc string) bool {
		return strings.Contains(sc, "We want a rockstar.") && !strings.Contains(sc, "Checks ·")
	})

	// Fix it, and see the finding go.
	p.send("End")
	for range len("rockstar.") {
		p.send("BSpace")
	}
	p.typeText("engineer.")
	p.waitText("We want a engineer.")
	p.send("Escape")
	p.waitText("Sections")
	p.send("G", "Enter")
	p.waitFor("the finding to be gone", func(sc string) bool {
		return strings.Contains(sc, "Checks ·") && !strings.Contains(sc, "Silly titles")
	})
	p.send("Escape")
	p.waitText("Sections")
	p.send("q")
	if status, screen := p.waitExit(); status != 0 {
		t.Fatalf("jobpost exited %d after q:\n%s", status, frame(screen))
	}
}

// checksRow is the Checks row of the section list, "" when not shown.
func checksRow(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if f := strings.Fields(l); len(f) > 0 && (f[0] == "Checks" || len(f) > 1 && f[1] == "Checks") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}
