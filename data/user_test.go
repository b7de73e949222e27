package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "catalog.json")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUserCatalogPath(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/cfg")
	if got, want := UserCatalogPath(), filepath.Join("/cfg", "jobpost", "catalog.json"); got != want {
		t.Errorf("with XDG_CONFIG_HOME: %q, want %q", got, want)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/ann")
	if got, want := UserCatalogPath(), filepath.Join("/home/ann", ".config", "jobpost", "catalog.json"); got != want {
		t.Errorf("without XDG_CONFIG_HOME: %q, want %q", got, want)
	}
}

func TestLoadWithUserMissingFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.json")
	c, err := LoadWithUser(missing, false)
	if err != nil {
		t.Fatalf("optional missing file: %v", err)
	}
	if b, _ := Builtin(); c != b {
		t.Error("optional missing file should give the built-in catalog")
	}
	if _, err := LoadWithUser(missing, true); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("required missing file: got %v, want a not-exist error", err)
	}
	if _, err := LoadWithUser("", true); err == nil {
		t.Error("required but no path: want an error")
	}
}

func TestLoadWithUserAddsAndReplaces(t *testing.T) {
	base := builtinForTest(t)
	before, _ := base.Skill("go")
	nSkills, nResp := len(base.Skills), len(base.Responsibilities)

	path := writeFile(t, `{
  "roles": [
    {"id": "firmware", "name": "Firmware engineering", "titles": ["Firmware Engineer", "Embedded Software Engineer", "Embedded Developer"],
     "summary": "You will write the software that runs on our devices.", "default_skills": ["c", "autosar"]}
  ],
  "skills": [
    {"id": "autosar", "name": "AUTOSAR", "category": "languages", "roles": ["firmware"]},
    {"id": "go", "name": "Go (Golang)", "category": "languages", "roles": ["backend"]}
  ],
  "responsibilities": [
    {"id": "be-build-apis", "role": "backend", "default": true, "levels": ["intermediate", "senior", "lead", "principal"],
     "text": "Build the payment APIs our shops depend on"},
    {"id": "fw-drivers", "role": "firmware", "default": true, "levels": ["senior"], "text": "Write device drivers"}
  ],
  "benefits": [{"id": "dog", "text": "Dogs welcome in the office"}]
}`)
	c, err := LoadWithUser(path, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Role("firmware"); !ok {
		t.Error("added role is missing")
	}
	if s, _ := c.Skill("go"); s.Name != "Go (Golang)" {
		t.Errorf("replaced skill: name %q", s.Name)
	}
	if len(c.Skills) != nSkills+1 || len(c.Responsibilities) != nResp+1 {
		t.Errorf("got %d skills and %d responsibilities, want %d and %d", len(c.Skills), len(c.Responsibilities), nSkills+1, nResp+1)
	}
	rs := c.ResponsibilitiesFor("backend", "senior")
	if len(rs) == 0 || rs[0].ID != "be-build-apis" || rs[0].Text != "Build the payment APIs our shops depend on" {
		t.Errorf("replaced responsibility should keep its place: %+v", rs[0])
	}
	// The shared built-in catalog is untouched.
	if after, _ := base.Skill("go"); after.Name != before.Name || len(base.Skills) != nSkills || len(base.Responsibilities) != nResp {
		t.Error("LoadWithUser changed the built-in catalog")
	}
	if _, ok := base.Role("firmware"); ok {
		t.Error("LoadWithUser added to the built-in catalog's index")
	}
}

func TestMergeDoesNotMutate(t *testing.T) {
	base := builtinForTest(t)
	name := base.Roles[0].Name
	over := &Catalog{Roles: []Role{{ID: base.Roles[0].ID, Name: "Changed", Titles: []string{"X"}}}}
	m, err := Merge(base, over)
	if err != nil {
		t.Fatal(err)
	}
	if m == base || base.Roles[0].Name != name || m.Roles[0].Name != "Changed" {
		t.Error("Merge must return a new catalog and leave base alone")
	}
	if _, err := Merge(base, &Catalog{Benefits: []Benefit{{ID: "x", Text: "a"}, {ID: "x", Text: "b"}}}); err == nil {
		t.Error("an id twice in the overlay should be an error")
	}
	if _, err := Merge(nil, nil); err != nil {
		t.Errorf("Merge(nil, nil): %v", err)
	}
}

func TestLoadWithUserMalformed(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		want       string
	}{
		{"syntax error", "{\n  \"benefits\": [\n    {\"id\": \"a\", \"text\": \"A\"},\n    {\"id\": \"b\" \"text\": \"B\"}\n  ]\n}\n", 4, "invalid character"},
		{"wrong type", "{\n  \"skills\": [\n    {\"id\": \"zig\", \"name\": \"Zig\",\n     \"category\": \"languages\", \"roles\": \"backend\"}\n  ]\n}\n", 4, "cannot unmarshal"},
		{"unknown key", "{\n  \"benefits\": [\n    {\"id\": \"a\", \"text\": \"A\"}\n  ],\n  \"perks\": []\n}\n", 5, `unknown field "perks"`},
		{"unknown key in entry", "{\n  \"roles\": [\n    {\"id\": \"x\", \"name\": \"X\", \"titles\": [\"X\"],\n     \"tittle\": \"X\"}\n  ]\n}\n", 4, `unknown field "tittle"`},
		{"dangling reference", "{\n  \"benefits\": [{\"id\": \"gym\", \"text\": \"Gym\"}],\n  \"skills\": [\n    {\"id\": \"zig\", \"name\": \"Zig\", \"category\": \"languages\", \"roles\": [\"backend\"]},\n    {\"id\": \"odin\", \"name\": \"Odin\", \"category\": \"langs\", \"roles\": [\"backend\"]}\n  ]\n}\n", 5, `category "langs" is not in the catalog`},
		{"dangling role in responsibility", "{\n  \"responsibilities\": [\n    {\"id\": \"x-1\", \"role\": \"firmware\", \"levels\": [\"senior\"], \"text\": \"Do things\"}\n  ]\n}\n", 3, `role "firmware" is not in the catalog`},
		{"repeated id", "{\n  \"benefits\": [\n    {\"id\": \"gym\", \"text\": \"Gym\"},\n    {\"id\": \"gym\", \"text\": \"Gym again\"}\n  ]\n}\n", 4, `"gym" appears twice`},
		{"trailing content", "{\"benefits\": []}\n{}\n", 0, "unexpected content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, tt.text)
			_, err := LoadWithUser(path, false)
			if err == nil {
				t.Fatal("want an error")
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("want a *FileError, got %T: %v", err, err)
			}
			if fe.File != path || fe.Line != tt.line {
				t.Errorf("got %s:%d, want %s:%d (%v)", fe.File, fe.Line, path, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q should name the file and say %q", err, tt.want)
			}
		})
	}
}

func TestLoadUserDoesNotValidateAlone(t *testing.T) {
	path := writeFile(t, `{"skills": [{"id": "zig", "name": "Zig", "category": "languages", "roles": ["backend"]}]}`)
	c, err := LoadUser(path)
	if err != nil || len(c.Skills) != 1 {
		t.Fatalf("LoadUser: %v, %+v", err, c)
	}
}

func TestWriteJSON(t *testing.T) {
	c := builtinForTest(t)
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	var got map[string][]map[string]any
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("output is not one JSON object of lists: %v", err)
	}
	if dec.More() {
		t.Error("output holds more than one JSON value")
	}
	for _, key := range []string{"roles", "seniority", "skills", "responsibilities", "qualifications", "benefits", "workplace_types", "employment_types", "eeo_statements", "skill_categories"} {
		list, ok := got[key]
		if !ok || len(list) == 0 {
			t.Errorf("key %q is missing or empty", key)
		}
		for i, el := range list {
			id, _ := el["id"].(string)
			name, _ := el["name"].(string)
			text, _ := el["text"].(string)
			if id == "" || (name == "" && text == "") {
				t.Errorf("%s[%d] lacks an id or a name/text: %v", key, i, el)
			}
		}
	}
	// The output is a valid company catalog: loading it back changes nothing.
	again, err := decodeUser("out.json", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	m, err := Merge(c, again)
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if err := m.WriteJSON(&buf2); err != nil || !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Errorf("round trip changed the catalog (%v)", err)
	}
	// An empty catalog still has every key, as [] rather than null.
	buf.Reset()
	if err := (&Catalog{}).WriteJSON(&buf); err != nil || strings.Contains(buf.String(), "null") {
		t.Errorf("empty catalog: %v\n%s", err, buf.String())
	}
}

func TestWriteText(t *testing.T) {
	c := builtinForTest(t)
	var buf bytes.Buffer
	if err := c.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"ROLE FAMILIES (", "Backend engineering [backend]", "Backend Engineer; Backend Developer",
		"SENIORITY", "Senior [senior], 5+ years", "Intermediate [intermediate], 2–5 years",
		"SKILLS (", "Languages [languages]", "PostgreSQL [postgresql]",
		"RESPONSIBILITIES", "[be-build-apis] intermediate, senior",
		"QUALIFICATIONS", "BENEFITS", "WORKPLACE TYPES", "Remote [remote]",
		"EMPLOYMENT TYPES", "Full-time [FULL_TIME]", "EQUAL-OPPORTUNITY STATEMENTS",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text listing lacks %q", want)
		}
	}
	for _, s := range c.Skills {
		if !strings.Contains(out, "["+s.ID+"]") {
			t.Errorf("skill %q is not listed", s.ID)
		}
	}
	if err := c.WriteText(failingWriter{}); err == nil {
		t.Error("a failing writer should give an error")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func BenchmarkCatalogLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadFS(builtin, "catalog"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestUserCatalogCutShortNamesLastLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "catalog.json")
	if err := os.WriteFile(path, []byte("{\n  \"skills\": [\n    {\"id\": \"x\", \"name\": \"X\"}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadWithUser(path, true)
	if err == nil || !strings.Contains(err.Error(), "catalog.json:3:") || !strings.Contains(err.Error(), "ends early") {
		t.Fatalf("want a file:line error for a file cut short, got %v", err)
	}
}
