package server

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"

	"jobpost/ui"
	"jobpost/ui/common"
)

// finalSaveLimit bounds the save when a session ends: a stuck disk must
// not hold the session (or the server's shutdown) for ever.
const finalSaveLimit = 5 * time.Second

const (
	stoppedText    = "jobpost: the server is stopping; your work is saved."
	stoppedNotText = "jobpost: the server is stopping, and your last change could not be saved: %v"
	idleText       = "jobpost: closed after %s without a key; your work is saved."
	idleNotText    = "jobpost: closed after %s without a key, and your last change could not be saved: %v"
)

// runTUI runs the editor for user in the session's terminal. It runs the
// Bubble Tea program itself, not through wish's middleware, to keep the
// model: whatever way the session ends (the user quits, the connection
// drops or goes idle, the server stops), what the pages hold unsaved is
// saved from it, and then the session's handle is closed, which lets go
// of its drafts for the others.
func (s *Server) runTUI(sess ssh.Session, user string, asked ThemeChoice) outcome {
	store := s.cfg.Library.As(user)
	defer store.Close()
	pty, windows, _ := sess.Pty()
	getenv := lookupIn(append(sess.Environ(), "TERM="+pty.Term))

	theme, auto := s.startTheme(asked, getenv)
	c := common.New(theme, s.cfg.Catalog, store)
	c.User, c.Remote, c.Getenv, c.Rules = user, true, getenv, s.cfg.Rules
	c.AutoTheme = auto
	c.DBPath = "" // a path on the server means nothing to the user
	if s.cfg.Timing != nil {
		c.Timing = *s.cfg.Timing
	}
	app := ui.New(c)
	// The server stops sessions itself; a signal is not the program's.
	// The editor leaves on its own a little before the connection's idle
	// timeout, so that it can tidy the terminal and say why.
	watch := newIdleWatch(sess, s.cfg.IdleTimeout-idleMargin(s.cfg.IdleTimeout))
	defer watch.Stop()
	p := tea.NewProgram(app, append(bubbletea.MakeOptions(sess), tea.WithInput(watch), tea.WithoutSignalHandler())...)

	var stopped atomic.Bool // by Shutdown, not by the user or the connection
	var idled atomic.Bool   // no key for the idle timeout
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-sess.Context().Done():
				p.Kill() // the connection is gone: nothing to draw to
				return
			case <-s.stop:
				stopped.Store(true)
				p.Quit() // the terminal is there: leave it tidy
				return
			case <-watch.Idle():
				idled.Store(true)
				p.Quit()
				return
			case w, ok := <-windows:
				if !ok {
					// The session's channel was closed (the connection
					// may stay): Bubble Tea would read on for ever.
					p.Kill()
					return
				}
				p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			}
		}
	}()
	_, runErr := p.Run()
	close(done)

	saveErr := saveWithin(app, finalSaveLimit)
	if !errors.Is(saveErr, errSaveTimedOut) {
		// The editors' holds. A save still running owns the app: the
		// store's Close, deferred, lets go of the holds instead.
		app.Close()
	}
	// On standard output, after the program's last bytes: the ssh client
	// may write its standard error first, onto the editor's screen, which
	// leaving it then wipes.
	switch {
	case stopped.Load() && saveErr != nil:
		sayLine(sess, fmt.Sprintf(stoppedNotText, saveErr))
	case stopped.Load():
		sayLine(sess, stoppedText)
	case idled.Load() && saveErr != nil:
		sayLine(sess, fmt.Sprintf(idleNotText, inWords(s.cfg.IdleTimeout), saveErr))
	case idled.Load():
		sayLine(sess, fmt.Sprintf(idleText, inWords(s.cfg.IdleTimeout)))
	}
	switch {
	case saveErr != nil:
		return outcome{status: 1, err: fmt.Errorf("the last change could not be saved: %w", saveErr)}
	case runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) && !errors.Is(runErr, tea.ErrInterrupted):
		return outcome{status: 1, err: runErr}
	}
	return outcome{}
}

// startTheme is the theme a session starts with, and whether it follows
// the terminal's answer about its background: the user's choice (asked
// for with `ssh -t host --theme light`, else $JOBPOST_THEME if their ssh
// sent it), else the server's. Under auto it starts from the client's
// $COLORFGBG if it sent one, else dark, and then follows the terminal.
func (s *Server) startTheme(asked ThemeChoice, getenv func(string) string) (common.Theme, bool) {
	choice := asked
	if choice == "" {
		choice = ThemeChoice(getenv("JOBPOST_THEME"))
	}
	if !choice.valid() {
		choice = s.cfg.Theme
	}
	switch choice {
	case ThemeLight:
		return common.Light, false
	case ThemeDark:
		return common.Dark, false
	}
	if common.LightBackground(getenv("COLORFGBG")) {
		return common.Light, true
	}
	return common.Dark, true
}

// errSaveTimedOut is saveWithin's answer when the save is still running.
var errSaveTimedOut = errors.New("the disk did not answer in time")

// saveWithin saves what app still holds unsaved, waiting at most limit.
func saveWithin(app *ui.App, limit time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- app.SaveUnsaved() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		return errSaveTimedOut
	}
}
