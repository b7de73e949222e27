package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"jobpost/data"
	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
)

// waitLimit bounds every wait for a screen or a stored change.
const waitLimit = 15 * time.Second

// testServer is a Server on 127.0.0.1 with its own data directory.
type testServer struct {
	t       testing.TB
	srv     *Server
	addr    string
	dir     string
	library *storage.Store
	log     *lockedBuffer
	keys    map[string]gossh.Signer // by user name
}

// lockedBuffer is a log that tests read while the server writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testTiming saves soon after each edit, as the real program does, but
// sooner, so that many saves race each other.
var testTiming = common.Timing{
	AutosaveDelay:   20 * time.Millisecond,
	AutosaveRetry:   50 * time.Millisecond,
	PreviewDebounce: 20 * time.Millisecond,
	StatusTTL:       time.Second,
	WatchEvery:      time.Second,
}

// startServer starts a server whose users file names users (a key each);
// change adjusts the configuration first.
func startServer(t testing.TB, users []string, change func(*Config)) *testServer {
	t.Helper()
	dir := t.TempDir()
	library, err := storage.Open(LibraryPath(dir), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cat, err := data.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{t: t, dir: dir, library: library, log: &lockedBuffer{}, keys: map[string]gossh.Signer{}}
	var lines []string
	for _, u := range users {
		lines = append(lines, ts.newKeyLine(u))
	}
	writeFile(t, filepath.Join(dir, "users"), strings.Join(lines, "\n")+"\n")
	cfg := Config{
		Listen: "127.0.0.1:0", DataDir: dir, Log: ts.log,
		Library: library, Catalog: cat, Theme: ThemeDark, Timing: new(testTiming),
	}
	if change != nil {
		change(&cfg)
	}
	ts.srv, err = New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := ts.srv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ts.addr = ln.Addr().String()
	served := make(chan error, 1)
	go func() { served <- ts.srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = ts.srv.Shutdown(ctx)
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
		library.Close()
	})
	return ts
}

// newKeyLine makes a key for user and returns its users file line.
func (ts *testServer) newKeyLine(user string) string {
	signer := newSigner(ts.t)
	ts.keys[user] = signer
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(signer.PublicKey()))) + " " + user + "@test"
}

func newSigner(t testing.TB) gossh.Signer {
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(private)
	if err != nil {
		t.Fatal(err)
	}
	return signer
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// dial logs in with signer; kbd, when set, answers keyboard-interactive
// (and so receives the refusal's instruction).
func (ts *testServer) dial(signer gossh.Signer, kbd gossh.KeyboardInteractiveChallenge) (*gossh.Client, error) {
	auth := []gossh.AuthMethod{gossh.PublicKeys(signer)}
	if kbd != nil {
		auth = append(auth, gossh.KeyboardInteractive(kbd))
	}
	return gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User: "anyone", Auth: auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
}

// client logs user in, or fails the test.
func (ts *testServer) client(user string) *gossh.Client {
	ts.t.Helper()
	c, err := ts.dial(ts.keys[user], nil)
	if err != nil {
		ts.t.Fatalf("%s cannot log in: %v", user, err)
	}
	ts.t.Cleanup(func() { c.Close() })
	return c
}

// run runs a command as user and returns its output and exit status.
func (ts *testServer) run(user, command, stdin string) (stdout, stderr string, status int) {
	ts.t.Helper()
	c := ts.client(user)
	sess, err := c.NewSession()
	if err != nil {
		ts.t.Fatal(err)
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr, sess.Stdin = &out, &errOut, strings.NewReader(stdin)
	err = sess.Run(command)
	status = exitStatus(ts.t, err)
	return out.String(), errOut.String(), status
}

func exitStatus(t testing.TB, err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*gossh.ExitError); ok {
		return ee.ExitStatus()
	}
	t.Fatalf("session: %v", err)
	return -1
}

// draft puts a draft titled title in the library, created by user.
func (ts *testServer) draft(user, title string) string {
	ts.t.Helper()
	h := ts.library.As(user)
	defer h.Close()
	saved, err := h.Import([]model.Posting{{Title: title, Role: "backend", Seniority: "senior"}}, time.Now())
	if err != nil {
		ts.t.Fatal(err)
	}
	return saved[0].ID
}

// waitStored waits until the draft id satisfies ok in the library.
func (ts *testServer) waitStored(id, what string, ok func(model.Posting) bool) {
	ts.t.Helper()
	deadline := time.Now().Add(waitLimit)
	var last model.Posting
	for time.Now().Before(deadline) {
		p, err := ts.library.Get(id)
		if err == nil && ok(p) {
			return
		}
		last = p
		time.Sleep(10 * time.Millisecond)
	}
	ts.t.Fatalf("not stored: %s (title now %q)", what, last.Title)
}

// terminal is an SSH session with a pty, read through a terminal
// emulator, so that the test sees the screen as the user would.
type terminal struct {
	t     testing.TB
	sess  *gossh.Session
	stdin io.WriteCloser

	mu      sync.Mutex
	screen  *vt.Emulator
	changed chan struct{} // closed (and replaced) when output arrives
	ended   chan struct{} // closed when the server closed the session's output
	stderr  lockedBuffer
}

// openTerminal opens the editor for user in a width×height terminal.
func (ts *testServer) openTerminal(user string, width, height int) *terminal {
	ts.t.Helper()
	return openTerminalOn(ts.t, ts.client(user), width, height)
}

func openTerminalOn(t testing.TB, c *gossh.Client, width, height int) *terminal {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", height, width, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	tm := &terminal{t: t, sess: sess, stdin: stdin, screen: vt.NewEmulator(width, height),
		changed: make(chan struct{}), ended: make(chan struct{})}
	sess.Stderr = &tm.stderr
	go func() {
		defer close(tm.ended)
		buf := make([]byte, 32*1024)
		for {
			n, err := stdout.Read(buf)
			if n > 0 {
				tm.mu.Lock()
				_, _ = tm.screen.Write(buf[:n])
				close(tm.changed)
				tm.changed = make(chan struct{})
				tm.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	// The terminal's answers to the program's questions go back to it,
	// as a real terminal's do (and the emulator would block otherwise).
	go func() { _, _ = io.Copy(stdin, tm.screen) }()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sess.Close() })
	return tm
}

// Screen is the terminal's text now.
func (tm *terminal) Screen() string {
	screen, _ := tm.screenAndChange()
	return screen
}

// screenAndChange is the screen now and a channel closed when it changes.
func (tm *terminal) screenAndChange() (string, <-chan struct{}) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.screen.String(), tm.changed
}

// waitFor waits until the screen shows every one of texts.
func (tm *terminal) waitFor(texts ...string) {
	tm.t.Helper()
	tm.waitUntil(fmt.Sprintf("%q on screen", texts), func(screen string) bool {
		for _, text := range texts {
			if !strings.Contains(screen, text) {
				return false
			}
		}
		return true
	})
}

func (tm *terminal) waitUntil(what string, ok func(screen string) bool) {
	tm.t.Helper()
	timeout := time.After(waitLimit)
	for {
		screen, changed := tm.screenAndChange()
		if ok(screen) {
			return
		}
		select {
		case <-changed:
		case <-timeout:
			tm.t.Fatalf("waited in vain for %s; the screen:\n%s", what, tm.Screen())
		}
	}
}

// send types s (keys as the terminal sends them: "\r" is enter, "\x1b"
// escape).
func (tm *terminal) send(s string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.stdin, s); err != nil {
		tm.t.Fatalf("typing %q: %v", s, err)
	}
}

// waitEnded waits until the server has closed the session and returns
// its exit status.
func (tm *terminal) waitEnded() int {
	tm.t.Helper()
	select {
	case <-tm.ended:
	case <-time.After(waitLimit):
		tm.t.Fatalf("the session did not end; the screen:\n%s", tm.Screen())
	}
	done := make(chan error, 1)
	go func() { done <- tm.sess.Wait() }()
	select {
	case err := <-done:
		return exitStatus(tm.t, err)
	case <-time.After(waitLimit):
		tm.t.Fatal("no exit status")
	}
	return -1
}

// waitLog waits until the log holds text n times (the server logs after
// the client has been answered).
func (ts *testServer) waitLog(text string, n int) string {
	ts.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		if log := ts.log.String(); strings.Count(log, text) >= n {
			return log
		}
		time.Sleep(5 * time.Millisecond)
	}
	ts.t.Fatalf("the log does not hold %q %d times:\n%s", text, n, ts.log.String())
	return ""
}
