package editor_test

import (
	"strings"
	"testing"

	"jobpost/ui/internal/uitest"
)

// Over SSH ctrl+e would open an editor on the server: the key is not
// offered, and pressing it says why, leaving the text as it was.
func TestNoExternalEditorOverSSH(t *testing.T) {
	d, p := start(t)
	d.c.Remote = true
	d.section("Summary")
	d.Keys("enter")
	if help := uitest.HelpText(d.page()); strings.Contains(help, "ctrl+e") {
		t.Fatalf("help offers ctrl+e over SSH: %s", help)
	}
	d.RejectScreen("ctrl+e opens")
	d.Keys("ctrl+e")
	if st := d.status(); st != "Not available over SSH: the editor would run on the server" {
		t.Fatalf("status %q", st)
	}
	if got := d.posting().Summary; got != p.Summary {
		t.Fatal("the summary changed")
	}
}
