package publish

import (
	"jobpost/model"
	"jobpost/ui/common"
)

// Answers to the page's own requests, addressed to it so that a late one
// dies with the page.
type (
	// loadedMsg carries the draft read in Init, in every format.
	loadedMsg struct {
		common.To
		posting model.Posting
		outputs []output
		err     error
	}
	// markedMsg carries the draft as marking it posted saved it, in every
	// format.
	markedMsg struct {
		common.To
		posting model.Posting
		board   string // the board just recorded
		outputs []output
		err     error
	}
	// copiedMsg reports the desktop clipboard tool's part of a copy.
	copiedMsg struct {
		common.To
		format model.Format
		chars  int
		tool   string
		err    error
	}
	// exportedMsg reports a file export.
	exportedMsg struct {
		common.To
		path   string
		format model.Format
		size   int
		err    error
	}
)
