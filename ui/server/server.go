// Package server is `jobpost serve`: the team library over SSH. One
// process owns the library; everyone whose key is in the users file gets
// the editor in a session of their own (`ssh -p PORT host`), or runs one
// command (`ssh -p PORT host list`). Logins are by public key only; there
// is no shell, no forwarding and no subsystem.
//
// The package knows nothing of the command line: the commands run through
// Config.RunCommand, which ui/cli provides.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// maxAuthTries bounds the login attempts (one per key offered, and the
// final refusal) on one connection.
const maxAuthTries = 6

// Server is the SSH server. Make one with New, then Serve; Shutdown stops it.
type Server struct {
	cfg    Config
	ssh    *ssh.Server
	users  *users
	limit  *loginLimit
	log    *slog.Logger
	signer gossh.Signer

	mu       sync.Mutex
	conns    map[string]*connState // by remote address, from accept to close
	running  int                   // sessions running
	stopping bool
	stop     chan struct{} // closed when Shutdown begins
	sessions sync.WaitGroup
}

// New checks cfg, loads (or creates) the host key and reads the users
// file. A missing users file is an error saying how to make one.
func New(cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	if cfg.Library == nil || cfg.Catalog == nil || cfg.DataDir == "" {
		return nil, errors.New("server: Library, Catalog and DataDir are required")
	}
	s := &Server{
		cfg:   cfg,
		limit: newLoginLimit(cfg.Now),
		log:   slog.New(slog.NewTextHandler(cfg.Log, nil)),
		conns: map[string]*connState{},
		stop:  make(chan struct{}),
	}
	var err error
	if s.signer, err = hostKey(cfg.HostKeyPath()); err != nil {
		return nil, err
	}
	if s.users, err = loadUsers(cfg.UsersFile, s.log); err != nil {
		return nil, err
	}
	s.ssh, err = wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithVersion("jobpost"),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithPublicKeyAuth(s.checkKey),
		wish.WithKeyboardInteractiveAuth(s.refuse),
		func(srv *ssh.Server) error {
			srv.AddHostKey(s.signer)
			srv.HandshakeTimeout = cfg.LoginTimeout
			srv.Handler = s.handle
			srv.ConnCallback = s.connOpened
			srv.ConnectionFailedCallback = s.connFailed
			srv.ConnectionCloseCallback = s.connClosed
			srv.ServerConfigCallback = func(ssh.Context) *gossh.ServerConfig {
				return &gossh.ServerConfig{MaxAuthTries: maxAuthTries}
			}
			// Sessions only: no direct-tcpip (ssh -L) or other channels.
			// Port forwarding is also refused by the nil forwarding
			// callbacks, and no subsystem (sftp) is served.
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": ssh.DefaultSessionHandler}
			srv.RequestHandlers = map[string]ssh.RequestHandler{}
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			return nil
		},
	)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Fingerprint is the host key's SHA256 fingerprint, as ssh shows it on
// the first connection.
func (s *Server) Fingerprint() string { return gossh.FingerprintSHA256(s.signer.PublicKey()) }

// Users is how many users the users file names now.
func (s *Server) Users() int { return s.users.Count() }

// Listen opens the configured address (for Serve; its Addr is the real
// one when the port was 0).
func (s *Server) Listen() (net.Listener, error) {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s: %w", s.cfg.Listen, err)
	}
	return ln, nil
}

// Serve serves connections on ln until Shutdown, then returns nil.
func (s *Server) Serve(ln net.Listener) error {
	err := s.ssh.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops the server: it accepts no more connections, ends every
// editor session (saving what it holds unsaved and telling the user),
// waits for running commands until ctx is done, and then closes every
// connection left. It returns ctx's error if sessions were still running.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if !s.stopping {
		s.stopping = true
		close(s.stop)
	}
	s.mu.Unlock()
	// ssh's Shutdown closes the listeners, then waits for the clients to
	// hang up, which they do once their sessions have ended.
	hungUp := make(chan struct{})
	go func() { _ = s.ssh.Shutdown(ctx); close(hungUp) }()
	finished := make(chan struct{})
	go func() { s.sessions.Wait(); close(finished) }()
	var err error
	select {
	case <-finished:
		// Let the clients read the goodbye and hang up themselves: a
		// connection closed under a client that still had something to
		// say resets, and the client drops what it had not yet shown.
		select {
		case <-hungUp:
		case <-ctx.Done():
		case <-time.After(hangUpGrace):
		}
	case <-ctx.Done():
		err = ctx.Err()
	}
	_ = s.ssh.Close()
	return err
}

// hangUpGrace is how long a stopping server waits for clients whose
// sessions have ended to close their connections.
const hangUpGrace = 2 * time.Second
