package storage

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the whole database to w while others
// keep working: one read transaction copies the file beside itself (fast,
// so writers wait for a moment only), and the copy is then streamed to w,
// however slow w is (a download over SSH). It returns the bytes written.
func (s *Store) Backup(w io.Writer) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(s.path), filepath.Base(s.path)+".backup*")
	if err != nil {
		return 0, fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	err = s.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("backup: %w", err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return 0, fmt.Errorf("backup: %w", err)
	}
	n, err := io.Copy(w, tmp)
	if err != nil {
		return n, fmt.Errorf("backup: %w", err)
	}
	return n, nil
}
