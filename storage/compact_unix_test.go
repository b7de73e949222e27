//go:build unix

package storage

import (
	"os"
	"syscall"
	"testing"
)

// Root compacting another user's database leaves it theirs.
func TestCompactKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	path := seeded(t, 5)
	if err := os.Chown(path, 4242, 4343); err != nil {
		t.Fatal(err)
	}
	if err := Compact(path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st := fi.Sys().(*syscall.Stat_t); st.Uid != 4242 || st.Gid != 4343 {
		t.Errorf("owner %d:%d after compact, want 4242:4343", st.Uid, st.Gid)
	}
}
