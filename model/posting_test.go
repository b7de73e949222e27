package model

import (
	"testing"
	"time"
)

func TestMarkPosted(t *testing.T) {
	on := time.Date(2026, 11, 23, 11, 0, 0, 0, time.FixedZone("CET", 3600))
	p := New(on)
	p.MarkPosted("LinkedIn", on)
	if p.Status != StatusPosted || p.Posted == nil || p.Posted.Board != "LinkedIn" || !p.Posted.On.Equal(on) || p.Posted.On.Location() != time.UTC {
		t.Fatalf("marked: %q %+v", p.Status, p.Posted)
	}
}
