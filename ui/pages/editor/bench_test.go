package editor_test

import (
	"strconv"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// BenchmarkEditorKeystroke is one character typed into the title field of
// an ~800-word posting, Update and View of the page, wide layout (140×40).
// Rendering is excluded: it runs later, in a command. Target: ≤ 0.5 ms
// and ≤ 117 KB allocated per key.
func BenchmarkEditorKeystroke(b *testing.B) {
	d := benchEditor(b)
	d.Keys("enter") // the title field
	benchKeys(b, d, tea.KeyPressMsg{Code: 'x', Text: "x"}, tea.KeyPressMsg{Code: tea.KeyBackspace})
}

// BenchmarkEditorProseKeystroke is the same in the summary's editor, at
// 1,000 and 5,000 characters of summary in paragraphs: the cost must not
// grow with the text (see prose's BenchmarkProseKeystroke).
func BenchmarkEditorProseKeystroke(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		b.Run(strconv.Itoa(n)+"chars", func(b *testing.B) {
			c := uitest.NewCommon(b, common.Dark)
			p := uitest.FullPosting(b, c)
			p.Summary = uitest.Prose(n)
			d := open(b, c, p, 140, 40)
			d.Keys("down", "down", "enter")
			benchKeys(b, d, tea.KeyPressMsg{Code: 'x', Text: "x"}, tea.KeyPressMsg{Code: tea.KeyBackspace})
		})
	}
}

// BenchmarkEditorListKeystroke moves through the responsibilities.
func BenchmarkEditorListKeystroke(b *testing.B) {
	d := benchEditor(b)
	d.Keys("down", "down", "down", "enter")
	benchKeys(b, d, tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp})
}

func benchEditor(b *testing.B) *session {
	c := uitest.NewCommon(b, common.Dark)
	return open(b, c, uitest.FullPosting(b, c), 140, 40)
}

// benchKeys sends keys in turn, Update and View as Bubble Tea runs them;
// the commands an Update returns (saves, renders) are not run.
func benchKeys(b *testing.B, d *session, keys ...tea.Msg) {
	page := d.host.Page
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		page, _ = page.Update(keys[i%len(keys)])
		_ = page.View()
	}
}
