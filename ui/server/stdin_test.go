package server

import (
	"io"
	"net"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// readAllCommand is a RunCommand that reads its standard input to the end
// and hands over what reading it returned.
func readAllCommand(read chan<- error) func(CommandSession) int {
	return func(cs CommandSession) int {
		_, err := io.ReadAll(cs.Stdin)
		read <- err
		return 0
	}
}

func TestStdinEndsCleanlyOnlyWhenTheClientSaysSo(t *testing.T) {
	read := make(chan error, 1)
	ts := startServer(t, []string{"ana"}, func(c *Config) { c.RunCommand = readAllCommand(read) })

	// The client closes its standard input: the command reads to its end.
	if _, stderr, status := ts.run("ana", "import", "{}\n"); status != 0 {
		t.Fatalf("status %d, %q", status, stderr)
	}
	if err := <-read; err != nil {
		t.Fatalf("a finished standard input reads as %v", err)
	}

	// The connection is lost half way: an import must not take what came
	// so far for the whole input (it would store part of it).
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	conn, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, &gossh.ClientConfig{
		User: "ana", Auth: []gossh.AuthMethod{gossh.PublicKeys(ts.keys["ana"])},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	c := gossh.NewClient(conn, chans, reqs)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Start("import"); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(stdin, "{}\n{}\n"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if err := <-read; err == nil {
		t.Fatal("a lost connection reads as the end of standard input")
	}
}
