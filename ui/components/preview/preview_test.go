package preview_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/preview"
	"jobpost/ui/internal/uitest"
)

type host struct {
	p  preview.Pane
	md string
}

func (h *host) Init() tea.Cmd { return nil }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		return h, tea.Batch(h.p.SetSize(ws.Width, ws.Height), h.p.SetMarkdown(h.md, false))
	}
	var cmd tea.Cmd
	h.p, cmd = h.p.Update(msg)
	return h, cmd
}

func (h *host) View() tea.View { return tea.NewView(h.p.View()) }

func newHost(t testing.TB) (*uitest.Driver, *host) {
	c := uitest.NewCommon(t, common.Dark)
	owner := common.NewPageID()
	h := &host{p: preview.New(c, owner), md: uitest.FullPosting(t, c).Markdown()}
	d := uitest.NewDriver(t, h, 80, 24)
	// The driver delivers any message; the page's root would deliver only
	// those addressed to it.
	return d, h
}

func TestPreviewGolden(t *testing.T) {
	d, h := newHost(t)
	if !h.p.Ready() {
		t.Fatal("not rendered")
	}
	uitest.Golden(t, d.Frame())
}

func TestPreviewScrollsAndFollowsHeadings(t *testing.T) {
	d, h := newHost(t)
	h.p.ShowHeading("Benefits")
	d.WantScreen("Benefits")
	d.RejectScreen("Senior Backend Engineer")
	h.p.ShowHeading("")
	if h.p.ScrollPercent() != 0 {
		t.Fatal("an empty heading is the top")
	}
	h.p.ScrollBy(5)
	h.p.ShowHeading("Benefits") // the user scrolled: stay
	if h.p.ScrollPercent() == 0 {
		t.Fatal("scrolled back by a heading")
	}
	h.p.Follow()
	h.p.ShowHeading("")
	if h.p.ScrollPercent() != 0 || !h.p.Overflows() {
		t.Fatal("follow again")
	}
}

// A debounced change renders once the burst is over; a stale render is
// dropped.
func TestPreviewDebouncedRender(t *testing.T) {
	d, h := newHost(t)
	d.Run(h.p.SetMarkdown("# One\n", true))
	cmd := h.p.SetMarkdown("# Two\n", true)
	d.Run(cmd)
	d.WantScreen("Two")
	d.RejectScreen("One")
}

// BenchmarkPreviewRender is posting.Markdown() and Glamour at width 80,
// with a fresh cache each time. Target: ≤ 10 ms.
func BenchmarkPreviewRender(b *testing.B) {
	c := uitest.NewCommon(b, common.Dark)
	p := uitest.FullPosting(b, c)
	b.ReportAllocs()
	for b.Loop() {
		r := common.NewMarkdownRenderer("dark")
		if _, err := r.Render(p.Markdown(), 80); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPreviewCached is the same content and width again: what the
// preview costs when nothing changed. Target: ≤ 50 µs.
func BenchmarkPreviewCached(b *testing.B) {
	c := uitest.NewCommon(b, common.Dark)
	p := uitest.FullPosting(b, c)
	r := common.NewMarkdownRenderer("dark")
	if _, err := r.Render(p.Markdown(), 80); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Render(p.Markdown(), 80); err != nil {
			b.Fatal(err)
		}
	}
}
