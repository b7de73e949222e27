package editor_test

import (
	"fmt"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// TestEditorGoldenScreens pins the editor at two sizes in both themes: the
// section list beside (or without) the preview, and the pay form with a
// validation message.
func TestEditorGoldenScreens(t *testing.T) {
	for _, theme := range []common.Theme{common.Dark, common.Light} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s-%dx%d", theme, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				c := uitest.NewCommon(t, theme)
				d := open(t, c, uitest.FullPosting(t, c), size[0], size[1])
				t.Run("sections", func(t *testing.T) { uitest.Golden(t, d.Frame()) })
				d.section("Pay")
				d.Keys("enter", "tab", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "70000")
				t.Run("pay", func(t *testing.T) { uitest.Golden(t, d.Frame()) })
			})
		}
	}
}
