package ui

import (
	"os"
	"testing"
	"time"

	"jobpost/ui/components/autosave"
	"jobpost/ui/components/preview"
)

func TestMain(m *testing.M) {
	// Timers shortened so the driver can run them inline (it drops
	// commands slower than uitest.CmdTimeout).
	autosave.Delay = 5 * time.Millisecond
	autosave.Retry = 20 * time.Millisecond
	preview.Debounce = 5 * time.Millisecond
	// Status messages expire at once, and the tests drop the expiry, so a
	// test sees the latest message without waiting for its timer.
	statusTTL = 0
	os.Exit(m.Run())
}
