package common

import (
	"strconv"
	"strings"
)

// LightBackground reads $COLORFGBG, which some terminals set ("15;0":
// light text on a dark background): its last field is the background's
// ANSI colour number, and 7 (white) and 9 to 15 (the bright ones but
// blue) are light. Without it, or unreadable, the background is taken as
// dark.
func LightBackground(colorfgbg string) bool {
	fields := strings.Split(colorfgbg, ";")
	bg, err := strconv.Atoi(fields[len(fields)-1])
	if err != nil || len(fields) < 2 {
		return false
	}
	return bg == 7 || (bg >= 9 && bg <= 15 && bg != 12)
}
