package server

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// idleMargin is how much before the connection's own idle timeout the
// editor leaves: the connection closes without a word, in the middle of
// the editor's screen, while the editor leaving first gives the user's
// terminal back tidy and says why.
func idleMargin(limit time.Duration) time.Duration {
	return min(limit/4, 5*time.Second)
}

// inWords is a timeout as people say it: "30 minutes", "1 hour".
func inWords(d time.Duration) string {
	units := []struct {
		size time.Duration
		name string
	}{{time.Hour, "hour"}, {time.Minute, "minute"}, {time.Second, "second"}}
	for _, u := range units {
		if d >= u.size && d%u.size == 0 {
			if n := int(d / u.size); n != 1 {
				return fmt.Sprintf("%d %ss", n, u.name)
			}
			return "1 " + u.name
		}
	}
	return d.String()
}

// idleWatch is a session's input that notes each time the user sends
// something; Idle is ready once nothing came for the limit.
type idleWatch struct {
	in    io.Reader
	limit time.Duration
	timer *time.Timer
	idle  chan struct{}
	once  sync.Once
}

func newIdleWatch(in io.Reader, limit time.Duration) *idleWatch {
	w := &idleWatch{in: in, limit: limit, idle: make(chan struct{})}
	w.timer = time.AfterFunc(limit, func() { w.once.Do(func() { close(w.idle) }) })
	return w
}

func (w *idleWatch) Read(p []byte) (int, error) {
	n, err := w.in.Read(p)
	if n > 0 {
		w.timer.Reset(w.limit)
	}
	return n, err
}

// Idle is closed when the user has sent nothing for the limit.
func (w *idleWatch) Idle() <-chan struct{} { return w.idle }

// Stop ends the watch.
func (w *idleWatch) Stop() { w.timer.Stop() }
