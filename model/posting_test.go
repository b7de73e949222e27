package model

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestMarkPosted(t *testing.T) {
	on := time.Date(2026, 11, 23, 11, 0, 0, 0, time.FixedZone("CET", 3600))
	p := New(on)
	p.MarkPosted("LinkedIn", "", on)
	if p.Status != StatusPosted || len(p.Posted) != 1 || p.Posted[0].Board != "LinkedIn" || !p.Posted[0].On.Equal(on) || p.Posted[0].On.Location() != time.UTC {
		t.Fatalf("marked: %q %+v", p.Status, p.Posted)
	}
}

// TestMarkPostedKeepsEveryBoard: a second board is added, the same board
// again (any case) gets the new date, and its URL only if one is given.
func TestMarkPostedKeepsEveryBoard(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 10, 0, 0, 0, time.UTC) }
	p := New(day(20))
	p.MarkPosted("LinkedIn", "https://linkedin.example/jobs/1", day(23))
	shared := p.Clone()
	p.MarkPosted("Greenhouse", "", day(24))
	p.MarkPosted("linkedin", "", day(25))
	want := Placements{
		{Board: "LinkedIn", On: day(25), URL: "https://linkedin.example/jobs/1"},
		{Board: "Greenhouse", On: day(24)},
	}
	if len(p.Posted) != 2 || p.Posted[0] != want[0] || p.Posted[1] != want[1] {
		t.Fatalf("posted = %+v, want %+v", p.Posted, want)
	}
	p.MarkPosted("Greenhouse", "https://boards.greenhouse.example/acme/1", day(26))
	if p.Posted[1].URL != "https://boards.greenhouse.example/acme/1" || !p.Posted[1].On.Equal(day(26)) {
		t.Fatalf("greenhouse = %+v", p.Posted[1])
	}
	if len(shared.Posted) != 1 || !shared.Posted[0].On.Equal(day(23)) {
		t.Fatalf("a clone changed with the original: %+v", shared.Posted)
	}
	if first, ok := p.Posted.First(); !ok || first.Board != "LinkedIn" {
		t.Errorf("First() = %+v", first)
	}
}

// TestPostedReadsTheOldSingleObject: drafts and exports written before
// jobpost kept every board hold one object; both JSON paths read it.
func TestPostedReadsTheOldSingleObject(t *testing.T) {
	old := `{"schema_version":1,"id":"3fk2qz7m4habcdxy","title":"Engineer","status":"posted",` +
		`"posted":{"board":"LinkedIn","on":"2026-11-23T10:00:00Z"}}`
	want := Placements{{Board: "LinkedIn", On: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}}
	var p Posting
	if err := json.Unmarshal([]byte(old), &p); err != nil || len(p.Posted) != 1 || p.Posted[0] != want[0] {
		t.Fatalf("json.Unmarshal: %+v %v", p.Posted, err)
	}
	got, err := ParseImport(strings.NewReader(old))
	if err != nil || len(got) != 1 || len(got[0].Posted) != 1 || got[0].Posted[0] != want[0] {
		t.Fatalf("ParseImport: %+v %v", got, err)
	}
	// Written back, it is a list.
	b, err := json.Marshal(p)
	if err != nil || !strings.Contains(string(b), `"posted":[{"board":"LinkedIn","on":"2026-11-23T10:00:00Z"}]`) {
		t.Fatalf("written %s %v", b, err)
	}
	// A list reads back through import, with its URL.
	list := `{"title":"Engineer","status":"posted","posted":[{"board":"LinkedIn","on":"2026-11-23T10:00:00Z"},` +
		`{"board":"Greenhouse","on":"2026-11-24T10:00:00Z","url":"https://boards.example/1"}]}`
	got, err = ParseImport(strings.NewReader(list))
	if err != nil || len(got[0].Posted) != 2 || got[0].Posted[1].URL != "https://boards.example/1" {
		t.Fatalf("ParseImport list: %+v %v", got, err)
	}
	for in, msg := range map[string]string{
		`{"title":"E","posted":[{"board":"X","on":"2026-11-23T10:00:00Z","url":"javascript:x"}]}`: "posted[0].url: must be a full http:// or https:// address",
		`{"title":"E","posted":[{"board":"X","where":"?"}]}`:                                      "posted[0].where: is not a field jobpost knows",
		`{"title":"E","posted":"LinkedIn"}`:                                                       "posted: must be a list of objects",
	} {
		if _, err := ParseImport(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("ParseImport(%s) = %v, want %q", in, err, msg)
		}
	}
}

func TestSummaryReadsOldPostedFields(t *testing.T) {
	var s Summary
	old := `{"id":"x","title":"T","status":"posted","updated_at":"2026-11-23T10:00:00Z","posted_board":"LinkedIn","posted_on":"2026-11-23T10:00:00Z"}`
	if err := json.Unmarshal([]byte(old), &s); err != nil || len(s.Posted) != 1 || s.Posted[0].Board != "LinkedIn" || s.Title != "T" {
		t.Fatalf("%+v %v", s, err)
	}
}
