package model

import (
	"crypto/rand"
	"encoding/base32"
)

// idEncoding is lower-case base32 without padding: ids are easy to type and
// any unique prefix of one can name a posting on the command line.
var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewID returns a random 16-character posting id (80 bits).
func NewID() string {
	var b [10]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return idEncoding.EncodeToString(b[:])
}

// MaxIDLength is the longest id a posting may have.
const MaxIDLength = 64

// ValidID reports whether s has the shape of a posting id: jobpost's own
// (NewID) or one from another system kept on import ("REQ-1234",
// "fx000042"): 1 to 64 ASCII letters, digits, "-" and "_". No id holds
// "/", which storage uses to build keys from ids.
func ValidID(s string) bool {
	if len(s) == 0 || len(s) > MaxIDLength {
		return false
	}
	for i := range len(s) {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_':
		default:
			return false
		}
	}
	return true
}
