package server

import (
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"jobpost/storage"
)

// For the tests in package server_test, which run the command line's
// commands (package server cannot import it).

// TestServer is a running server with its own data directory.
type TestServer = testServer

// StartTestServer starts a server whose users file names users.
func StartTestServer(t testing.TB, users []string, change func(*Config)) *TestServer {
	return startServer(t, users, change)
}

// Run runs command over SSH as user.
func (ts *testServer) Run(user, command, stdin string) (stdout, stderr string, status int) {
	return ts.run(user, command, stdin)
}

// Library is the server's library.
func (ts *testServer) Library() *storage.Store { return ts.library }

// Client logs user in.
func (ts *testServer) Client(user string) *gossh.Client { return ts.client(user) }
