package common

import (
	"hash/maphash"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
)

// MarkdownRenderer turns Markdown into styled terminal text with Glamour.
// A render of a full posting costs milliseconds, so screens call it from a
// tea.Cmd and keep the result: output is cached per (content, width) and a
// renderer per width is kept, since building one is not free either.
// It is safe for concurrent use.
type MarkdownRenderer struct {
	style string

	// mu guards the maps only, never a render: Cached is called from
	// Update and must not wait for Glamour.
	mu        sync.Mutex
	renderers map[int]*widthRenderer
	cache     map[renderKey]string
	order     []renderKey // insertion order, for eviction
}

// widthRenderer is the Glamour renderer for one width; a TermRenderer is
// not safe for concurrent use, so each has its own lock.
type widthRenderer struct {
	mu sync.Mutex
	tr *glamour.TermRenderer
}

type renderKey struct {
	sum   uint64
	size  int
	width int
}

// postingStyle is a Glamour standard style without the "## " Glamour puts
// before section headings: a recruiter reads the posting, not its markup.
// An unknown style name is left for Glamour to report.
func postingStyle(name string) glamour.TermRendererOption {
	base, ok := styles.DefaultStyles[name]
	if !ok {
		return glamour.WithStandardStyle(name)
	}
	cfg := *base
	cfg.H2.Prefix, cfg.H3.Prefix = "", ""
	if name == "dark" || name == "light" {
		// Underlined so headings still stand out; never in the plain
		// styles (notty, ascii), which must carry no escape sequences.
		cfg.H2.Underline = boolPtr(true)
	}
	return glamour.WithStyles(cfg)
}

func boolPtr(b bool) *bool { return &b }

// renderCacheSize bounds the cache: a few screens' worth of widths and
// recent edits.
const renderCacheSize = 64

var renderSeed = maphash.MakeSeed()

// NewMarkdownRenderer returns a renderer using a Glamour standard style
// ("dark", "light", "notty", …), always named explicitly: Glamour with no
// style renders unstyled, and never asking the terminal keeps start-up
// from stalling.
func NewMarkdownRenderer(style string) *MarkdownRenderer {
	return &MarkdownRenderer{
		style:     style,
		renderers: map[int]*widthRenderer{},
		cache:     map[renderKey]string{},
	}
}

func keyFor(md string, width int) renderKey {
	return renderKey{sum: maphash.String(renderSeed, md), size: len(md), width: width}
}

// Cached returns an earlier rendering of md at width, if there is one.
func (r *MarkdownRenderer) Cached(md string, width int) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out, ok := r.cache[keyFor(md, width)]
	return out, ok
}

// Render renders md wrapped to width columns, from the cache when it can.
func (r *MarkdownRenderer) Render(md string, width int) (string, error) {
	width = max(width, 10)
	k := keyFor(md, width)
	r.mu.Lock()
	if out, ok := r.cache[k]; ok {
		r.mu.Unlock()
		return out, nil
	}
	wr, ok := r.renderers[width]
	if !ok {
		wr = &widthRenderer{}
		r.renderers[width] = wr
	}
	r.mu.Unlock()

	wr.mu.Lock()
	if wr.tr == nil {
		// Preserved newlines: Glamour ignores Markdown's hard line breaks,
		// and a line break the recruiter typed must show.
		tr, err := glamour.NewTermRenderer(postingStyle(r.style), glamour.WithWordWrap(width), glamour.WithPreservedNewLines())
		if err != nil {
			wr.mu.Unlock()
			return "", err
		}
		wr.tr = tr
	}
	out, err := wr.tr.Render(md)
	wr.mu.Unlock()
	if err != nil {
		return "", err
	}
	// Colours only: Glamour's hyperlinks (OSC 8) would be cut by the
	// root's frame guard anyway, and user text must carry nothing else.
	// Done once here, so a cached rendering is ready to show.
	out = SafeFrame(strings.Trim(out, "\n"))

	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.cache[k]; !ok {
		if len(r.order) >= renderCacheSize {
			delete(r.cache, r.order[0])
			r.order = r.order[1:]
		}
		r.cache[k] = out
		r.order = append(r.order, k)
	}
	return out, nil
}
