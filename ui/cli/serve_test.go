package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServeWithoutUsersFileSaysHowToMakeOne(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "serve")
	r := runCmd(t, cmdEnv{}, "serve", "--data", dir, "--listen", "127.0.0.1:0")
	if r.status != ExitError || !strings.Contains(r.stderr, "no users file at "+filepath.Join(dir, "users")) ||
		!strings.Contains(r.stderr, "ssh-ed25519 AAAA") {
		t.Fatalf("%d %q", r.status, r.stderr)
	}
	// The library and the host key are made; the key is private.
	fi, err := os.Stat(filepath.Join(dir, "ssh_host_ed25519_key"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("host key: %v %v", fi, err)
	}
}

func TestServeRefusesDB(t *testing.T) {
	r := runCmd(t, cmdEnv{}, "serve", "--db", filepath.Join(t.TempDir(), "x.db"))
	if r.status != ExitUsage || !strings.Contains(r.stderr, "--data") {
		t.Fatalf("%d %q", r.status, r.stderr)
	}
}

func TestServeRefusesNoIdleOrNoSessions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "serve")
	for _, args := range [][]string{{"--idle", "0s"}, {"--max-sessions", "0"}} {
		r := runCmd(t, cmdEnv{}, append([]string{"serve", "--data", dir}, args...)...)
		if r.status != ExitUsage || !strings.Contains(r.stderr, "more than zero") {
			t.Fatalf("%v: %d %q", args, r.status, r.stderr)
		}
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("a refused serve made its data directory: %v", err)
	}
}
