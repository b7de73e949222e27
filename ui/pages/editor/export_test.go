package editor

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
)

// HoldDue is the tick of a read-only editor's watch, for tests, which run
// with no timers (Timing.WatchEvery is zero).
func HoldDue(p *Page) tea.Msg { return holdDueMsg{To: common.To{Page: p.id}} }
