package common

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// SafeFrame is the last guard between user text and the terminal. Text is
// cleaned where it is typed, pasted and imported, but a draft can reach
// the screen by other roads (a database written by another program, an
// older jobpost). jobpost draws with colour and attribute sequences (SGR,
// "ESC [ … m") only, so anything else in a frame — an OSC 52 that would set
// the clipboard, a screen clear, a bell, C1 controls — came from user text
// and is removed.
func SafeFrame(frame string) string {
	if !needsCleaning(frame) {
		return frame
	}
	var b strings.Builder
	b.Grow(len(frame))
	for len(frame) > 0 {
		i := strings.IndexByte(frame, 0x1b)
		if i < 0 {
			b.WriteString(dropControls(frame))
			break
		}
		b.WriteString(dropControls(frame[:i]))
		frame = frame[i:]
		if n := sgrLength(frame); n > 0 {
			b.WriteString(frame[:n])
			frame = frame[n:]
			continue
		}
		// Another sequence: skip it whole, as a terminal would read it
		// (an unterminated one runs to the end of the frame).
		_, _, n, _ := ansi.DecodeSequence(frame, ansi.NormalState, nil)
		frame = frame[max(n, 1):]
	}
	return b.String()
}

// needsCleaning reports whether frame holds anything but text, newlines
// and SGR sequences.
func needsCleaning(frame string) bool {
	for i := 0; i < len(frame); i++ {
		switch c := frame[i]; {
		case c == 0x1b:
			n := sgrLength(frame[i:])
			if n == 0 {
				return true
			}
			i += n - 1
		case c < 0x20 && c != '\n', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(frame) && frame[i+1] >= 0x80 && frame[i+1] <= 0x9f:
			return true // a C1 control, UTF-8 encoded
		}
	}
	return false
}

// sgrLength is the length of the SGR sequence ("ESC [ params m") at the
// start of s, or 0 if there is none.
func sgrLength(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case c >= '0' && c <= '9', c == ';', c == ':':
		default:
			return 0
		}
	}
	return 0
}

// dropControls removes control characters other than newlines.
func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\n' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}
