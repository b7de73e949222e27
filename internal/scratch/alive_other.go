//go:build !unix

package scratch

import "os"

// alive reports whether a process with that id exists. On Windows
// FindProcess fails for a process that is gone; elsewhere it may always
// succeed, which only keeps a leftover file.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}
