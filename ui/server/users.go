package server

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// users is the users file: authorized_keys lines whose comment names the
// user. It is read again when the file changes (its size, time or inode,
// looked at on each login: one stat), so adding or removing someone needs
// no restart; sessions already open go on.
//
// The name is the comment's first word up to any "@": ssh-keygen's
// default comment is user@host, so "ana@laptop" and "ana@desktop" are the
// same user "ana", with two keys. A name is letters, digits, ".", "_" and
// "-" (it is shown in everyone's drafts list); a line with no comment, a
// bad key, a name of anything else, options before the key or a
// certificate is skipped, with one log line naming its line number. A key
// on two lines keeps the first line's name, as sshd would.
type users struct {
	path string
	log  *slog.Logger

	mu    sync.Mutex
	seen  fileStamp
	byKey map[string]string // key (wire format) → user name
	count int
}

// fileStamp tells whether a file changed since it was read.
type fileStamp struct {
	size  int64
	mtime time.Time
	inode uint64
}

func stampOf(fi fs.FileInfo) fileStamp {
	return fileStamp{size: fi.Size(), mtime: fi.ModTime(), inode: inodeOf(fi)}
}

var validName = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// errNoUsersFile is the start without a users file.
var errNoUsersFile = errors.New("no users file")

// loadUsers reads the users file; a missing one is an error that says how
// to make one.
func loadUsers(path string, log *slog.Logger) (*users, error) {
	u := &users{path: path, log: log}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s: nobody could log in.\n"+
			"Create it with one line per person: their public key (the line in their ~/.ssh/id_ed25519.pub)\n"+
			"followed by their name, for example:\n"+
			"  ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI… ana\n"+
			"It is read again whenever it changes, so people can be added while the server runs", errNoUsersFile, path)
	}
	if err != nil {
		return nil, fmt.Errorf("users file: %w", err)
	}
	if err := u.read(fi); err != nil {
		return nil, err
	}
	return u, nil
}

// read parses the file, whose stat is fi. A file others than its owner
// may change is refused, as sshd refuses such an authorized_keys:
// whoever may write it may log in as anyone.
func (u *users) read(fi fs.FileInfo) error {
	if fi.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("the users file %s may be changed by others (mode %04o): anyone who can write it can log in as anyone.\n"+
			"Make it writable by its owner alone with: chmod go-w %s", u.path, fi.Mode().Perm(), u.path)
	}
	content, err := os.ReadFile(u.path)
	if err != nil {
		return fmt.Errorf("users file: %w", err)
	}
	byKey := map[string]string{}
	names := map[string]bool{}
	// Split, not scanned: a bufio.Scanner stops at a line longer than
	// its buffer, and every user after it would be silently dropped.
	for i, text := range strings.Split(string(content), "\n") {
		n, line := i+1, strings.TrimSpace(text)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, comment, options, _, err := gossh.ParseAuthorizedKey([]byte(line))
		if err != nil {
			u.log.Warn("users file: line skipped, not a public key", "file", u.path, "line", n)
			continue
		}
		if len(options) > 0 {
			// from="…", command="…", cert-authority… would be ignored
			// here, letting the key in more widely than the line says.
			u.log.Warn("users file: line skipped, options before the key (from=, command=, cert-authority…) are not supported",
				"file", u.path, "line", n)
			continue
		}
		if _, isCert := key.(*gossh.Certificate); isCert {
			// Its validity and principals would go unchecked.
			u.log.Warn("users file: line skipped, a certificate rather than a public key", "file", u.path, "line", n)
			continue
		}
		name := userName(comment)
		if name == "" {
			u.log.Warn("users file: line skipped, no user name after the key (or letters other than A-Z, 0-9, . _ -)",
				"file", u.path, "line", n)
			continue
		}
		wire := string(key.Marshal())
		if first, named := byKey[wire]; named {
			// sshd goes by the first line with the key: so does the
			// server, and says so, since one person has one name.
			if first != name {
				u.log.Warn("users file: line skipped, its key is already named by an earlier line",
					"file", u.path, "line", n, "name", first)
			}
			continue
		}
		byKey[wire] = name
		names[name] = true
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.byKey, u.count, u.seen = byKey, len(names), stampOf(fi)
	return nil
}

// userName is the name a key's comment gives: its first word, up to "@";
// "" when that is not a valid name.
func userName(comment string) string {
	fields := strings.Fields(comment)
	if len(fields) == 0 {
		return ""
	}
	name, _, _ := strings.Cut(fields[0], "@")
	if !validName.MatchString(name) {
		return ""
	}
	return name
}

// lookup returns the user whose key this is, reading the file again first
// if it changed. A removed file lets nobody in; one that cannot be read
// for another reason keeps the users last read.
func (u *users) lookup(key gossh.PublicKey) (string, bool) {
	u.refresh()
	u.mu.Lock()
	defer u.mu.Unlock()
	name, ok := u.byKey[string(key.Marshal())]
	return name, ok
}

func (u *users) refresh() {
	fi, err := os.Stat(u.path)
	if errors.Is(err, fs.ErrNotExist) {
		// Taken away: nobody may log in until it is back.
		u.mu.Lock()
		wasThere := u.seen != (fileStamp{})
		u.byKey, u.count, u.seen = nil, 0, fileStamp{}
		u.mu.Unlock()
		if wasThere {
			u.log.Warn("users file removed: nobody can log in until it is back", "file", u.path)
		}
		return
	}
	if err != nil {
		return
	}
	u.mu.Lock()
	same := stampOf(fi) == u.seen
	u.mu.Unlock()
	if same {
		return
	}
	if err := u.read(fi); err != nil {
		u.log.Warn("users file: cannot read it again; the users read before stay", "file", u.path, "error", err)
		return
	}
	u.log.Info("users file read again", "file", u.path, "users", u.Count())
}

// Count is how many users the file names.
func (u *users) Count() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.count
}
