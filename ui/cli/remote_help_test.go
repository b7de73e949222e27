package cli

import (
	"strings"
	"testing"
)

// Each command's help over SSH speaks of what a user of the server can
// do: no file on the server (-o, --force, FILE), no clipboard program on
// it, no command that is not offered there.
func TestRemoteHelpNamesNothingOnlyTheServerHas(t *testing.T) {
	ana := openLibrary(t).As("ana")
	for _, name := range []string{"backup", "check", "copy", "export", "import", "list", "new", "posted", "show"} {
		r := runRemote(t, ana, cmdEnv{}, "help", name)
		want(t, r, 0, []string{"ssh -p PORT HOST " + name}, nil)
		for _, absent := range []string{"-o ", "the -o file", "--force", "FILE", "wl-copy", "xclip", "'jobpost ", "check-db", "$PAGER"} {
			if strings.Contains(r.stdout, absent) {
				t.Errorf("help %s over SSH mentions %q:\n%s", name, absent, r.stdout)
			}
		}
	}
}
