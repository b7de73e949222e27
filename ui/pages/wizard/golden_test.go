package wizard

import (
	"fmt"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// TestGolden pins the wizard's steps at two sizes in both themes, as the
// page draws them in the space the root hands it.
func TestGolden(t *testing.T) {
	for _, theme := range []common.Theme{common.Dark, common.Light} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s-%dx%d", theme, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				d := startWizard(t, theme, size[0], size[1])
				step := func(name string, keys ...string) {
					d.Keys(keys...)
					t.Run(name, func(t *testing.T) { uitest.Golden(t, d.Frame()) })
				}
				step("role")
				step("skills", "enter", "down", "enter", "down", "space", "down", "n")
				step("responsibilities", "enter")
				step("details", "enter")
				step("details-typed", "B", "e", "r", "l", "i", "n", "tab", "tab", "g", "e", "r")
				step("preview", "enter", "enter")
				if !d.page.preview.Ready() {
					t.Fatal("preview not rendered")
				}
				step("leaving", "esc", "esc", "esc", "esc", "esc", "esc")
			})
		}
	}
}
