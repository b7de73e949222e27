package server

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"
)

// The editor's idle timeout counts the user's keys, not the traffic: a
// drafts list that others keep changing redraws, and that output would
// keep the connection from ever being idle. The connection's own idle
// timeout (for commands, and connections with no session) comes later,
// by connectionIdleGrace, so that an idle editor is closed by its own
// timeout, which says why, rather than cut off.
const connectionIdleGrace = 30 * time.Second

// keyClock is the session's input, noting when the user last sent
// anything (a key, a paste, the terminal's answer to a question).
type keyClock struct {
	r    io.Reader
	now  func() time.Time
	last atomic.Int64 // Unix nanoseconds
}

func newKeyClock(r io.Reader, now func() time.Time) *keyClock {
	k := &keyClock{r: r, now: now}
	k.last.Store(now().UnixNano())
	return k
}

func (k *keyClock) Read(p []byte) (int, error) {
	n, err := k.r.Read(p)
	if n > 0 {
		k.last.Store(k.now().UnixNano())
	}
	return n, err
}

// idleFor is how long ago the last input came.
func (k *keyClock) idleFor() time.Duration {
	return k.now().Sub(time.Unix(0, k.last.Load()))
}

// idleCheckEvery is how often an editor looks at its key clock: a tenth
// of the timeout, so it closes at most 10% late.
func idleCheckEvery(timeout time.Duration) time.Duration {
	return max(timeout/10, 10*time.Millisecond)
}

// spokenDuration says a timeout as people do: "30 minutes", "2 hours",
// and Go's own "1m30s" for anything less round.
func spokenDuration(d time.Duration) string {
	plural := func(n int64, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return fmt.Sprintf("%d %ss", n, unit)
	}
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return plural(int64(d/time.Hour), "hour")
	case d >= time.Minute && d%time.Minute == 0:
		return plural(int64(d/time.Minute), "minute")
	}
	return d.String()
}
