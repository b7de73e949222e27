package storage

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"jobpost/model"
)

func summaryCases() []model.Summary {
	at := time.Date(2026, 1, 2, 3, 4, 5, 6789, time.UTC)
	return []model.Summary{
		{},
		{ID: "abc", Title: "Go dev", Role: "backend", Seniority: "senior", Location: "Berlin, Germany",
			Status: model.StatusDraft, Skills: []string{"Go", "SQL"}, UpdatedAt: at},
		{ID: "x", Title: `He said "hi" \ <b>&</b>`, UpdatedAt: at.In(time.FixedZone("X", 5*3600+1800))},
		{ID: "u", Title: "Señor — 工程师 🚀", Location: "Tel Aviv, ישראל", Skills: []string{}},
		{ID: "c", Title: "tab\tnew\nline\u2028sep", Skills: []string{"a\"b", ""}},
		{ID: "p", Title: "Posted", Status: model.StatusPosted, UpdatedAt: at, Posted: model.Placements{{Board: "LinkedIn", On: at}}},
		{ID: "q", Title: "Posted twice", Status: model.StatusPosted, UpdatedAt: at,
			Posted: model.Placements{{Board: "LinkedIn", On: at}, {Board: "Greenhouse", On: at.Add(time.Hour), URL: "https://x.example/1"}}},
	}
}

// The direct decoder must agree with encoding/json on everything
// json.Marshal writes, and fall back to it for everything else.
func TestDecodeSummaryMatchesEncodingJSON(t *testing.T) {
	for _, want := range summaryCases() {
		data, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		checkDecode(t, data)
	}
	for _, raw := range []string{
		`{"id":"a","title":null}`,
		`{ "id" : "a" }`,
		`{"id":"a","extra":1}`,
		`{"id":"a","skills":null}`,
		`{"id":"a","updated_at":"not a time"}`,
		`{"id":"\u0061"}`,
		"{\"id\":\"bad \xff utf8\"}",
		`{"id":"a"} trailing`,
		`{"id":"a",}`,
		// written before summaries kept every board
		`{"id":"p","status":"posted","posted_board":"LinkedIn","posted_on":"2026-11-23T10:00:00Z"}`,
		`{"id":"p","posted_on":"2026-11-23T10:00:00Z","posted_board":"LinkedIn","updated_at":"2026-11-23T10:00:00Z"}`,
		`{"id":"p","posted":[],"posted_board":"LinkedIn"}`,
		`{"id":"p","posted":[{"board":"A","on":"2026-11-23T10:00:00Z"}],"posted_board":"B"}`,
		`{"id":"p","posted":[{"board":"A","where":1}]}`,
		`{"id":"p","posted":[{"board":"A"},]}`,
		`{"id":"p","posted":{"board":"A"}}`,
		`{"id":"p","posted":null}`,
		`[]`,
		``,
	} {
		checkDecode(t, []byte(raw))
	}
}

func checkDecode(t *testing.T, data []byte) {
	t.Helper()
	var want model.Summary
	wantErr := json.Unmarshal(data, &want)
	got, err := decodeSummary(data)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("decodeSummary(%s) error %v, encoding/json %v", data, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeSummary(%s)\n got %#v\nwant %#v", data, got, want)
	}
}

func FuzzDecodeSummary(f *testing.F) {
	for _, s := range summaryCases() {
		data, _ := json.Marshal(s)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if sum, ok := fastSummary(string(data)); ok {
			var want model.Summary
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("fast path accepted %q, encoding/json says %v", data, err)
			}
			if !reflect.DeepEqual(sum, want) {
				t.Fatalf("fast path on %q\n got %#v\nwant %#v", data, sum, want)
			}
		}
	})
}

// TestOldSummariesKeepTheirBoard: a summary written before summaries kept
// every board reads as a list of one, fast path or not.
func TestOldSummariesKeepTheirBoard(t *testing.T) {
	on := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for _, raw := range []string{
		`{"id":"p","title":"T","status":"posted","updated_at":"2026-11-23T10:00:00Z","posted_board":"LinkedIn","posted_on":"2026-11-23T10:00:00Z"}`,
		`{"id":"p","title":"T \u00e9","status":"posted","updated_at":"2026-11-23T10:00:00Z","posted_board":"LinkedIn","posted_on":"2026-11-23T10:00:00Z"}`,
	} {
		sum, err := decodeSummary([]byte(raw))
		if err != nil || len(sum.Posted) != 1 || sum.Posted[0] != (model.Placement{Board: "LinkedIn", On: on}) {
			t.Errorf("decodeSummary(%s) = %+v, %v", raw, sum.Posted, err)
		}
	}
}
