package main

// The team library end to end: `jobpost serve` as a process, two people
// connecting with the real OpenSSH client in two tmux panes, as a team
// would. Every step waits for text on a screen.

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"jobpost/internal/testbinary"
)

func TestServeOverSSHTmux(t *testing.T) {
	for _, tool := range []string{"tmux", "ssh"} {
		if _, err := exec.LookPath(tool); err != nil {
			if testing.Short() {
				t.Skipf("%s not installed (needed for the end-to-end test of jobpost serve)", tool)
			}
			t.Fatalf("%s not installed: run `make deps` (it installs tmux and an OpenSSH client), or use -short to skip", tool)
		}
	}
	bin := testbinary.Build(t)
	s := newTmux(t)
	srv := startServer(t, s.home, bin, "ana", "bob")

	ana := s.start("ana", "ssh", srv.sshArgs("ana")...)
	bob := s.start("bob", "ssh", srv.sshArgs("bob")...)
	ana.waitText("No postings yet.")
	bob.waitText("No postings yet.")

	// Ana writes a posting with the wizard, taking every default.
	ana.send("n")
	ana.waitText("Step 1/6")
	ana.send("/")
	ana.typeText("backend")
	ana.waitText("/ backend")
	ana.send("Enter")
	for step := 2; step <= 6; step++ {
		ana.waitText("Step " + string(rune('0'+step)) + "/6")
		ana.send("Enter")
	}
	ana.waitText("Editing: Backend Engineer")

	// Bob sees it arrive in his list, with who wrote it and who has it open.
	bob.waitText("Backend Engineer", "✎ ana editing", "by ana")
	bob.send("Enter")
	bob.waitText("Read-only: ana is editing this draft")

	// Ana changes the title while Bob reads: her save reaches his screen.
	ana.send("Enter", "End")
	ana.typeText(" (Payments)")
	ana.send("Enter")
	ana.waitText("Editing: Backend Engineer (Payments)", "Saved")
	bob.waitText("Read-only: Backend Engineer (Payments)")

	// Bob's keys change nothing while Ana has it: enter opens no field.
	bob.send("Enter")
	bob.waitText("Read-only: ana is editing this draft")

	// Ana leaves the draft: it opens for Bob, with her change in it.
	ana.send("Escape")
	ana.waitText("Drafts", "Backend Engineer (Payments)")
	bob.waitText("ana has left; you can edit now", "Editing: Backend Engineer (Payments)")
	bob.send("Enter", "End")
	bob.typeText(" in Berlin")
	bob.send("Enter")
	// (His "Saved" waits while "ana has left" is up: Ana's list shows it.)
	bob.waitText("Editing: Backend Engineer (Payments) in Berlin")
	ana.waitText("Backend Engineer (Payments) in Berlin", "✎ bob editing", "by bob")

	// The commands over SSH see the same library.
	out := srv.run(t, "bob", "list")
	if !strings.Contains(out, "Backend Engineer (Payments) in Berlin") || !strings.Contains(out, "by bob") {
		t.Fatalf("ssh list:\n%s", out)
	}

	// Stopping the server saves what Bob typed last and tells both.
	bob.send("Down", "Down", "Enter", "End")
	bob.typeText(" Typed as the server stops.")
	bob.waitText("as the server stops.")
	srv.stop(t)
	for _, p := range []*pane{ana, bob} {
		status, _ := p.waitExit()
		// With the history: tmux's "Pane is dead" line scrolls the pane.
		screen := s.must("capture-pane", "-p", "-S", "-", "-t", p.target)
		if status != 0 || !strings.Contains(screen, "jobpost: the server is stopping; your work is saved.") {
			t.Errorf("%s's ssh exited %d:\n%s", p.target, status, screen)
		}
	}
	md, errOut, status := runBin(t, s.home, bin, "--db", srv.library(), "show", "payments", "--format", "md")
	if status != 0 || !strings.Contains(md, "Typed as the server stops.") {
		t.Fatalf("after SIGTERM the summary lost its last edit (%d %s):\n%s", status, errOut, md)
	}
	log := srv.log()
	for _, want := range []string{"user=ana", "user=bob", "what=tui", "what=list"} {
		if !strings.Contains(log, want) {
			t.Errorf("the server's log lacks %q:\n%s", want, log)
		}
	}
}

// teamServer is `jobpost serve` running as a process, with a key per user.
type teamServer struct {
	cmd    *exec.Cmd
	dir    string
	port   string
	keys   map[string]string // user → private key file
	stderr *lockedBuffer
	done   chan error
}

// startServer writes a users file with a new key for each user, starts
// the server on a free loopback port and waits until it listens.
func startServer(t *testing.T, home, bin string, users ...string) *teamServer {
	t.Helper()
	srv := &teamServer{dir: filepath.Join(home, "serve"), keys: map[string]string{},
		stderr: &lockedBuffer{}, done: make(chan error, 1)}
	if err := os.MkdirAll(srv.dir, 0o700); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, u := range users {
		file, line := newUserKey(t, filepath.Join(home, "keys"), u)
		srv.keys[u] = file
		lines = append(lines, line)
	}
	if err := os.WriteFile(filepath.Join(srv.dir, "users"), []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	srv.port = freePort(t)
	srv.cmd = exec.Command(bin, "serve", "--listen", "127.0.0.1:"+srv.port, "--data", srv.dir)
	srv.cmd.Env = cleanEnv(home)
	srv.cmd.Stderr = srv.stderr
	if err := srv.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { srv.done <- srv.cmd.Wait() }()
	t.Cleanup(func() {
		if srv.cmd.ProcessState == nil {
			_ = srv.cmd.Process.Kill()
			<-srv.done
		}
	})
	deadline := time.Now().Add(waitTimeout)
	for !strings.Contains(srv.log(), "listening on") {
		select {
		case err := <-srv.done:
			t.Fatalf("jobpost serve ended before listening (%v):\n%s", err, srv.log())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("jobpost serve did not start listening:\n%s", srv.log())
		}
		time.Sleep(pollEvery)
	}
	return srv
}

// newUserKey writes a new ed25519 private key for user (0600, as ssh
// wants) and returns its file and its users-file line.
func newUserKey(t *testing.T, dir, user string) (file, line string) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(dir, user)
	if err := os.WriteFile(file, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return file, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(sshPub))) + " " + user + "@laptop"
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

// sshArgs are the ssh client's arguments to connect as user: no config
// files, no known hosts kept, this user's key only, a terminal.
func (srv *teamServer) sshArgs(user string, command ...string) []string {
	args := []string{"-F", "/dev/null", "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=no",
		"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-p", srv.port, "-i", srv.keys[user]}
	if len(command) == 0 {
		args = append(args, "-t")
	}
	return append(append(args, "127.0.0.1"), command...)
}

// run runs a command over SSH as user and returns its standard output.
func (srv *teamServer) run(t *testing.T, user string, command ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ssh", srv.sshArgs(user, command...)...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("ssh %s: %v\n%s", strings.Join(command, " "), err, e.String())
	}
	return o.String()
}

// stop sends SIGTERM and waits for the server to end with status 0.
func (srv *teamServer) stop(t *testing.T) {
	t.Helper()
	if err := srv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-srv.done:
		if err != nil {
			t.Fatalf("jobpost serve exited with %v after SIGTERM:\n%s", err, srv.log())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("jobpost serve did not stop on SIGTERM:\n%s", srv.log())
	}
}

func (srv *teamServer) library() string { return filepath.Join(srv.dir, "jobpost.db") }

func (srv *teamServer) log() string { return srv.stderr.String() }

// lockedBuffer is a bytes.Buffer the server's stderr writes to while the
// test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
