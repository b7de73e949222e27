//go:build unix

package server

import (
	"io/fs"
	"syscall"
)

// inodeOf is the file's inode: a file replaced by rename (as editors
// save) is seen as changed even with the same size and time.
func inodeOf(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}
