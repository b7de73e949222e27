package server

import (
	"crypto/rand"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestHostKeyIsMadePrivateOnceAndKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "ssh_host_ed25519_key")
	first, err := hostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("host key mode %04o, want 0600", fi.Mode().Perm())
	}
	if first.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Fatalf("host key type %s", first.PublicKey().Type())
	}
	again, err := hostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if gossh.FingerprintSHA256(again.PublicKey()) != gossh.FingerprintSHA256(first.PublicKey()) {
		t.Fatal("a second start made a new host key")
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = hostKey(path)
	if err == nil || !strings.Contains(err.Error(), "chmod 600 "+path) {
		t.Fatalf("a readable host key: %v, want the way to fix it", err)
	}
}

func TestUsersFileNamesAndSkippedLines(t *testing.T) {
	dir := t.TempDir()
	ana, bea, cem := newSigner(t), newSigner(t), newSigner(t)
	line := func(s gossh.Signer, comment string) string {
		return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(s.PublicKey()))) + comment
	}
	path := filepath.Join(dir, "users")
	writeFile(t, path, strings.Join([]string{
		"# the team",
		line(ana, " ana@laptop"),
		line(ana, " ana@desktop"),
		line(bea, ""),               // 4: no name
		"ssh-ed25519 not-a-key bea", // 5: bad key
		line(cem, " c\x1b[31mem"),   // 6: a name with an escape
		"",
	}, "\n"))
	var log lockedBuffer
	u, err := loadUsers(path, slog.New(slog.NewTextHandler(&log, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if name, ok := u.lookup(ana.PublicKey()); !ok || name != "ana" {
		t.Fatalf("ana@laptop is %q %v, want ana", name, ok)
	}
	for _, s := range []gossh.Signer{bea, cem} {
		if name, ok := u.lookup(s.PublicKey()); ok {
			t.Fatalf("a skipped line let in %q", name)
		}
	}
	if u.Count() != 1 {
		t.Fatalf("%d users, want 1", u.Count())
	}
	for _, n := range []string{"line=4", "line=5", "line=6"} {
		if !strings.Contains(log.String(), n) {
			t.Errorf("no log line for %s:\n%s", n, log.String())
		}
	}
	if strings.Contains(log.String(), "\x1b") {
		t.Fatalf("the log holds an escape:\n%q", log.String())
	}
}

func TestMissingUsersFileSaysHowToMakeOne(t *testing.T) {
	_, err := loadUsers(filepath.Join(t.TempDir(), "users"), slog.Default())
	if !errors.Is(err, errNoUsersFile) || !strings.Contains(err.Error(), "ssh-ed25519 AAAA") {
		t.Fatalf("%v", err)
	}
}

// usersFrom loads a users file of lines, logging to log.
func usersFrom(t *testing.T, log *lockedBuffer, lines ...string) *users {
	t.Helper()
	path := filepath.Join(t.TempDir(), "users")
	writeFile(t, path, strings.Join(lines, "\n")+"\n")
	u, err := loadUsers(path, slog.New(slog.NewTextHandler(log, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func keyLine(s gossh.Signer, comment string) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(s.PublicKey()))) + " " + comment
}

func TestUsersFileLongLineDoesNotHideTheUsersAfterIt(t *testing.T) {
	ana := newSigner(t)
	var log lockedBuffer
	u := usersFrom(t, &log, "# "+strings.Repeat("x", 2<<20), keyLine(ana, "ana"))
	if name, ok := u.lookup(ana.PublicKey()); !ok || name != "ana" {
		t.Fatalf("ana, after a long comment line, is %q %v", name, ok)
	}
}

func TestUsersFileLineWithOptionsIsSkipped(t *testing.T) {
	// from="…", command="…", cert-authority: restrictions (or a meaning)
	// this server cannot honour, so such a line must not let anyone in.
	ana, bea, cem := newSigner(t), newSigner(t), newSigner(t)
	var log lockedBuffer
	u := usersFrom(t, &log,
		`from="10.0.0.0/8" `+keyLine(ana, "ana"),
		`cert-authority `+keyLine(bea, "bea"),
		`restrict,command="list" `+keyLine(cem, "cem"))
	for _, s := range []gossh.Signer{ana, bea, cem} {
		if name, ok := u.lookup(s.PublicKey()); ok {
			t.Fatalf("a line with options let in %q", name)
		}
	}
	for _, n := range []string{"line=1", "line=2", "line=3"} {
		if !strings.Contains(log.String(), n) {
			t.Errorf("no log line for %s:\n%s", n, log.String())
		}
	}
}

func TestUsersFileCertificateIsSkipped(t *testing.T) {
	// A certificate's validity and principals would go unchecked.
	ca, dan := newSigner(t), newSigner(t)
	cert := &gossh.Certificate{Key: dan.PublicKey(), CertType: gossh.UserCert, ValidBefore: gossh.CertTimeInfinity}
	if err := cert.SignCert(rand.Reader, ca); err != nil {
		t.Fatal(err)
	}
	var log lockedBuffer
	u := usersFrom(t, &log, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(cert)))+" dan")
	if name, ok := u.lookup(cert); ok {
		t.Fatalf("a certificate let in %q", name)
	}
	if !strings.Contains(log.String(), "line=1") {
		t.Fatalf("the skipped line is not logged:\n%s", log.String())
	}
}

func TestUsersFileKeyNamedTwiceKeepsTheFirstName(t *testing.T) {
	ana := newSigner(t)
	var log lockedBuffer
	u := usersFrom(t, &log, keyLine(ana, "ana"), keyLine(ana, "bea"))
	if name, ok := u.lookup(ana.PublicKey()); !ok || name != "ana" {
		t.Fatalf("the key is %q %v, want ana (the first line, as sshd reads it)", name, ok)
	}
	if !strings.Contains(log.String(), "line=2") {
		t.Fatalf("the second name is not logged:\n%s", log.String())
	}
	if u.Count() != 1 {
		t.Fatalf("%d users, want 1", u.Count())
	}
}

func TestUsersFileOthersMayChangeIsNotTrusted(t *testing.T) {
	// Whoever may write the file may log in as anyone.
	ana, bea := newSigner(t), newSigner(t)
	var log lockedBuffer
	u := usersFrom(t, &log, keyLine(ana, "ana"))
	if err := os.Chmod(u.path, 0o666); err != nil {
		t.Fatal(err)
	}
	if _, err := loadUsers(u.path, slog.Default()); err == nil || !strings.Contains(err.Error(), "chmod go-w "+u.path) {
		t.Fatalf("a users file others may write: %v, want the way to fix it", err)
	}
	// Changed while the server runs: the users read before stay.
	writeFile(t, u.path, keyLine(ana, "ana")+"\n"+keyLine(bea, "bea")+"\n")
	if err := os.Chmod(u.path, 0o620); err != nil {
		t.Fatal(err)
	}
	if name, ok := u.lookup(bea.PublicKey()); ok {
		t.Fatalf("a line added to a file others may write let in %q", name)
	}
	if _, ok := u.lookup(ana.PublicKey()); !ok {
		t.Fatal("ana, read before, was let go")
	}
}
