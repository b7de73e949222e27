package storage

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaseMapped tells the kernel this process no longer needs the pages of
// the database it has mapped so far. bbolt reads through mmap, and on a
// fault Linux maps the neighbouring cached pages too ("fault-around"), so
// walking the summaries bucket, whose pages lie among the drafts', mapped
// some 20 MB of a 10,000-draft file into the process. The pages stay in the
// page cache; bbolt faults back in whatever it reads next. (A raw syscall
// rather than unix.Madvise, which would need a []byte made from bbolt's
// uintptr.)
func releaseMapped(db *bolt.DB, tx *bolt.Tx) {
	info := db.Info()
	if info == nil || info.Data == 0 {
		return
	}
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, info.Data, uintptr(tx.Size()), syscall.MADV_DONTNEED)
}
