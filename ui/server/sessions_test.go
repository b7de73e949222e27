package server

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"jobpost/model"
)

// typed is the text of the n-th edit: one letter.
func typed(n int) string { return string(rune('a' + n%26)) }

func TestTenSessionsEditAtOnceAndEveryEditIsStored(t *testing.T) {
	const sessions, edits = 10, 50
	var names []string
	for i := range sessions {
		names = append(names, fmt.Sprintf("user%d", i))
	}
	// The preview waits for a pause in the typing, which never comes:
	// the test measures the edits, not the Markdown renderer under -race.
	ts := startServer(t, names, func(c *Config) { c.Timing.PreviewDebounce = time.Minute })
	ids := map[string]string{}
	for _, name := range names {
		ids[name] = ts.draft(name, "Draft "+name)
	}
	terminals := map[string]*terminal{}
	for _, name := range names {
		terminals[name] = ts.openTerminal(name, 120, 30)
	}
	want := map[string]string{}
	for _, name := range names {
		want[name] = "Draft " + name
		for n := range edits {
			want[name] += typed(n)
		}
	}
	inParallel(t, terminals, func(tm *terminal, name string) {
		openDraftTitle(tm, "Draft "+name)
		title := "Draft " + name
		for n := range edits {
			tm.send(typed(n))
			title += typed(n)
			tm.waitFor("Editing: " + title)
		}
	})
	if t.Failed() {
		return
	}
	for _, name := range names {
		ts.waitStored(ids[name], name+"'s 50 edits", func(p model.Posting) bool {
			return p.Title == want[name] && p.UpdatedBy == name
		})
	}
}

// An idle editor is closed with its edit saved; it leaves the user's
// terminal tidy (out of the editor's screen) and says why.
func TestIdleSessionIsClosedAndItsEditSaved(t *testing.T) {
	ts := startServer(t, []string{"ana"}, func(c *Config) {
		c.IdleTimeout = 2 * time.Second
		c.Timing.AutosaveDelay = time.Hour // only the way out saves
	})
	id := ts.draft("ana", "Idle Engineer")
	tm := ts.openTerminal("ana", 100, 30)
	openDraftTitle(tm, "Idle Engineer")
	tm.send(" typed")
	tm.waitFor("Editing: Idle Engineer typed")
	if status := tm.waitEnded(); status != 0 {
		t.Errorf("exit status %d", status)
	}
	if screen := tm.Screen(); !strings.Contains(screen, "jobpost: closed after 2 seconds without a key; your work is saved.") || strings.Contains(screen, "Editing:") {
		t.Errorf("the idle session left this screen:\n%s", screen)
	}
	ts.waitStored(id, "the edit typed before the idle timeout", func(p model.Posting) bool { return p.Title == "Idle Engineer typed" })
	// The session lets go of the draft after saving it: wait for that too.
	deadline := time.Now().Add(waitLimit)
	for held := ts.library.Held(); len(held) != 0; held = ts.library.Held() {
		if time.Now().After(deadline) {
			t.Fatalf("the closed session still holds %v", held)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestSessionsOverTheCapAreRefused(t *testing.T) {
	ts := startServer(t, []string{"ana", "bea"}, func(c *Config) { c.MaxSessions = 2 })
	ts.openTerminal("ana", 80, 24).waitFor("No postings yet")
	ts.openTerminal("bea", 80, 24).waitFor("No postings yet")
	_, stderr, status := ts.run("bea", "list", "")
	if status != 1 || stderr != fmt.Sprintf(fullText, 2)+"\r\n" {
		t.Fatalf("a third session: status %d, told %q", status, stderr)
	}
}

func TestShutdownSavesWhatTheScreensShowed(t *testing.T) {
	names := []string{"ana", "bea", "cem"}
	ts := startServer(t, names, func(c *Config) { c.Timing.AutosaveDelay = time.Hour })
	ids, shown := map[string]string{}, map[string]string{}
	terminals := map[string]*terminal{}
	for _, name := range names {
		ids[name] = ts.draft(name, "Stop "+name)
		terminals[name] = ts.openTerminal(name, 100, 30)
	}
	var mu sync.Mutex
	inParallel(t, terminals, func(tm *terminal, name string) {
		openDraftTitle(tm, "Stop "+name)
		title := "Stop " + name
		for n := range 5 {
			tm.send(typed(n))
			title += typed(n)
			tm.waitFor("Editing: " + title)
		}
		mu.Lock()
		shown[name] = title
		mu.Unlock()
		tm.send("xyz") // on their way as the server stops
	})
	if t.Failed() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := ts.srv.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	for _, name := range names {
		tm := terminals[name]
		if status := tm.waitEnded(); status != 0 {
			t.Errorf("%s's session ended with status %d", name, status)
		}
		// Told on the screen the editor hands back, after its last frame.
		if screen := tm.Screen(); !strings.Contains(screen, stoppedText) || strings.Contains(screen, "Editing:") {
			t.Errorf("%s was left with the screen:\n%s", name, screen)
		}
		p, err := ts.library.Get(ids[name])
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(p.Title, shown[name]) {
			t.Errorf("%s's screen showed %q, stored %q", name, shown[name], p.Title)
		}
	}
	if _, err := ts.dial(ts.keys["ana"], nil); err == nil {
		t.Fatal("a stopped server took a login")
	}
}

// inParallel runs do on each user's terminal, in a parallel subtest of
// its own (so that a failure stops only that one), and waits for all.
func inParallel(t *testing.T, terminals map[string]*terminal, do func(tm *terminal, name string)) {
	t.Run("sessions", func(t *testing.T) {
		for name, tm := range terminals {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				tm.t = t
				do(tm, name)
			})
		}
	})
	for _, tm := range terminals {
		tm.t = t
	}
}

// The idle timeout counts the user's keys: a drafts list that others keep
// changing is redrawn all the while, and still closes, saying why.
func TestIdleMeansNoKeysEvenWhileTheScreenChanges(t *testing.T) {
	ts := startServer(t, []string{"ana", "bob"}, func(c *Config) {
		c.IdleTimeout = 1500 * time.Millisecond
		c.Timing.WatchEvery = 50 * time.Millisecond
	})
	tm := ts.openTerminal("ana", 100, 30)
	tm.waitFor("No postings yet")
	bob := ts.library.As("bob")
	stop := make(chan struct{})
	saved := make(chan struct{})
	go func() {
		defer close(saved)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			p := model.New(time.Now())
			p.Title = fmt.Sprintf("Posting %d", i)
			if err := bob.Save(p); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	tm.waitFor("Posting 2") // Bob's saves reach Ana's screen
	tm.waitEnded()
	close(stop)
	<-saved
	if screen := tm.Screen(); !strings.Contains(screen, "jobpost: closed after 1.5s without a key; your work is saved.") {
		t.Fatalf("the idle session ended with the screen:\n%s", screen)
	}
}
