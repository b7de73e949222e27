//go:build unix

package storage

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// keepOwner gives the file at tmp the owner and group of the file fi
// describes, so that a file rewritten by root (compact) stays its user's.
// Where they already match it does nothing; where they cannot be kept it
// fails rather than change who owns the database.
func keepOwner(tmp string, fi os.FileInfo) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	now, err := os.Stat(tmp)
	if err != nil {
		return err
	}
	if cur, ok := now.Sys().(*syscall.Stat_t); ok && cur.Uid == st.Uid && cur.Gid == st.Gid {
		return nil
	}
	if err := os.Chown(tmp, int(st.Uid), int(st.Gid)); err != nil {
		return fmt.Errorf("cannot keep the file's owner (uid %d, gid %d): %w", st.Uid, st.Gid, err)
	}
	return nil
}

// lockFile takes the exclusive lock bbolt takes on a database file (flock),
// waiting up to timeout; unlock releases it.
func lockFile(f *os.File, timeout time.Duration) (unlock func(), err error) {
	return flock(f, syscall.LOCK_EX, timeout)
}

// lockFileShared takes the shared lock bbolt's readers take: no writer
// commits while it is held.
func lockFileShared(f *os.File, timeout time.Duration) (unlock func(), err error) {
	return flock(f, syscall.LOCK_SH, timeout)
}

func flock(f *os.File, how int, timeout time.Duration) (unlock func(), err error) {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if err == nil {
			return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, err
		}
		if time.Now().After(deadline) {
			return nil, ErrLocked
		}
		time.Sleep(50 * time.Millisecond)
	}
}
