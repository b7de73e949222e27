package model

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestJSONHasTheInterchangeLayout(t *testing.T) {
	out, err := minimalFixture().JSON()
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	want := []string{"schema_version", "id", "title", "role", "seniority", "summary", "responsibilities", "skills",
		"qualifications", "benefits", "company", "location", "salary", "apply", "eeo", "status", "created_at", "updated_at"}
	var got []string
	for k := range m {
		got = append(got, k)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys %q, want %q", got, want)
	}
	for path, wantKeys := range map[string][]string{
		"skills": {"preferred", "required"}, "company": {"about", "name", "website"},
		"location": {"city", "country", "region"}, "salary": {"currency", "max", "min", "period"},
		"apply": {"email", "url"},
	} {
		var keys []string
		for k := range m[path].(map[string]any) {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !reflect.DeepEqual(keys, wantKeys) {
			t.Errorf("%s keys %q, want %q", path, keys, wantKeys)
		}
	}
	// A fresh draft's lists are nil; they must still be written as arrays.
	for _, k := range []string{"responsibilities", "qualifications", "benefits"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%s = %#v, want []", k, m[k])
		}
	}
	if strings.Contains(string(out), "null") {
		t.Errorf("JSON holds null:\n%s", out)
	}
	if _, err := time.Parse(time.RFC3339, m["created_at"].(string)); err != nil {
		t.Errorf("created_at: %v", err)
	}
}

func TestJSONWritesTheSchemaVersion(t *testing.T) {
	p := minimalFixture()
	p.SchemaVersion = 0
	out, err := p.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"schema_version": 1,`) {
		t.Errorf("schema_version not written:\n%s", out)
	}
}

// The interchange file carries text exactly as stored, but never a raw C1
// control or invisible character: they are written as escapes.
func TestJSONEscapesUnseenCharacters(t *testing.T) {
	p := Posting{ID: "c1", Title: "csi \u009b31m \u0085 \u202eevil \u200b👩\u200d💻 ok", Summary: "é ü — 工程师"}
	out, err := p.JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range string(out) {
		if (r >= 0x80 && r <= 0x9f) || r == 0x202e || r == 0x200b || r == 0x200d {
			t.Fatalf("raw %U in %s", r, out)
		}
	}
	for _, esc := range []string{`\u009b`, `\u0085`, `\u202e`, `\u200b`, `\u200d`, "é ü — 工程师"} {
		if !strings.Contains(string(out), esc) {
			t.Errorf("no %s in %s", esc, out)
		}
	}
	var back Posting
	if err := json.Unmarshal(out, &back); err != nil || back.Title != p.Title {
		t.Fatalf("read back %q, %v", back.Title, err)
	}
}
