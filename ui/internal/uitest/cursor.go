package uitest

import "strings"

// CursorTo moves a list's cursor (the "▸ " row) to the row whose text
// starts with name, with g and then down, failing the test when no row
// does.
func (d *Driver) CursorTo(name string) {
	d.T.Helper()
	d.Keys("g")
	for range 50 {
		for _, l := range strings.Split(d.Screen(), "\n") {
			if i := strings.Index(l, "▸ "); i >= 0 && strings.HasPrefix(strings.TrimLeft(l[i+len("▸ "):], " !"), name) {
				return
			}
		}
		d.Keys("down")
	}
	d.T.Fatalf("no row %q:\n%s", name, d.Screen())
}
