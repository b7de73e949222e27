package common

import (
	"fmt"
	"time"
)

// TimeAgo says how long ago t was, the way people do: "just now",
// "3 min ago", "yesterday", "12 Mar".
func TimeAgo(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < 0:
		return t.Local().Format("2 Jan 15:04")
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 24*time.Hour:
		h := int(d.Hours())
		if h == 1 {
			return "1 hour ago"
		}
		return fmt.Sprintf("%d hours ago", h)
	case d < 48*time.Hour:
		return "yesterday"
	case d < 7*24*time.Hour:
		return fmt.Sprintf("%d days ago", int(d.Hours()/24))
	case t.Year() == now.Year():
		return t.Local().Format("2 Jan")
	default:
		return t.Local().Format("2 Jan 2006")
	}
}
