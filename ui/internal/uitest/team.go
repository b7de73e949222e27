package uitest

import (
	"testing"

	"jobpost/storage"
	"jobpost/ui/common"
)

// Teammate is user's session of the team library c is on, as jobpost
// serve makes one: c's catalog, styles and clock, with a store handle of
// its own (storage.Store.As), which shares c's file and edit holds. The
// handle is closed (its holds released) when the test ends.
func Teammate(t testing.TB, c *common.Common, user string) *common.Common {
	t.Helper()
	mate := *c
	mate.Store = c.Store.(*storage.Store).As(user)
	mate.User = user
	t.Cleanup(func() { mate.Store.Close() })
	return &mate
}
