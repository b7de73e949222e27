package model

import (
	"slices"
	"time"
)

// Stamp is t as a posting records it: in UTC, to the second. Files and
// screens show RFC 3339 times, and a fraction of a second there is noise
// (2026-12-01T12:43:15.888075214Z) that no reader needs.
func Stamp(t time.Time) time.Time { return t.UTC().Truncate(time.Second) }

// stamped is p with every time it carries to the second, for writing out.
// Posted is copied, not changed in place: its array is the caller's.
func (p Posting) stamped() Posting {
	p.CreatedAt, p.UpdatedAt = stampSet(p.CreatedAt), stampSet(p.UpdatedAt)
	p.Posted = slices.Clone(p.Posted)
	for i := range p.Posted {
		p.Posted[i].On = stampSet(p.Posted[i].On)
	}
	return p
}

// stampSet stamps t unless it is unset, which stays the zero time.
func stampSet(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return Stamp(t)
}
