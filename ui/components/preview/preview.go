// Package preview is the pane that shows a posting rendered by Glamour:
// it renders in the background, caches, debounces bursts of edits and
// scrolls.
package preview

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/ui/common"
)

// Pane shows a posting rendered by Glamour in a scrollable viewport.
// Rendering happens in a tea.Cmd; each request carries a sequence number
// and results for anything but the latest are dropped, so a slow render
// can never overwrite a newer one.
type Pane struct {
	owner common.PageID
	// c gives the renderer at each request: the theme may change
	// (common.ThemeChangedMsg) while the pane is open.
	c        *common.Common
	debounce time.Duration
	vp       viewport.Model
	markdown string
	width    int
	seq      int
	ready    bool // the viewport shows the latest content
	err      error

	// The content split into lines, styled (for drawing) and plain (for
	// finding headings), kept until the content changes.
	lines, plain []string
	linesWidth   int  // the pane's width when lines were rendered
	manual       bool // the user scrolled: stop following headings
}

// renderDueMsg says a debounced render may start, if nothing newer came.
type renderDueMsg struct {
	common.To
	seq int
}

// renderedMsg carries a finished render.
type renderedMsg struct {
	common.To
	seq int
	out string
	err error
}

// New returns an empty pane drawing with c's renderer, for the page
// owner: its render results are addressed to that page.
func New(c *common.Common, owner common.PageID) Pane {
	vp := viewport.New()
	vp.SoftWrap = false
	return Pane{owner: owner, c: c, debounce: c.Timing.PreviewDebounce, vp: vp}
}

// SetSize sets the pane's size; a new width needs a new render.
func (p *Pane) SetSize(width, height int) tea.Cmd {
	p.vp.SetHeight(max(height, 1))
	p.vp.SetWidth(max(width, 1))
	if width == p.width {
		return nil
	}
	p.width = width
	return p.request(0)
}

// SetMarkdown shows md, at once when that rendering is cached, otherwise
// after a render in the background. debounce delays the render so that a
// burst of edits costs one.
func (p *Pane) SetMarkdown(md string, debounce bool) tea.Cmd {
	if md == p.markdown && p.ready {
		return nil
	}
	p.markdown = md
	delay := time.Duration(0)
	if debounce {
		delay = p.debounce
	}
	return p.request(delay)
}

// Ready reports whether the pane shows its latest content.
func (p Pane) Ready() bool { return p.ready }

func (p *Pane) request(delay time.Duration) tea.Cmd {
	if p.width <= 0 || p.markdown == "" {
		return nil
	}
	p.seq++
	if out, ok := p.c.Renderer.Cached(p.markdown, p.renderWidth()); ok {
		p.show(out)
		return nil
	}
	p.ready = false
	owner, seq := p.owner, p.seq
	if delay > 0 {
		return tea.Tick(delay, func(time.Time) tea.Msg { return renderDueMsg{To: common.To{Page: owner}, seq: seq} })
	}
	return p.renderCmd()
}

func (p *Pane) renderCmd() tea.Cmd {
	owner, seq, md, width, r := p.owner, p.seq, p.markdown, p.renderWidth(), p.c.Renderer
	return func() tea.Msg {
		out, err := r.Render(md, width)
		return renderedMsg{To: common.To{Page: owner}, seq: seq, out: out, err: err}
	}
}

// renderWidth leaves Glamour's own margin inside the pane.
func (p Pane) renderWidth() int { return max(p.width-2, 10) }

func (p *Pane) show(out string) {
	// out comes from the renderer already passed through the frame guard.
	atBottom := p.vp.AtBottom() && p.vp.YOffset() > 0
	p.vp.SetContent(out)
	p.lines, p.plain, p.linesWidth = strings.Split(out, "\n"), nil, p.width
	if atBottom {
		p.vp.GotoBottom()
	}
	p.ready, p.err = true, nil
}

// Update handles render results and scrolling keys.
func (p Pane) Update(msg tea.Msg) (Pane, tea.Cmd) {
	switch msg := msg.(type) {
	case common.ThemeChangedMsg:
		// Drawn again in the new theme's style.
		return p, p.request(0)
	case renderDueMsg:
		if msg.Page == p.owner && msg.seq == p.seq {
			return p, p.renderCmd()
		}
		return p, nil
	case renderedMsg:
		if msg.Page != p.owner || msg.seq != p.seq {
			return p, nil // stale: a newer render is on its way
		}
		if msg.err != nil {
			p.err = msg.err
			p.vp.SetContent("Could not render the preview: " + msg.err.Error())
			p.lines, p.plain = []string{"Could not render the preview: " + msg.err.Error()}, nil
			return p, nil
		}
		p.show(msg.out)
		return p, nil
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return p, cmd
}

// GotoTop scrolls back to the start.
func (p *Pane) GotoTop() { p.vp.GotoTop() }

// View draws the visible part of the pane.
func (p Pane) View() string {
	if len(p.lines) == 0 {
		return "Rendering…"
	}
	return strings.Join(p.VisibleLines(), "\n")
}

// VisibleLines are the lines in view. The pane slices its rendered lines
// itself: the viewport's own View re-wraps and pads every line with
// lipgloss on each frame, which cost most of a keystroke's time.
func (p Pane) VisibleLines() []string {
	if len(p.lines) == 0 {
		return []string{"Rendering…"}
	}
	top := min(max(p.vp.YOffset(), 0), len(p.lines))
	visible := p.lines[top:min(top+p.vp.Height(), len(p.lines))]
	if p.linesWidth > p.width {
		// Narrowed since the render: cut until the new one comes.
		visible = slices.Clone(visible)
		for i, l := range visible {
			visible[i] = ansi.Truncate(l, p.width, "")
		}
	}
	return visible
}

// ScrollBy scrolls n lines down (up when negative), as the user asked:
// the pane stops following headings until Follow.
func (p *Pane) ScrollBy(n int) {
	p.manual = true
	if n > 0 {
		p.vp.ScrollDown(n)
	} else {
		p.vp.ScrollUp(-n)
	}
}

// Height is the lines the pane shows.
func (p Pane) Height() int { return p.vp.Height() }

// Overflows reports whether the content is longer than the pane.
func (p Pane) Overflows() bool { return p.vp.TotalLineCount() > p.vp.Height() }

// Follow lets the pane follow headings again.
func (p *Pane) Follow() { p.manual = false }

// ShowHeading scrolls to the first line that starts with heading ("" is
// the top), unless the user has scrolled the pane themselves.
func (p *Pane) ShowHeading(heading string) {
	if p.manual {
		return
	}
	if heading == "" {
		p.vp.GotoTop()
		return
	}
	if p.plain == nil && len(p.lines) > 0 {
		p.plain = make([]string, len(p.lines))
		for i, l := range p.lines {
			p.plain[i] = strings.TrimSpace(ansi.Strip(l))
		}
	}
	// A long heading may wrap: its start is enough.
	if r := []rune(heading); len(r) > 24 {
		heading = string(r[:24])
	}
	for i, l := range p.plain {
		if strings.HasPrefix(l, "## "+heading) || strings.HasPrefix(l, heading) {
			p.vp.SetYOffset(i)
			return
		}
	}
}

// ScrollPercent is how far down the pane is scrolled, 0 to 1.
func (p Pane) ScrollPercent() float64 { return p.vp.ScrollPercent() }
