package server

import (
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func TestUnknownKeyIsRefusedWithOneLine(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	stranger := newSigner(t)
	var told []string
	_, err := ts.dial(stranger, func(_, instruction string, _ []string, _ []bool) ([]string, error) {
		told = append(told, instruction)
		return nil, nil
	})
	if err == nil {
		t.Fatal("an unknown key logged in")
	}
	want := "jobpost: this key is not on the server's list of users (" + gossh.FingerprintSHA256(stranger.PublicKey()) +
		"). Ask whoever runs the server to add it."
	if len(told) != 1 || told[0] != want {
		t.Fatalf("the user was told %q, want %q", told, want)
	}
	log := ts.waitLog("login refused", 1)
	if !strings.Contains(log, gossh.FingerprintSHA256(stranger.PublicKey())) {
		t.Fatalf("the refusal is not logged with the key's fingerprint:\n%s", log)
	}
	if strings.Contains(log, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(stranger.PublicKey())))) {
		t.Fatalf("the log holds the key itself:\n%s", log)
	}
}

func TestForwardingIsRefused(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	c := ts.client("ana")
	if conn, err := c.Dial("tcp", ts.addr); err == nil {
		conn.Close()
		t.Fatal("a direct-tcpip channel (ssh -L) was opened")
	}
	if ln, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Fatal("a tcpip-forward (ssh -R) was accepted")
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Fatal("the sftp subsystem was accepted")
	}
	x11 := struct {
		SingleConnection         bool
		AuthProtocol, AuthCookie string
		ScreenNumber             uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0}
	if ok, err := sess.SendRequest("x11-req", true, gossh.Marshal(&x11)); ok || err != nil {
		t.Fatalf("x11 forwarding: accepted %v (%v)", ok, err)
	}
	// auth-agent-req is answered yes by charm.land/ssh, which never opens
	// the agent channel back unless the server asks it to (it does not).
}

func TestNoTerminalNoCommandSaysHow(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	sess, err := ts.client("ana").NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	sess.Stderr = &stderr
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	if status := exitStatus(t, sess.Wait()); status != 1 {
		t.Fatalf("exit status %d, want 1", status)
	}
	if got := stderr.String(); got != noTerminalText+"\r\n" {
		t.Fatalf("told %q", got)
	}
}

func TestUsersFileIsReadAgainWhenItChanges(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	users := filepath.Join(ts.dir, "users")
	before, err := os.ReadFile(users)
	if err != nil {
		t.Fatal(err)
	}
	line := ts.newKeyLine("bea")
	if _, err := ts.dial(ts.keys["bea"], nil); err == nil {
		t.Fatal("bea logged in before being added")
	}
	// Added as an editor saves: a new file renamed over the old one.
	tmp := users + ".new"
	writeFile(t, tmp, string(before)+line+"\n")
	if err := os.Rename(tmp, users); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status := ts.run("bea", "list", "")
	if status != 1 || stdout != "" || !strings.Contains(stderr, noCommandsText) {
		t.Fatalf("bea, once added, runs a command: %d %q %q", status, stdout, stderr)
	}
	kept := ts.client("ana") // a session that goes on after ana is removed
	writeFile(t, users, line+"\n")
	if _, err := ts.dial(ts.keys["ana"], nil); err == nil {
		t.Fatal("ana, removed, still logs in")
	}
	if _, err := kept.NewSession(); err != nil {
		t.Fatalf("ana's open connection was cut: %v", err)
	}
}

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func TestRepeatedFailuresBlockTheAddressForAWhile(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	ts := startServer(t, []string{"ana"}, func(c *Config) { c.Now = clock.Now })
	stranger := newSigner(t)
	for i := range loginFailures {
		if _, err := ts.dial(stranger, nil); err == nil {
			t.Fatalf("attempt %d: an unknown key logged in", i)
		}
		ts.waitLog("login refused", i+1)
	}
	// Blocked: even a good key is turned away, before any question.
	if _, err := ts.dial(ts.keys["ana"], nil); err == nil {
		t.Fatal("a blocked address logged in")
	}
	if _, err := ts.dial(ts.keys["ana"], nil); err == nil {
		t.Fatal("a blocked address logged in")
	}
	log := ts.waitLog("too many failed logins", 1)
	if n := strings.Count(log, "too many failed logins"); n != 1 {
		t.Fatalf("the block is logged %d times, want once:\n%s", n, log)
	}
	if n := strings.Count(log, "login refused"); n != loginFailures {
		t.Fatalf("%d refusals logged, want %d (one per failed login, none while blocked):\n%s", n, loginFailures, log)
	}
	clock.Add(loginWindow)
	c, err := ts.dial(ts.keys["ana"], nil)
	if err != nil {
		t.Fatalf("still blocked after the window: %v", err)
	}
	c.Close()
}

func TestCommandLineIsLoggedEscaped(t *testing.T) {
	ts := startServer(t, []string{"ana"}, nil)
	_, stderr, status := ts.run("ana", "list \x1b[2Jnow", "")
	if status != 1 || !strings.Contains(stderr, noCommandsText) {
		t.Fatalf("status %d, told %q", status, stderr)
	}
	log := ts.log.String()
	if strings.Contains(log, "\x1b") || !strings.Contains(log, `what="list \x1b[2Jnow"`) || !strings.Contains(log, "user=ana") {
		t.Fatalf("the command is not logged, escaped, with its user:\n%q", log)
	}
}

func TestConnectionThatNeverLogsInIsClosed(t *testing.T) {
	// A client that connects and says nothing (or trickles) must not hold
	// a connection for the idle timeout: many would exhaust the server.
	ts := startServer(t, []string{"ana"}, func(c *Config) { c.LoginTimeout = 100 * time.Millisecond })
	conn, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The test's own bound, far above the login timeout: reading past it
	// means the server kept the connection.
	_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, err = io.Copy(io.Discard, conn)
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		t.Fatal("the server kept a connection that never logged in")
	}
}

func TestFailuresCountPerIPv6Network(t *testing.T) {
	// One IPv6 host commonly has a whole /64: counted per address, it
	// could try for ever from a new one each time.
	tcp := func(ip string) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: 50000} }
	same := []string{"2001:db8:1:2::1", "2001:db8:1:2:ffff::9", "2001:db8:1:2:abcd:1:2:3"}
	for _, ip := range same[1:] {
		if limitedAs(tcp(ip)) != limitedAs(tcp(same[0])) {
			t.Fatalf("%s and %s, in one /64, are counted apart", ip, same[0])
		}
	}
	apart := []string{"2001:db8:1:3::1", "192.0.2.1", "192.0.2.2"}
	for _, ip := range apart {
		if limitedAs(tcp(ip)) == limitedAs(tcp(same[0])) {
			t.Fatalf("%s is counted with %s", ip, same[0])
		}
	}
	if limitedAs(tcp("::ffff:192.0.2.1")) != limitedAs(tcp("192.0.2.1")) {
		t.Fatal("an IPv4 address mapped into IPv6 is counted apart from itself")
	}
}

// unsigned is a key offered without its private half: the server is
// asked about it, and then the client cannot sign.
type unsigned struct{ gossh.Signer }

func (unsigned) Sign(io.Reader, []byte) (*gossh.Signature, error) {
	return nil, errors.New("no private key")
}

func TestLoginIsTheUserOfTheKeyThatSigned(t *testing.T) {
	// The server remembers its answer for each key it was asked about. A
	// client that asks about its own key, then about ana's (which is
	// public), then signs with its own, logs in as itself, not as ana.
	ts := startServer(t, []string{"ana", "mallory"}, func(c *Config) {
		c.RunCommand = func(cs CommandSession) int {
			_, _ = io.WriteString(cs.Stdout, cs.User)
			return 0
		}
	})
	own, ana := ts.keys["mallory"], ts.keys["ana"]
	steps := []gossh.AuthMethod{
		gossh.PublicKeys(unsigned{own}), gossh.PublicKeys(unsigned{ana}), gossh.PublicKeys(own),
	}
	c, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User: "anyone",
		AuthCallback: func(*gossh.ClientAuthContext) (gossh.AuthMethod, error) {
			if len(steps) == 0 {
				return nil, errors.New("no more")
			}
			next := steps[0]
			steps = steps[1:]
			return next, nil
		},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	out, err := sess.Output("whoami")
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != "mallory" {
		t.Fatalf("mallory's key logged in as %q", out)
	}
}
