package postingeditor

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
)

// Typing prose changes the posting on every key. Its problems and its
// Markdown (for the preview) are worked out once the keys pause, not on
// each one: neither shows while the textarea is open, and both cost time
// that grows with the posting.

// settleMsg says the keys paused: work out what waited (settle).
type settleMsg struct {
	common.To
	seq int
}

// later marks the posting's problems and preview as behind, to be
// brought up to date when the keys pause for the preview's debounce.
func (e *Shell) later() tea.Cmd {
	e.settleSeq++
	e.unsettled = true
	to, seq := common.To{Page: e.owner}, e.settleSeq
	return tea.Tick(e.c.Timing.PreviewDebounce, func(time.Time) tea.Msg { return settleMsg{To: to, seq: seq} })
}

// settle brings the problems and the preview up to date, if they are
// behind; a stale message (keys came since) does nothing.
func (e *Shell) settle(seq int) tea.Cmd {
	if !e.unsettled || seq != e.settleSeq && seq >= 0 {
		return nil
	}
	e.unsettled = false
	e.problems = e.posting.Problems()
	// The keys have paused already: no second debounce.
	cmd := e.preview.SetMarkdown(e.posting.Markdown(), false)
	e.follow()
	return tea.Batch(cmd, e.recheck(false))
}

// settleNow brings everything up to date at once (the textarea closes).
func (e *Shell) settleNow() tea.Cmd { return e.settle(-1) }
