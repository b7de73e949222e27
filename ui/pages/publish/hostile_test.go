package publish_test

import (
	"fmt"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/publish"
)

// TestHostileTextNeverReachesTheTerminalRaw stores a posting with hostile
// text in every field, bypassing the cleaning that typing and importing
// do, and shows it in every format: the page itself draws no control
// (the root's frame guard is the second line of defence, not the first).
func TestHostileTextNeverReachesTheTerminalRaw(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{100, 30}, {140, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			c := uitest.NewCommon(t, common.Dark)
			p := uitest.HostilePosting()
			if err := c.Store.Save(p); err != nil {
				t.Fatal(err)
			}
			page := publish.New(c, p.ID, "")
			d := uitest.NewDriver(t, uitest.NewHost(page), size[0], size[1])
			for i := range 5 {
				uitest.CheckFrame(t, fmt.Sprintf("tab %d", i), d.Frame())
				uitest.CheckFrame(t, fmt.Sprintf("title on tab %d", i), page.Title())
				d.Keys("tab")
			}
			d.Keys("G")
			uitest.CheckFrame(t, "the end of plain text", d.Frame())
		})
	}
}
