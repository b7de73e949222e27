package common

// ScrollOffset is the first row a list of n rows shows in a window of
// rows rows, given the one it showed before (offset), so that the cursor
// row is in view: the window moves only as far as it must (no jump back
// to the top on every move), and never shows space past the end while
// there are rows above to show instead.
func ScrollOffset(cursor, offset, rows, n int) int {
	rows = max(rows, 1)
	if cursor < offset {
		offset = cursor
	}
	if cursor >= offset+rows {
		offset = cursor - rows + 1
	}
	return max(min(offset, n-rows), 0)
}
