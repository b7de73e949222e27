package common

import "testing"

func TestScrollOffset(t *testing.T) {
	cases := []struct {
		name                          string
		cursor, offset, rows, n, want int
	}{
		{"in view stays", 3, 2, 5, 20, 2},
		{"above the window scrolls up to it", 1, 4, 5, 20, 1},
		{"below the window scrolls down just enough", 9, 2, 5, 20, 5},
		{"to the last row", 19, 0, 5, 20, 15},
		{"a shrunk list pulls the window back", 3, 10, 5, 6, 1},
		{"fewer rows than the window", 2, 3, 10, 4, 0},
		{"empty list", 0, 7, 5, 0, 0},
		{"no room still shows the cursor", 4, 0, 0, 10, 4},
	}
	for _, c := range cases {
		if got := ScrollOffset(c.cursor, c.offset, c.rows, c.n); got != c.want {
			t.Errorf("%s: ScrollOffset(%d, %d, %d, %d) = %d, want %d", c.name, c.cursor, c.offset, c.rows, c.n, got, c.want)
		}
	}
}
