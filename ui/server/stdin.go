package server

import (
	"errors"
	"io"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// errInputCut is standard input cut short by a lost connection.
var errInputCut = errors.New("the connection was lost before the end of the input")

// clientInput is a command's standard input, from the client. A channel
// reads io.EOF both when the client ends its input and when the
// connection is lost; the second must not look like the first, or an
// import would store the part of a file that arrived. So at io.EOF it
// asks the client whether it is still there (a keepalive, which clients
// answer, if only with "unknown request"): requests are answered in
// order, so an answer means the end was the client's.
type clientInput struct{ sess ssh.Session }

func (in clientInput) Read(p []byte) (int, error) {
	n, err := in.sess.Read(p)
	if errors.Is(err, io.EOF) && !in.clientThere() {
		return n, errInputCut
	}
	return n, err
}

func (in clientInput) clientThere() bool {
	conn, ok := in.sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return true // no way to ask: trust the end
	}
	_, _, err := conn.SendRequest("keepalive@openssh.com", true, nil)
	return err == nil
}
