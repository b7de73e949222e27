package server

import (
	"errors"
	"net"
	"strings"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// userKey is the context value holding the logged-in user's name.
type userKey struct{}

// connState is what a connection's login has seen so far.
type connState struct {
	refused []string // fingerprints of the keys offered and refused
	told    bool     // the refusal was sent: once is enough
}

// connOpened turns away, at once, an address that failed too often, and
// anyone once the server is stopping.
func (s *Server) connOpened(_ ssh.Context, conn net.Conn) net.Conn {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopping || s.limit.blocked(limitedAs(conn.RemoteAddr())) {
		return nil
	}
	s.conns[conn.RemoteAddr().String()] = &connState{}
	return conn
}

func (s *Server) state(addr net.Addr) *connState {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.conns[addr.String()]
	if st == nil { // not through connOpened: keep the callbacks safe anyway
		st = &connState{}
		s.conns[addr.String()] = st
	}
	return st
}

// checkKey lets in a key that the users file names. The name it sets is
// the logged-in user's because golang.org/x/crypto/ssh (since v0.31)
// calls it last for the key that then signs, even when the client asked
// about others in between (TestLoginIsTheUserOfTheKeyThatSigned).
func (s *Server) checkKey(ctx ssh.Context, key ssh.PublicKey) bool {
	if name, ok := s.users.lookup(key); ok {
		ctx.SetValue(userKey{}, name)
		return true
	}
	st := s.state(ctx.RemoteAddr())
	s.mu.Lock()
	st.refused = append(st.refused, gossh.FingerprintSHA256(key))
	s.mu.Unlock()
	return false
}

// refuse is the keyboard-interactive step after every key was refused:
// it never lets anyone in, but it is the one way to put a line on the
// user's terminal before the connection ends (OpenSSH prints the
// instruction). Passwords are never asked for.
func (s *Server) refuse(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	st := s.state(ctx.RemoteAddr())
	s.mu.Lock()
	refused := append([]string(nil), st.refused...)
	told := st.told
	st.told = true
	s.mu.Unlock()
	// OpenSSH asks again (up to three times): the line is said once.
	if !told {
		_, _ = challenge("", refusalText(refused), nil, nil)
	}
	return false
}

// refusalText is the one line a refused user reads.
func refusalText(fingerprints []string) string {
	switch len(fingerprints) {
	case 0:
		return "jobpost: log in with an SSH key that is on the server's list of users; your ssh offered none."
	case 1:
		return "jobpost: this key is not on the server's list of users (" + fingerprints[0] + "). Ask whoever runs the server to add it."
	}
	return "jobpost: none of your keys is on the server's list of users (" + strings.Join(fingerprints, ", ") +
		"). Ask whoever runs the server to add yours."
}

// connFailed is a connection that ended before a session could start:
// a refused login is logged (address and key fingerprints, never the
// keys) and counted against its address.
func (s *Server) connFailed(conn net.Conn, err error) {
	s.mu.Lock()
	st := s.conns[conn.RemoteAddr().String()]
	s.mu.Unlock()
	var authErr *gossh.ServerAuthError
	if (st == nil || len(st.refused) == 0) && !errors.As(err, &authErr) {
		return // not a login attempt: a port scan, a client that gave up
	}
	var keys string
	if st != nil {
		keys = strings.Join(st.refused, ",")
	}
	s.log.Info("login refused", "remote", conn.RemoteAddr().String(), "keys", keys)
	ip := limitedAs(conn.RemoteAddr())
	if s.limit.failed(ip) {
		s.log.Warn("too many failed logins: refusing this address for a while",
			"remote", ip, "failures", loginFailures, "for", loginWindow.String())
	}
}

func (s *Server) connClosed(conn net.Conn) {
	s.mu.Lock()
	delete(s.conns, conn.RemoteAddr().String())
	s.mu.Unlock()
}

// limitedAs is what failed logins from addr are counted against: its IP
// address, or for IPv6 its /64, since one host commonly has a whole /64
// and could otherwise try from a new address every time.
func limitedAs(addr net.Addr) string {
	if tcp, ok := addr.(*net.TCPAddr); ok {
		if tcp.IP.To4() == nil && len(tcp.IP) == net.IPv6len {
			return (&net.IPNet{IP: tcp.IP.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
		}
		return tcp.IP.String()
	}
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return host
}
