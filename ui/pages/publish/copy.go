package publish

import (
	"context"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"jobpost/internal/clipboard"
	"jobpost/model"
	"jobpost/ui/common"
)

// copy puts the current format on the clipboard by OSC 52, through Bubble
// Tea (it works over SSH, and in tmux with set-clipboard on), and through
// the desktop's clipboard tool when there is one (never over SSH: it
// would be the server's).
func (p *Page) copy() tea.Cmd {
	f, o := p.current(), p.outputs[p.format]
	if o.err != nil {
		return p.status.Failure(notReady(f, o.err))
	}
	text, chars, getenv, to := o.text, utf8.RuneCountInString(o.text), p.c.Env, common.To{Page: p.id}
	if p.c.Remote {
		// A clipboard tool would copy to the server's desktop: OSC 52
		// alone reaches the user's own terminal.
		return tea.Batch(tea.SetClipboard(text), common.Send(copiedMsg{To: to, format: f, chars: chars}))
	}
	native := func() tea.Msg {
		tool, err := clipboard.NativeEnv(context.Background(), text, getenv)
		return copiedMsg{To: to, format: f, chars: chars, tool: tool, err: err}
	}
	return tea.Batch(tea.SetClipboard(text), native)
}

// copied reports a copy. The status bar leaves about 60 columns for a
// message at 80, so it says what was copied, how long it is and how it
// went; advice and a tool's error go on a line of the page instead, and
// only where they help (the tmux advice only inside tmux, when no desktop
// clipboard tool took the copy as well).
func (p *Page) copied(msg copiedMsg) tea.Cmd {
	what := "Copied " + formatNames[msg.format] + ", " + model.Thousands(msg.chars) + " characters"
	st := p.c.Styles
	switch {
	case msg.err != nil:
		p.note(st.Error.Render(ansi.Truncate("Clipboard tool: "+msg.err.Error(), p.width, "…")))
		return p.status.Failure(what + " (OSC 52); clipboard tool failed")
	case len(p.warned) > 0:
		return p.status.Failure(what + "; see the warning")
	case msg.tool != "":
		return p.status.Success(what + " (OSC 52, " + msg.tool + ")")
	case p.c.Env("TMUX") != "":
		p.note(st.Subtle.Render(ansi.Truncate("Nothing pasted? tmux passes copies on with: set -g set-clipboard on", p.width, "…")))
	}
	return p.status.Success(what + " (OSC 52)")
}

// note adds a line under the notes on the format, about the last thing
// done; it stays until the format on show changes.
func (p *Page) note(line string) {
	p.about = append(p.aboutLines(), line)
	p.layout()
}
