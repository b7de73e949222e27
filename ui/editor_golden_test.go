package ui

import (
	"fmt"
	"testing"
)

// TestEditorGoldenScreens pins the editor at two sizes in both themes: the
// section list beside (or without) the preview, and the pay form with a
// validation message.
func TestEditorGoldenScreens(t *testing.T) {
	for _, theme := range []Theme{Dark, Light} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s-%dx%d", theme, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				c := newTestCommon(t, theme)
				d := openEditor(t, c, editorPosting(t, c), size[0], size[1])
				name := func(screen string) string {
					return fmt.Sprintf("editor-%s-%s-%dx%d", screen, theme, size[0], size[1])
				}
				if !d.editor().preview.Ready() {
					t.Fatal("preview not rendered")
				}
				checkGolden(t, name("sections"), d.m.View().Content)
				d.section("Pay")
				d.keys("enter", "tab", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
				d.keys("70000")
				checkGolden(t, name("pay"), d.m.View().Content)
			})
		}
	}
}
