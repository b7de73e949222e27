package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// hostKey loads the server's private host key from path, or creates it
// (ed25519, mode 0600) on the first start.
//
// An existing key that others than its owner may read is refused rather
// than quietly fixed: whoever could read it can pose as this server, so
// the person running it must know, and decide (chmod 600, or a new key).
// OpenSSH's sshd refuses such a key for the same reason.
func hostKey(path string) (gossh.Signer, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return createHostKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("the host key %s may be read by others (mode %04o): anyone who copied it can pose as this server.\n"+
			"Make it private with: chmod 600 %s\n(or delete it for a new one, and tell the users that the server's key changed)",
			path, fi.Mode().Perm(), path)
	}
	pemBytes, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		return nil, fmt.Errorf("the host key %s cannot be read (%v); move it away and start again for a new one", path, err)
	}
	return signer, nil
}

// createHostKey makes a new ed25519 key and writes it to path, whole or
// not at all: a private temporary file, synced, then linked into place
// (which fails if another server made one meanwhile). internal/atomicfile
// is not used because its new files follow the umask, and a private key
// must be 0600 from its first byte.
func createHostKey(path string) (gossh.Signer, error) {
	_, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(private, "jobpost serve host key")
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".ssh_host_key.*.tmp") // 0600
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(pem.EncodeToMemory(block)); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("host key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("host key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	return gossh.NewSignerFromKey(private)
}
