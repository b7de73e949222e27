package cli

import (
	"fmt"

	"jobpost/data"
	"jobpost/model/check"
	"jobpost/storage"
)

// This file stands in for remote.go, written on another branch: it is
// deleted when that lands. It keeps the same signature.

// Remote is what a command over SSH runs with.
type Remote struct {
	Store   *storage.Store
	Catalog *data.Catalog
	Rules   check.Rules
	User    string
}

// RemoteMain runs one command given over SSH. Stand-in: it refuses all.
func RemoteMain(args []string, env Env, r Remote) int {
	fmt.Fprintln(env.Stderr, "jobpost: commands over SSH are not available in this build")
	return ExitError
}
