package publish_test

import (
	"os"
	"strings"
	"testing"

	"jobpost/ui/internal/uitest"
)

// Over SSH (jobpost serve) nothing lands on the server's machine: no
// export to a file (the help does not offer it, e says what to do
// instead), and a copy goes by OSC 52 to the user's terminal only, never
// through the server's clipboard tool.
func TestPublishOverSSH(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), t.TempDir(), 80, 24)
	d.c.Remote = true
	if help := uitest.HelpText(d.host.Page); strings.Contains(help, "export") {
		t.Fatalf("help offers an export over SSH: %s", help)
	}
	d.Keys("e")
	if st := d.status(); st != "No export to a file over SSH: c copies it to your clipboard" {
		t.Fatalf("status %q", st)
	}
	d.WantScreen("In your own shell: ssh … export ", " --format text > posting.txt")
	d.RejectScreen("Export to:")

	pressCopy(t, d)
	if st := d.status(); st != "Copied Plain text, 232 characters (OSC 52)" {
		t.Fatalf("status %q", st)
	}
	if _, err := os.Stat(d.clip); !os.IsNotExist(err) {
		t.Fatalf("the server's clipboard tool ran (%v)", err)
	}
}
