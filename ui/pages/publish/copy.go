package publish

import (
	"context"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"jobpost/internal/clipboard"
	"jobpost/model"
	"jobpost/ui/common"
)

// copy puts the current format on the clipboard by OSC 52, through Bubble
// Tea (it works over SSH, and in tmux with set-clipboard on), and through
// the desktop's clipboard tool when there is one.
func (p *Page) copy() tea.Cmd {
	f, o := p.current(), p.outputs[p.format]
	if o.err != nil {
		return p.status.Failure(notReady(f, o.err))
	}
	text, chars, getenv, to := o.text, utf8.RuneCountInString(o.text), p.c.Env, common.To{Page: p.id}
	native := func() tea.Msg {
		tool, err := clipboard.NativeEnv(context.Background(), text, getenv)
		return copiedMsg{To: to, format: f, chars: chars, tool: tool, err: err}
	}
	return tea.Batch(tea.SetClipboard(text), native)
}

// copied reports a copy. What was copied and how long it is come first:
// the status bar cuts the end of a message at 80 columns, so the way it
// went and any advice follow.
func (p *Page) copied(msg copiedMsg) tea.Cmd {
	what := "Copied " + formatNames[msg.format] + ", " + model.Thousands(msg.chars) + " characters"
	switch {
	case msg.err != nil:
		return p.status.Failure(what + " (OSC 52); the clipboard tool failed: " + msg.err.Error())
	case len(p.warned) > 0:
		return p.status.Failure(what + "; see the warning")
	case msg.tool != "":
		return p.status.Success(what + " (OSC 52, " + msg.tool + ")")
	case p.c.Env("TMUX") != "":
		return p.status.Success(what + " (OSC 52). Nothing arrived? tmux needs: set -g set-clipboard on")
	}
	return p.status.Success(what + " (OSC 52)")
}
