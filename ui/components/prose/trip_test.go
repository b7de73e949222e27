package prose

import (
	"os"
	"path/filepath"
	"testing"

	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// The round trip's messages are unexported, and a test program cannot run
// an editor twice at will, so this one test sits inside the package: text
// from an older $EDITOR round trip never overwrites a newer one's, and a
// second ctrl+e before the first file is ready opens one editor, not two.
func TestOlderEditorRoundTripDropped(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	owner := common.NewPageID()
	m := New(c, owner)
	m.ScratchDir = t.TempDir()
	m.Open(1, "Summary", "as typed")
	m.startExternal()
	older := trip{n: m.trip, section: 1, limit: m.area.CharLimit}
	m.startExternal()
	newer := trip{n: m.trip, section: 1, limit: m.area.CharLimit}

	path := filepath.Join(t.TempDir(), "older.md")
	if err := os.WriteFile(path, []byte("older"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, cmd, res := m.Update(fileReadyMsg{To: common.To{Page: owner}, trip: older, path: path})
	if res.Event != None || cmd == nil || cmd() != nil {
		t.Fatalf("an older trip's file opened an editor: %+v", res)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the older trip's file is still there: %v", err)
	}

	m, _, res = m.Update(textBackMsg{To: common.To{Page: owner}, trip: older, text: "from the older trip"})
	if res.Event != None || m.area.Value() != "as typed" {
		t.Fatalf("the older trip's text was taken: %+v, %q", res, m.area.Value())
	}
	m, _, res = m.Update(textBackMsg{To: common.To{Page: owner}, trip: newer, text: "from the newer trip"})
	if res.Event != Edited || res.Text != "from the newer trip" || m.area.Value() != "from the newer trip" {
		t.Fatalf("the newer trip's text: %+v, %q", res, m.area.Value())
	}
}
