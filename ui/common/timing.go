package common

import "time"

// Timing holds the program's timers in one place, so that tests run them
// fast through Common instead of changing package variables.
type Timing struct {
	// AutosaveDelay is how long after the last change a draft is saved:
	// well inside the promise that every edit is on disk within a second.
	AutosaveDelay time.Duration
	// AutosaveRetry is the wait before a failed save is tried again.
	AutosaveRetry time.Duration
	// PreviewDebounce is how long the preview waits for more edits before
	// it renders: it skips renders while typing and still catches up well
	// within 300 ms of the last key.
	PreviewDebounce time.Duration
	// StatusTTL is how long a status message stays.
	StatusTTL time.Duration
	// WatchEvery is how often the drafts list asks whether another
	// jobpost changed the database; zero never asks.
	WatchEvery time.Duration
}

// DefaultTiming is the timing of the real program.
func DefaultTiming() Timing {
	return Timing{
		AutosaveDelay:   400 * time.Millisecond,
		AutosaveRetry:   2 * time.Second,
		PreviewDebounce: 120 * time.Millisecond,
		StatusTTL:       4 * time.Second,
		WatchEvery:      time.Second,
	}
}
