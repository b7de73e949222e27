package model

import (
	"errors"
	"strings"
	"time"
)

// errDate is what ParseClosingDate says about a date it cannot read.
// Slashes are refused on purpose: 01/02/2027 is the 1st of February in
// Europe and the 2nd of January in the US, and a posting must not close a
// month early because of it.
var errDate = errors.New("write the date as 2027-01-31 or 31.01.2027")

// ParseClosingDate reads the date a posting closes on, as 2027-01-31 (ISO)
// or 31.01.2027 (day first, as much of Europe writes it; 1.2.2027 too),
// and returns it as YYYY-MM-DD; "" for an empty s. A date before today (in
// today's location) is refused: a posting that has already closed is
// dropped by every board and by Google.
func ParseClosingDate(s string, today time.Time) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return "", err
	}
	y, m, day := today.Date()
	if d.Before(time.Date(y, m, day, 0, 0, 0, 0, time.UTC)) {
		return "", errors.New("is in the past (today is " + today.Format(time.DateOnly) + "); boards drop a posting once its closing date has passed")
	}
	return d.Format(time.DateOnly), nil
}

// ParseDate reads a calendar date as 2027-01-31 or 31.01.2027 (1.2.2027
// too), as midnight UTC of that day; slashes are refused (see errDate).
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	var d time.Time
	var err error
	switch {
	case strings.Contains(s, "-"):
		d, err = time.Parse(time.DateOnly, s)
	case strings.Contains(s, "."):
		d, err = time.Parse("2.1.2006", s)
	default:
		err = errDate
	}
	if err != nil {
		return time.Time{}, errDate
	}
	return d, nil
}
