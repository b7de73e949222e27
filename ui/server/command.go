package server

import (
	"io"
	"strings"

	"charm.land/ssh"

	"jobpost/storage"
)

// CommandSession is one command given over SSH (`ssh host list`), as
// Config.RunCommand receives it. Store is the session's own handle on the
// library (closed after the command); everything is read from and written
// to the user's end of the connection, never a file on the server.
type CommandSession struct {
	Args   []string // the command line, split as a shell would
	User   string
	Store  *storage.Store
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment the client sent (LANG, TERM…).
	Getenv func(string) string
	// IsTerminal is true when the client asked for a terminal (ssh -t).
	IsTerminal bool
	// TerminalWidth is the client's terminal width, when it has one.
	TerminalWidth func() (int, bool)
	// OpenTerminal reaches the user's own terminal for OSC 52 (copy):
	// the session's standard error, which stays on their screen when
	// standard output is redirected.
	OpenTerminal func() (io.WriteCloser, error)
}

// runCommand runs the session's command through Config.RunCommand.
func (s *Server) runCommand(sess ssh.Session, user string) outcome {
	if s.cfg.RunCommand == nil {
		return s.fail(sess, noCommandsText)
	}
	store := s.cfg.Library.As(user)
	defer store.Close()
	pty, _, hasPty := sess.Pty()
	env := sess.Environ()
	if hasPty {
		env = append(env, "TERM="+pty.Term)
	}
	status := s.cfg.RunCommand(CommandSession{
		Args:       sess.Command(),
		User:       user,
		Store:      store,
		Stdin:      clientInput{sess},
		Stdout:     sess,
		Stderr:     sess.Stderr(),
		Getenv:     lookupIn(env),
		IsTerminal: hasPty,
		TerminalWidth: func() (int, bool) {
			pty, _, ok := sess.Pty()
			return pty.Window.Width, ok && pty.Window.Width > 0
		},
		OpenTerminal: func() (io.WriteCloser, error) { return nopCloser{sess.Stderr()}, nil },
	})
	return outcome{status: status}
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// lookupIn is Getenv over a list of KEY=value (the last one wins, as in
// a shell).
func lookupIn(env []string) func(string) string {
	return func(key string) string {
		for i := len(env) - 1; i >= 0; i-- {
			if k, v, ok := strings.Cut(env[i], "="); ok && k == key {
				return v
			}
		}
		return ""
	}
}
