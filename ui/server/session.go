package server

import (
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/ssh"
)

// Messages a session may end with.
const (
	noTerminalText = "jobpost: no terminal; use ssh -t, or give a command such as 'list'"
	fullText       = "jobpost: the server has as many sessions as it takes (%d); try again in a while."
	stoppingText   = "jobpost: the server is stopping; try again in a moment."
	noCommandsText = "jobpost: this server runs no commands; connect without one for the editor."
	badThemeText   = "jobpost: unknown theme %q: use dark, light or auto"
)

// outcome is how a session ended, for its log line.
type outcome struct {
	status int
	err    error
}

// handle runs one session: the editor with a terminal and no command, a
// command when one is given, and a one-line refusal otherwise.
func (s *Server) handle(sess ssh.Session) {
	start := time.Now()
	user, _ := sess.Context().Value(userKey{}).(string)
	_, _, hasPty := sess.Pty()
	theme, themeOnly := askedTheme(sess.Command())
	what := "tui"
	switch {
	case themeOnly:
		what = "tui " + sess.RawCommand()
	case len(sess.Command()) > 0:
		what = sess.RawCommand()
	case !hasPty:
		what = "shell" // asked for, and refused
	}
	var out outcome
	counted := false
	defer func() {
		// Logged before the user is told the status, so that the line
		// is there once the session is over for them; counted out last,
		// so that Shutdown closes no connection before its status went.
		s.logSession(user, sess.RemoteAddr().String(), what, out, time.Since(start))
		_ = sess.Exit(out.status)
		if counted {
			s.end()
		}
	}()
	msg, ok := s.begin()
	if !ok {
		out = s.fail(sess, msg)
		return
	}
	counted = true
	switch {
	case themeOnly && !theme.valid():
		out = s.fail(sess, fmt.Sprintf(badThemeText, theme))
		out.status = 2
	case themeOnly && hasPty:
		out = s.runTUI(sess, user, theme)
	case len(sess.Command()) > 0 && !themeOnly:
		out = s.runCommand(sess, user)
	case hasPty:
		out = s.runTUI(sess, user, "")
	default:
		out = s.fail(sess, noTerminalText)
	}
}

// begin counts a session in, unless the server is full or stopping; it
// returns the refusal otherwise.
func (s *Server) begin() (refusal string, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.stopping:
		return stoppingText, false
	case s.running >= s.cfg.MaxSessions:
		return fmt.Sprintf(fullText, s.cfg.MaxSessions), false
	}
	s.running++
	s.sessions.Add(1)
	return "", true
}

func (s *Server) end() {
	s.mu.Lock()
	s.running--
	s.mu.Unlock()
	s.sessions.Done()
}

// fail tells the user why the session ends, on one line, with status 1.
func (s *Server) fail(sess ssh.Session, msg string) outcome {
	sayLine(sess.Stderr(), msg)
	return outcome{status: 1, err: fmt.Errorf("%s", strings.TrimPrefix(msg, "jobpost: "))}
}

// sayLine writes one line to the user's terminal: "\r\n", which is a new
// line whether or not the terminal is in raw mode.
func sayLine(w io.Writer, msg string) {
	_, _ = io.WriteString(w, msg+"\r\n")
}

// logSession writes the session's one log line. slog's text format
// quotes any value with control characters or spaces, so a command line
// from the client cannot forge log lines or reach a terminal raw.
func (s *Server) logSession(user, remote, what string, out outcome, took time.Duration) {
	args := []any{"user", user, "remote", remote, "what", what, "exit", out.status,
		"duration", took.Round(time.Millisecond).String()}
	if out.err != nil {
		args = append(args, "error", out.err.Error())
	}
	s.log.Info("session", args...)
}

// askedTheme reads a command line that only chooses the editor's colours
// (`ssh -t host --theme light`, or --theme=light): the editor, in that
// theme. themeOnly is false for anything else.
func askedTheme(args []string) (theme ThemeChoice, themeOnly bool) {
	switch {
	case len(args) == 2 && args[0] == "--theme":
		return ThemeChoice(args[1]), true
	case len(args) == 1 && strings.HasPrefix(args[0], "--theme="):
		return ThemeChoice(strings.TrimPrefix(args[0], "--theme=")), true
	}
	return "", false
}
