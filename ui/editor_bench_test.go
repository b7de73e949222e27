package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkEditorKeystroke is one character typed into the title field of
// an ~800-word posting, Update and View of the whole app, wide layout.
// Rendering is excluded: it runs later, in a command. Target: ≤ 1 ms.
func BenchmarkEditorKeystroke(b *testing.B) {
	c := newTestCommon(b, Dark)
	d := openEditor(b, c, editorPosting(b, c), 140, 40)
	d.keys("enter") // the title field
	benchKeys(b, d.m, tea.KeyPressMsg{Code: 'x', Text: "x"}, tea.KeyPressMsg{Code: tea.KeyBackspace})
}

// BenchmarkEditorProseKeystroke is the same in the summary's textarea.
func BenchmarkEditorProseKeystroke(b *testing.B) {
	c := newTestCommon(b, Dark)
	d := openEditor(b, c, editorPosting(b, c), 140, 40)
	d.keys("down", "down", "enter")
	benchKeys(b, d.m, tea.KeyPressMsg{Code: 'x', Text: "x"}, tea.KeyPressMsg{Code: tea.KeyBackspace})
}

// BenchmarkEditorListKeystroke moves through the responsibilities.
func BenchmarkEditorListKeystroke(b *testing.B) {
	c := newTestCommon(b, Dark)
	d := openEditor(b, c, editorPosting(b, c), 140, 40)
	d.keys("down", "down", "down", "enter")
	benchKeys(b, d.m, tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp})
}

func benchKeys(b *testing.B, m tea.Model, keys ...tea.Msg) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkPreviewRender is posting.Markdown() and Glamour at width 80,
// with a fresh cache each time. Target: ≤ 10 ms.
func BenchmarkPreviewRender(b *testing.B) {
	c := newTestCommon(b, Dark)
	p := editorPosting(b, c)
	b.ReportAllocs()
	for b.Loop() {
		r := NewMarkdownRenderer("dark")
		if _, err := r.Render(p.Markdown(), 80); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPreviewCached is the same content and width again: what the
// preview costs when nothing changed. Target: ≤ 50 µs.
func BenchmarkPreviewCached(b *testing.B) {
	c := newTestCommon(b, Dark)
	p := editorPosting(b, c)
	r := NewMarkdownRenderer("dark")
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
