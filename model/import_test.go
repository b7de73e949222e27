package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func mustJSON(t testing.TB, p Posting) []byte {
	t.Helper()
	out, err := p.JSON()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func compactJSON(t testing.TB, p Posting) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, mustJSON(t, p)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRoundTripEveryFixture(t *testing.T) {
	var all []Posting
	for _, fx := range fixtures() {
		all = append(all, fx.p)
		first := mustJSON(t, fx.p)
		got, err := ParseImport(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("%s: %v", fx.name, err)
		}
		if len(got) != 1 {
			t.Fatalf("%s: %d postings", fx.name, len(got))
		}
		if second := mustJSON(t, got[0]); !bytes.Equal(first, second) {
			t.Errorf("%s: export → import → export changed the posting:\n%s\n---\n%s", fx.name, first, second)
		}
	}

	// The same postings as an array and as JSON Lines.
	array, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var lines bytes.Buffer
	for _, p := range all {
		lines.Write(compactJSON(t, p))
		lines.WriteByte('\n')
	}
	for name, input := range map[string][]byte{"array": array, "JSON Lines": lines.Bytes()} {
		got, err := ParseImport(bytes.NewReader(input))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(got) != len(all) {
			t.Fatalf("%s: %d postings, want %d", name, len(got), len(all))
		}
		for i := range all {
			if a, b := mustJSON(t, all[i]), mustJSON(t, got[i]); !bytes.Equal(a, b) {
				t.Errorf("%s: record %d changed:\n%s\n---\n%s", name, i+1, a, b)
			}
		}
	}
}

func TestImportErrorsNameRecordAndField(t *testing.T) {
	jsonl := func(lines ...string) string { return strings.Join(lines, "\n") + "\n" }
	ok := `{"title":"Fine"}`
	for _, tc := range []struct {
		name, in, want string
	}{
		{"number as text", `{"title":"x","salary":{"min":"120k"}}`, "record 1: salary.min: must be a number"},
		{"missing title in JSON Lines", jsonl(ok, `{"role":"backend"}`, ok), "record 2 (line 2): title: required"},
		{"type error in JSON Lines", jsonl(ok, ok, `{"title":"x","salary":{"min":true}}`), "record 3 (line 3): salary.min: must be a number"},
		{"unknown field", `{"title":"x","colour":"red"}`, "record 1: colour: is not a field jobpost knows"},
		{"unknown nested field", `{"title":"x","company":{"nam":"Acme"}}`, "record 1: company.nam: is not a field jobpost knows"},
		{"field names are case-sensitive", `{"Title":"x"}`, "record 1: Title: is not a field jobpost knows"},
		{"text as a list", `{"title":"x","responsibilities":"code"}`, "record 1: responsibilities: must be a list of texts"},
		{"list item not text", `{"title":"x","skills":{"required":["Go",7]}}`, "record 1: skills.required[1]: must be text in double quotes"},
		{"object as text", `{"title":{"en":"x"}}`, "record 1: title: must be text in double quotes"},
		{"bad time", `{"title":"x","created_at":"yesterday"}`, "record 1: created_at: must be a date and time"},
		{"posted not a list", `{"title":"x","posted":"linkedin"}`, "record 1: posted: must be a list of objects"},
		{"fractional version", `{"title":"x","schema_version":1.5}`, "record 1: schema_version: must be a whole number"},
		{"newer schema", `{"schema_version":2,"title":"x"}`, "record 1: schema_version: version 2 comes from a newer jobpost"},
		{"negative schema", `{"schema_version":-1,"title":"x"}`, "record 1: schema_version: must be a positive whole number"},
		{"invalid value", `{"title":"x","salary":{"currency":"EURO"}}`, `record 1: salary.currency: "EURO" is not an ISO 4217`},
		{"second array element", "[\n" + ok + ",\n{\"title\":\"\"}\n]", "record 2 (line 3): title: required"},
		{"array element not an object", `[` + ok + `, "x"]`, "record 2 (line 1): must be a JSON object"},
		{"syntax error in JSON Lines", jsonl(ok, ok, `{"title": "x",}`), "record 3 (line 3): not valid JSON at line 3, column 15"},
		{"cut short", `{"title": "x"`, "record 1 (line 1): not valid JSON at line 1, column 14: the record ends too early"},
		{"missing comma in array", "[" + ok + " " + ok + "]", "record 1 (line 1): expected a comma or the closing ]"},
		{"text after array", "[" + ok + "] x", "line 1: unexpected text after the closing ]"},
		{"empty", " \n ", "the input is empty"},
		{"empty array", "[ ]", "line 1: the list holds no postings"},
		{"not an object", "42", "line 1: expected a JSON object, a list of objects, or JSON Lines"},
		{"escape in a key", `{"title":"x","\u001b[2Jboom":1}`, "record 1: boom: is not a field"},
		{"raw escape byte", "{\"title\":\"\x1b[2J\"}", `invalid character '\x1b' in string literal`},
		{"unclosed array", "[", "record 1 (line 1): the input ends where a posting should start"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseImport(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("accepted, gave %d postings", len(got))
			}
			if got != nil {
				t.Errorf("postings returned alongside the error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\ndoes not contain %q", err, tc.want)
			}
			if strings.ContainsAny(err.Error(), "\x1b\x07") {
				t.Errorf("error carries escape bytes: %q", err)
			}
		})
	}
}

func TestImportErrorIsTyped(t *testing.T) {
	_, err := ParseImport(strings.NewReader(`{"title":"x","salary":{"min":-5}}`))
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an *ImportError", err)
	}
	if want := (ImportError{Record: 1, Field: "salary.min", Message: "must be zero or a positive amount"}); *ie != want {
		t.Errorf("got %+v, want %+v", *ie, want)
	}
}

func TestImportListsEveryProblemUpToALimit(t *testing.T) {
	var in strings.Builder
	for range 30 {
		in.WriteString("{\"title\":\"\"}\n")
	}
	_, err := ParseImport(strings.NewReader(in.String()))
	if err == nil {
		t.Fatal("accepted")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != maxReported+1 || lines[len(lines)-1] != "… and 10 more problems" {
		t.Errorf("error has %d lines, ending %q", len(lines), lines[len(lines)-1])
	}
}

func TestImportCleansAndDefaults(t *testing.T) {
	in := "\xef\xbb\xbf" + `{
		"title": "Senior\u001b[31m Go\u001b]52;c;aGk=\u0007 Engineer\n",
		"summary": "First\r\n\r\n\r\nSecond \u001b[2J",
		"responsibilities": ["  build  things ", "", "\u0007"],
		"salary": {"min": 1, "currency": "eur", "period": "year"},
		"workplace": "Remote",
		"employment_type": "full_time",
		"status": ""
	}`
	got, err := ParseImport(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	p := got[0]
	want := Posting{
		SchemaVersion:    SchemaVersion,
		Title:            "Senior Go Engineer",
		Summary:          "First\n\nSecond",
		Responsibilities: []string{"build things"},
		Skills:           Skills{Required: []string{}, Preferred: []string{}},
		Qualifications:   []string{},
		Benefits:         []string{},
		Salary:           Salary{Min: 1, Currency: "EUR", Period: "YEAR"},
		Workplace:        Remote,
		EmploymentType:   "FULL_TIME",
		Status:           StatusDraft,
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("got  %+v\nwant %+v", p, want)
	}
}

// recordsReader yields n JSON Lines records made on demand, the last one
// with an unknown field when badLast: an input of any size without holding
// it in memory.
type recordsReader struct {
	n, i    int
	badLast bool
	pending []byte
}

func (r *recordsReader) Read(b []byte) (int, error) {
	for len(r.pending) == 0 {
		if r.i == r.n {
			return 0, io.EOF
		}
		r.i++
		extra := ""
		if r.badLast && r.i == r.n {
			extra = `,"colour":"red"`
		}
		r.pending = fmt.Appendf(r.pending[:0], `{"id":"REQ-%d","title":"Engineer %d","summary":"%s"%s}`+"\n",
			r.i, r.i, strings.Repeat("Build and run services. ", 80), extra)
	}
	n := copy(b, r.pending)
	r.pending = r.pending[n:]
	return n, nil
}

// TestImportReaderStreams reads an input larger than the old 32 MiB cap one
// posting at a time, with the line of a problem at its end right.
func TestImportReaderStreams(t *testing.T) {
	n := 2000
	if !testing.Short() {
		n = 20_000 // some 40 MB
	}
	ir := NewImportReader(&recordsReader{n: n, badLast: true})
	count := 0
	var err error
	for {
		var p Posting
		if p, err = ir.Next(); err != nil {
			break
		}
		count++
		if want := fmt.Sprintf("REQ-%d", count); p.ID != want || ir.Record() != count || ir.Line() != count {
			t.Fatalf("record %d: id %q, Record %d, Line %d", count, p.ID, ir.Record(), ir.Line())
		}
	}
	want := fmt.Sprintf("record %d (line %d): colour: is not a field jobpost knows", n, n)
	if err == io.EOF || err.Error() != want {
		t.Fatalf("err = %v, want %q", err, want)
	}
	if count != n-1 || !ir.Failed() {
		t.Errorf("%d postings before the bad one, Failed %v", count, ir.Failed())
	}
}

// TestImportReaderRejectStopsPostings: after a caller's Reject no more
// postings come, and the end says what was rejected.
func TestImportReaderRejectStopsPostings(t *testing.T) {
	ir := NewImportReader(strings.NewReader("{\"title\":\"a\"}\n{\"title\":\"b\"}\n{\"title\":\"c\"}\n"))
	if _, err := ir.Next(); err != nil {
		t.Fatal(err)
	}
	ir.Reject("role", "is not in the catalog")
	_, err := ir.Next()
	if err == nil || err.Error() != "record 1 (line 1): role: is not in the catalog" {
		t.Fatalf("after Reject: %v", err)
	}
}

// checkClean fails if any text of p could carry an escape sequence or
// control character to a terminal, or is not the cleaned form.
func checkClean(t *testing.T, p Posting) {
	t.Helper()
	lines := map[string]string{
		"id": p.ID, "title": p.Title, "role": p.Role, "seniority": p.Seniority, "company.name": p.Company.Name,
		"company.website": p.Company.Website, "location.city": p.Location.City, "location.region": p.Location.Region,
		"location.country": p.Location.Country, "salary.currency": p.Salary.Currency, "salary.period": p.Salary.Period,
		"apply.url": p.Apply.URL, "apply.email": p.Apply.Email, "workplace": string(p.Workplace),
		"employment_type": p.EmploymentType, "status": string(p.Status), "valid_through": p.ValidThrough,
	}
	for i, pl := range p.Posted {
		lines[fmt.Sprintf("posted[%d].board", i)] = pl.Board
		lines[fmt.Sprintf("posted[%d].url", i)] = pl.URL
	}
	for f, s := range lines {
		if CleanLine(s) != s {
			t.Errorf("%s = %q is not clean", f, s)
		}
	}
	for f, s := range map[string]string{"summary": p.Summary, "company.about": p.Company.About, "eeo": p.EEO} {
		if CleanText(s) != s {
			t.Errorf("%s = %q is not clean", f, s)
		}
	}
	for f, l := range map[string][]string{"responsibilities": p.Responsibilities, "skills.required": p.Skills.Required,
		"skills.preferred": p.Skills.Preferred, "qualifications": p.Qualifications, "benefits": p.Benefits} {
		for _, s := range l {
			if s == "" || CleanLine(s) != s {
				t.Errorf("%s item %q is not clean", f, s)
			}
		}
	}
}

func FuzzParseImport(f *testing.F) {
	for _, fx := range fixtures() {
		f.Add(mustJSON(f, fx.p))
	}
	f.Add(append(append(compactJSON(f, backendFixture()), '\n'), compactJSON(f, remoteFixture())...))
	f.Add([]byte(`[{"title":"a"},{"title":"b","salary":{"min":1,"max":2,"currency":"usd","period":"hour"}}]`))
	f.Add([]byte(`{"title":"\u001b]52;c;aGk=\u0007x","summary":"\u001b[2J\r\n<script>","responsibilities":["\u009b1m"]}`))
	f.Add([]byte("{\"title\":\"\xff\xfe\",\"eeo\":\"\u202e\"}"))
	f.Add([]byte(`{"title":"x","colour":1}`))
	f.Add([]byte(`{"title":"x","posted":{"board":"b","on":"2025-01-01T00:00:00+05:30"}}`))
	f.Add([]byte(`{"schema_version":9}`))
	f.Add([]byte(`[`))
	f.Add([]byte(`{"title":"x"} {"title":"y"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParseImport(bytes.NewReader(data))
		if err != nil {
			if got != nil {
				t.Fatalf("postings returned with error %v", err)
			}
			return
		}
		if len(got) == 0 {
			t.Fatal("no postings and no error")
		}
		for _, p := range got {
			if ps := p.Problems(); len(ps) > 0 {
				t.Fatalf("imported a posting with problems %v", ps)
			}
			checkClean(t, p)
			// What was imported exports and imports again unchanged.
			first := mustJSON(t, p)
			again, err := ParseImport(bytes.NewReader(first))
			if err != nil {
				t.Fatalf("re-import: %v\n%s", err, first)
			}
			if second := mustJSON(t, again[0]); !bytes.Equal(first, second) {
				t.Fatalf("round trip changed the posting:\n%s\n---\n%s", first, second)
			}
		}
	})
}

// TestProseIsCleanAgreesWithCleanText: the fast check never calls text
// clean that CleanText would change.
func TestProseIsCleanAgreesWithCleanText(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 4))
	alphabet := []string{"a", "b", " ", "\n", "\r", "\t", "é", "\x1b[2J", "\u200b", "."}
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if proseIsClean(s) && CleanText(s) != s {
			t.Fatalf("proseIsClean(%q) but CleanText gives %q", s, CleanText(s))
		}
	}
}

// TestJSONStringAgreesWithEncodingJSON: the decoder's own unescaping gives
// what encoding/json gives, surrogates and bad UTF-8 included.
func TestJSONStringAgreesWithEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 5))
	parts := []string{"a", "é", `\n`, `\t`, `\"`, `\\`, `\/`, `\r`, `\b`, `\f`, `\u00e9`, `\u2028`, `\ud83d\ude00`,
		`\ud83d`, `\ude00`, `\uD83D\uDE00`, `\ud83dx`, "\xff", " ", "{", "}"}
	for range 100_000 {
		var b strings.Builder
		b.WriteByte('"')
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		b.WriteByte('"')
		raw := []byte(b.String())
		var want string
		if err := json.Unmarshal(raw, &want); err != nil {
			continue
		}
		if got := jsonString(raw); got != want {
			t.Fatalf("jsonString(%s) = %q, want %q", raw, got, want)
		}
	}
}
