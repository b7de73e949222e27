package editor_test

import (
	"fmt"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// TestHostileTextInTheEditor stores a posting with hostile text in every
// field, bypassing the cleaning that typing and importing do, and walks
// it through the editor's screens: what reaches the terminal is only
// text and colours.
func TestHostileTextInTheEditor(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{100, 30}, {140, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			c := uitest.NewCommon(t, common.Dark)
			p := uitest.HostilePosting()
			d := open(t, c, p, size[0], size[1])
			d.WantScreen("Sections")
			uitest.CheckFrame(t, "editor", d.Frame())
			d.Keys("tab")
			uitest.CheckFrame(t, "editor preview", d.Frame())
			d.Keys("tab", "down", "down", "down", "enter")
			uitest.CheckFrame(t, "editor list", d.Frame())
			d.Keys("esc", "G", "up", "up", "enter")
			uitest.CheckFrame(t, "editor form", d.Frame())
		})
	}
}
