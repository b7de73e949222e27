package model

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// BoardLimit is the most characters a job board takes in one field of a
// posting.
type BoardLimit struct {
	Board string
	Field string // "description" or "title"
	Chars int
}

// BoardLimits are the boards' published caps. The TUI and the CLI both check
// against this one table.
var BoardLimits = []BoardLimit{
	{Board: "LinkedIn", Field: "description", Chars: 25_000},
	{Board: "LinkedIn", Field: "title", Chars: 200},
	{Board: "SEEK", Field: "description", Chars: 15_000},
}

// ExceededLimits returns the limits for field that text goes over, counting
// characters (runes), as the boards' editors do.
func ExceededLimits(field, text string) []BoardLimit {
	n := utf8.RuneCountInString(text)
	var out []BoardLimit
	for _, l := range BoardLimits {
		if l.Field == field && n > l.Chars {
			out = append(out, l)
		}
	}
	return out
}

// LimitWarnings says, one sentence per board, where text is too long to be
// pasted as a posting's description.
func LimitWarnings(text string) []string {
	n := utf8.RuneCountInString(text)
	var out []string
	for _, l := range ExceededLimits("description", text) {
		out = append(out, fmt.Sprintf("%s takes at most %s characters in a description; this is %s, %s too many",
			l.Board, Thousands(l.Chars), Thousands(n), Thousands(n-l.Chars)))
	}
	return out
}

// Thousands writes n with commas between groups of three digits: 25,000.
func Thousands(n int) string {
	s := fmt.Sprint(n)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return neg + s
}

// PostingWarnings is everything a recruiter should hear before pasting a
// posting into a board: a description (text, in format f) too long for a
// board, a title too long, a closing date already past on the day now.
// JSON is jobpost's own format, for no board, so its length is not judged.
func PostingWarnings(p Posting, f Format, text string, now time.Time) []string {
	var out []string
	if f != FormatJSON {
		out = LimitWarnings(text)
	}
	for _, l := range ExceededLimits("title", CleanLine(p.Title)) {
		out = append(out, fmt.Sprintf("%s takes titles of at most %s characters.", l.Board, Thousands(l.Chars)))
	}
	if d, err := time.Parse(time.DateOnly, p.ValidThrough); err == nil && d.Before(now.Truncate(24*time.Hour)) {
		out = append(out, "The closing date ("+d.Format("2 Jan 2006")+") has passed; boards and Google drop expired postings.")
	}
	for _, w := range p.Warnings() {
		out = append(out, "Pay: "+w.Message)
	}
	return out
}
