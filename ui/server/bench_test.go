package server

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// BenchmarkKeystrokeRoundTripSSH is one key typed in the editor over
// loopback SSH, until its echo is on the (emulated) screen: x, then
// backspace, in turn.
func BenchmarkKeystrokeRoundTripSSH(b *testing.B) {
	ts := startServer(b, []string{"ana"}, func(c *Config) { c.Timing = nil }) // the real timers
	ts.draft("ana", "Bench Engineer")
	tm := ts.openTerminal("ana", 120, 36)
	openDraftTitle(tm, "Bench Engineer")
	b.ResetTimer()
	for i := range b.N {
		typedX := i%2 == 0
		if typedX {
			tm.send("x")
		} else {
			tm.send("\x7f")
		}
		tm.waitUntil("the echo", func(screen string) bool {
			return strings.Contains(screen, "Editing: Bench Engineerx") == typedX
		})
	}
}

// BenchmarkIdleSessionMemory opens 20 editor sessions, each on the
// drafts list, and reports the heap they add, per session. The clients
// discard what they are sent, so that the figure is the server's.
func BenchmarkIdleSessionMemory(b *testing.B) {
	const sessions = 20
	var names []string
	for i := range sessions {
		names = append(names, fmt.Sprintf("user%d", i))
	}
	ts := startServer(b, names, func(c *Config) { c.Timing = nil })
	for i := range 20 {
		ts.draft(names[i%sessions], fmt.Sprintf("Draft %d", i))
	}
	clients := make([]*gossh.Client, sessions)
	for i, name := range names {
		clients[i] = ts.client(name)
	}
	idle := runtime.NumGoroutine()
	b.ResetTimer()
	for range b.N {
		// The sessions of the last round are gone once their timers
		// (the drafts list's watch, a second) have fired.
		waitGoroutines(b, idle)
		before := heapAfterGC()
		var open []*gossh.Session
		for _, c := range clients {
			open = append(open, openQuietTerminal(b, c))
		}
		after := heapAfterGC()
		ts.srv.mu.Lock()
		running := ts.srv.running
		ts.srv.mu.Unlock()
		if running != sessions {
			b.Fatalf("%d sessions running, want %d", running, sessions)
		}
		b.ReportMetric(float64(after-before)/sessions, "B/session")
		for _, s := range open {
			s.Close()
		}
		waitSessionsDone(b, ts.srv)
	}
}

// waitGoroutines waits, a few seconds at most, until no more than n
// goroutines run.
func waitGoroutines(tb testing.TB, n int) {
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			tb.Logf("%d goroutines left, %d before: the figure may be low", runtime.NumGoroutine(), n)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// openQuietTerminal opens the editor in an 80×24 terminal whose output is
// read only until the drafts list is drawn, then thrown away.
func openQuietTerminal(tb testing.TB, c *gossh.Client) *gossh.Session {
	tb.Helper()
	sess, err := c.NewSession()
	if err != nil {
		tb.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		tb.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	drawn := make(chan struct{})
	var seen bytes.Buffer
	go func() {
		buf := make([]byte, 32*1024)
		for {
			n, err := stdout.Read(buf)
			if seen.Len() < 1<<20 {
				seen.Write(buf[:n])
				if strings.Contains(ansi.Strip(seen.String()), "q quit") {
					close(drawn)
					seen = bytes.Buffer{}
					seen.Grow(1 << 20) // stop looking
					_, _ = io.Copy(io.Discard, stdout)
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	if err := sess.Shell(); err != nil {
		tb.Fatal(err)
	}
	select {
	case <-drawn:
	case <-time.After(waitLimit):
		tb.Fatalf("the drafts list was not drawn: %q", ansi.Strip(seen.String()))
	}
	return sess
}

func waitSessionsDone(tb testing.TB, s *Server) {
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		n := s.running
		s.mu.Unlock()
		if n == 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	tb.Fatal("sessions still running")
}
