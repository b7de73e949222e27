//go:build !unix

package storage

import (
	"os"
	"time"
)

// keepOwner does nothing where files have no unix owner.
func keepOwner(string, os.FileInfo) error { return nil }

// lockFile does nothing where bbolt's lock is not flock; creating over an
// empty file there is only as safe as check-then-rename.
func lockFile(*os.File, time.Duration) (func(), error) { return func() {}, nil }

// lockFileShared does nothing where bbolt's lock is not flock.
func lockFileShared(*os.File, time.Duration) (func(), error) { return func() {}, nil }
