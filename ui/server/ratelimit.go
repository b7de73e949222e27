package server

import (
	"sync"
	"time"
)

// Failed logins from one address: after loginFailures within
// loginWindow, every connection from it is closed at once for the next
// loginWindow.
const (
	loginFailures = 10
	loginWindow   = time.Minute
)

// loginLimit counts failed logins per remote IP address.
type loginLimit struct {
	now func() time.Time

	mu    sync.Mutex
	byIP  map[string]*failures
	calls int // checks since the last sweep of old entries
}

type failures struct {
	times        []time.Time // within the window, oldest first
	blockedUntil time.Time
}

func newLoginLimit(now func() time.Time) *loginLimit {
	return &loginLimit{now: now, byIP: map[string]*failures{}}
}

// blocked reports whether ip may not try now.
func (l *loginLimit) blocked(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.sweep(now)
	f := l.byIP[ip]
	return f != nil && now.Before(f.blockedUntil)
}

// failed counts a failed login from ip; it returns true when this one
// starts a block (to be logged once, not on every refused try).
func (l *loginLimit) failed(ip string) (startsBlock bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	f := l.byIP[ip]
	if f == nil {
		f = &failures{}
		l.byIP[ip] = f
	}
	f.times = append(recent(f.times, now), now)
	if len(f.times) >= loginFailures && !now.Before(f.blockedUntil) {
		f.blockedUntil = now.Add(loginWindow)
		f.times = nil
		return true
	}
	return false
}

// recent keeps the times within the window before now.
func recent(times []time.Time, now time.Time) []time.Time {
	i := 0
	for i < len(times) && now.Sub(times[i]) >= loginWindow {
		i++
	}
	return times[i:]
}

// sweep forgets addresses with nothing recent, now and then, so that a
// scan from many addresses does not grow the table for ever.
func (l *loginLimit) sweep(now time.Time) {
	l.calls++
	if l.calls < 1000 {
		return
	}
	l.calls = 0
	for ip, f := range l.byIP {
		if len(recent(f.times, now)) == 0 && !now.Before(f.blockedUntil) {
			delete(l.byIP, ip)
		}
	}
}
