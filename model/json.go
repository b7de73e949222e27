package model

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// JSON encodes p as the lossless interchange record (`--format json`), the
// form ParseImport reads back: indented, lists always arrays (never null),
// times in RFC 3339, text exactly as stored. A posting without a schema
// version is written with the current one.
func (p Posting) JSON() ([]byte, error) {
	if p.SchemaVersion == 0 {
		p.SchemaVersion = SchemaVersion
	}
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
	return buf.Bytes(), nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
