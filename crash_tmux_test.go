package main

import (
	"encoding/json"
	"jobpost/internal/testbinary"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashKills is how many times the crash test kills jobpost.
const crashKills = 100

// TestCrashKill9WhileEditing kills the real binary with SIGKILL at random
// moments while a title is being typed in the editor, crashKills times.
// After every kill the database must open, and every edit the status bar
// had reported saved must be there. Slow (about a minute): skipped under
// -short.
func TestCrashKill9WhileEditing(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: kills jobpost 100 times")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux not installed: run `make deps`")
	}
	t.Parallel()
	bin := testbinary.Build(t)
	seed := time.Now().UnixNano()
	t.Logf("random seed %d", seed)
	// Four databases side by side, a quarter of the kills each: the same
	// proof in a quarter of the time.
	const workers = 4
	for w := range workers {
		t.Run("db"+strconv.Itoa(w), func(t *testing.T) {
			t.Parallel()
			crashLoop(t, bin, rand.New(rand.NewPCG(uint64(seed), uint64(w))), crashKills/workers)
		})
	}
}

// crashLoop starts jobpost on one database kills times, types a token into
// the title and kills it at a random moment, then checks the database.
func crashLoop(t *testing.T, bin string, rng *rand.Rand, kills int) {
	s := newTmux(t)
	// A session that outlives every jobpost's, so that the server stays
	// up while each killed one is closed.
	s.must("new-session", "-d", "-s", "keep", "sleep 600")
	db := filepath.Join(t.TempDir(), "jobs.db")
	importOne(t, s.home, bin, db, "Crash Test")

	var confirmed []string // tokens the screen said were saved
	for i := range kills {
		p := s.start("k"+strconv.Itoa(i), bin, "--db", db)
		p.waitText("Crash Test")
		p.send("Enter")
		p.waitText("Editing: Crash Test", "Sections")
		p.send("Enter", "End") // the title field, at the end of the text
		token := " k" + strconv.Itoa(i)
		p.typeText(token)
		// Wait a random time, up to a little over the autosave's pause,
		// watching the status bar.
		deadline := time.Now().Add(time.Duration(rng.IntN(700)) * time.Millisecond)
		sawSaved := false
		for {
			screen := p.capture()
			lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
			status := lines[len(lines)-1]
			if strings.Contains(screen, strings.TrimSpace(token)) && strings.Contains(status, "Saved") {
				sawSaved = true
			}
			if time.Now().After(deadline) {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		killJobpost(t, s, p)
		if sawSaved {
			confirmed = append(confirmed, token)
		}

		out, errOut, status := runBin(t, s.home, bin, "--db", db, "list", "--json")
		if status != 0 {
			t.Fatalf("kill %d: the database no longer opens: %d %s", i, status, errOut)
		}
		var list []struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		}
		if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 {
			t.Fatalf("kill %d: list --json = %q (%v)", i, out, err)
		}
		for _, tok := range confirmed {
			if !strings.Contains(list[0].Title+" ", tok+" ") {
				t.Fatalf("kill %d: %q was shown as saved but the title is %q", i, tok, list[0].Title)
			}
		}
	}
	t.Logf("%d kills; %d edits were reported saved before the kill, all kept", kills, len(confirmed))
}

// killJobpost sends SIGKILL to the jobpost running in the pane and waits
// for the pane to die.
func killJobpost(t *testing.T, s *tmuxServer, p *pane) {
	t.Helper()
	pid := strings.TrimSpace(s.must("display-message", "-p", "-t", p.target, "#{pane_pid}"))
	children, err := os.ReadFile("/proc/" + pid + "/task/" + pid + "/children")
	if err != nil || len(strings.Fields(string(children))) != 1 {
		t.Fatalf("jobpost's pid under the pane's shell %s: %q %v", pid, children, err)
	}
	child, _ := strconv.Atoi(strings.Fields(string(children))[0])
	if err := syscall.Kill(child, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.waitFor("the pane to die", func(string) bool { return p.dead() })
	s.must("kill-session", "-t", p.target)
}
