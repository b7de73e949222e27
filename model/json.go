package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// JSON encodes p as the interchange record (`--format json`), the form
// ParseImport reads back: indented, lists always arrays (never null),
// times in RFC 3339 to the second (ParseImport reads any RFC 3339), text
// exactly as stored. A posting without a schema
// version is written with the current one. C1 controls and the invisible
// characters clean removes are written as \u escapes, so the file never
// carries them raw (a terminal or a job board would act on them) and
// still reads back to the same text.
func (p Posting) JSON() ([]byte, error) {
	if p.SchemaVersion == 0 {
		p.SchemaVersion = SchemaVersion
	}
	p = p.stamped()
	p.Responsibilities = nonNil(p.Responsibilities)
	p.Skills.Required = nonNil(p.Skills.Required)
	p.Skills.Preferred = nonNil(p.Skills.Preferred)
	p.Qualifications = nonNil(p.Qualifications)
	p.Benefits = nonNil(p.Benefits)

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// The file is for people and programs, never inlined into a page, so
	// "<" and "&" stay readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, fmt.Errorf("encode posting %s as JSON: %w", p.ID, err)
	}
	return escapeUnseen(buf.Bytes()), nil
}

// escapeUnseen rewrites C1 controls and invisible characters in encoded
// JSON as \u escapes. Outside strings encoded JSON is ASCII, so every
// such rune stands inside a string, where the escape means the same.
func escapeUnseen(data []byte) []byte {
	if !bytes.ContainsFunc(data, unseen) {
		return data
	}
	out := make([]byte, 0, len(data)+32)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if unseen(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, data[:n]...)
		}
		data = data[n:]
	}
	return out
}

func unseen(r rune) bool { return (r >= 0x80 && r <= 0x9f) || invisible(r) }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
