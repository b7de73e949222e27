package model

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestJSONTimesAreToTheSecond: the QA tester's export read
// "2026-12-01T12:43:15.888075214Z". Every time in the file is RFC 3339
// without a fraction, the posting handed in is left as it was, and an
// import still reads times with a fraction or an offset.
func TestJSONTimesAreToTheSecond(t *testing.T) {
	at := time.Date(2026, 12, 1, 12, 43, 15, 888075214, time.UTC)
	p := minimalFixture()
	p.CreatedAt, p.UpdatedAt = at, at.Add(time.Hour)
	p.Posted = Placements{{Board: "LinkedIn", On: at.In(time.FixedZone("CET", 3600))}}
	out, err := p.JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"created_at": "2026-12-01T12:43:15Z"`, `"updated_at": "2026-12-01T13:43:15Z"`, `"on": "2026-12-01T12:43:15Z"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("want %s in:\n%s", want, out)
		}
	}
	if frac := regexp.MustCompile(`T\d\d:\d\d:\d\d\.`); frac.Match(out) {
		t.Errorf("a time with a fraction of a second:\n%s", out)
	}
	if p.CreatedAt != at || p.Posted[0].On.Nanosecond() != 888075214 {
		t.Errorf("JSON changed the caller's posting: %v %v", p.CreatedAt, p.Posted[0].On)
	}

	in := strings.Replace(string(out), `"created_at": "2026-12-01T12:43:15Z"`, `"created_at": "2026-12-01T13:43:15.5+01:00"`, 1)
	got, err := ParseImport(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if want := at.Truncate(time.Second).Add(500 * time.Millisecond); !got[0].CreatedAt.Equal(want) {
		t.Errorf("imported created_at %v, want %v", got[0].CreatedAt, want)
	}
}

func TestNewAndMarkPostedStampToTheSecond(t *testing.T) {
	at := time.Date(2026, 12, 1, 12, 43, 15, 888075214, time.FixedZone("CET", 3600))
	p := New(at)
	p.MarkPosted("LinkedIn", "", at)
	for _, got := range []time.Time{p.CreatedAt, p.UpdatedAt, p.Posted[0].On} {
		if got.Nanosecond() != 0 || got.Location() != time.UTC || !got.Equal(at.Truncate(time.Second)) {
			t.Errorf("stamped %v, want %v in UTC", got, at.Truncate(time.Second))
		}
	}
}
