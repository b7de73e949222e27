package cli

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/model"
	"jobpost/storage"
)

func TestImportShapes(t *testing.T) {
	one := `{"title": "Senior Backend Engineer", "role": "backend", "seniority": "senior"}`
	two := `{"title": "Junior Frontend Engineer", "skills": {"required": ["TypeScript"], "preferred": []}}`
	for _, tc := range []struct {
		name, input string
		titles      []string
	}{
		{"object", one, []string{"Senior Backend Engineer"}},
		{"array", "[\n" + one + ",\n" + two + "\n]", []string{"Senior Backend Engineer", "Junior Frontend Engineer"}},
		{"json lines", one + "\n" + two + "\n", []string{"Senior Backend Engineer", "Junior Frontend Engineer"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := seedDB(t)
			file := filepath.Join(t.TempDir(), "in.json")
			if err := os.WriteFile(file, []byte(tc.input), 0o600); err != nil {
				t.Fatal(err)
			}
			r := runCmd(t, cmdEnv{}, "--db", db, "import", file)
			want(t, r, 0, tc.titles, nil)
			noun := "postings"
			if len(tc.titles) == 1 {
				noun = "posting"
			}
			want(t, r, 0, []string{"imported " + string(rune('0'+len(tc.titles))) + " " + noun}, nil)
			got := drafts(t, db)
			if len(got) != len(tc.titles) {
				t.Fatalf("database holds %d drafts, want %d", len(got), len(tc.titles))
			}
			for id := range got {
				if !strings.Contains(r.stdout, id) {
					t.Errorf("output does not name the new id %s:\n%s", id, r.stdout)
				}
			}
		})
	}
}

func TestImportFromStdin(t *testing.T) {
	db := seedDB(t)
	r := runCmd(t, cmdEnv{stdin: `{"title": "From A Pipe"}`}, "--db", db, "import", "-")
	want(t, r, 0, []string{"From A Pipe", "imported 1 posting"}, nil)

	r = runCmd(t, cmdEnv{}, "--db", db, "import")
	want(t, r, 2, nil, []string{"import takes one file"})
	r = runCmd(t, cmdEnv{}, "--db", db, "import", filepath.Join(t.TempDir(), "missing.json"))
	want(t, r, 1, nil, []string{"missing.json"})
}

func TestImportAllOrNothing(t *testing.T) {
	keep := fullPosting("Already Here")
	db := seedDB(t, keep)
	before, _ := os.ReadFile(db)
	for _, tc := range []struct {
		name, input string
		inStderr    []string
	}{
		{"wrong type", "[\n{\"title\": \"Fine\"},\n{\"title\": \"Bad\", \"salary\": {\"min\": \"lots\"}}\n]",
			[]string{"record 2", "line 3", "salary.min", "nothing was imported"}},
		{"unknown field", "{\"title\": \"Fine\"}\n{\"title\": \"Bad\", \"colour\": \"red\"}\n",
			[]string{"record 2", "colour"}},
		{"no title", "{\"title\": \"Fine\"}\n{\"title\": \"  \"}\n", []string{"record 2", "title"}},
		{"not json", "{\"title\": \"Fine\"}\n{\"title\": \n", []string{"record 2"}},
		{"unknown catalog ids", "{\"title\": \"Fine\", \"role\": \"backend\"}\n{\"title\": \"Bad\", \"role\": \"astronaut\", \"seniority\": \"godlike\"}\n",
			[]string{"record 2 (line 2): role: \"astronaut\"", "record 2 (line 2): seniority: \"godlike\"", "nothing was imported"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(t, cmdEnv{stdin: tc.input}, "--db", db, "import", "-")
			want(t, r, 1, nil, tc.inStderr)
			if r.stdout != "" {
				t.Errorf("a refused import printed %q", r.stdout)
			}
			got := drafts(t, db)
			if len(got) != 1 || got[keep.ID].Title != "Already Here" {
				t.Errorf("a refused import changed the drafts: %v", got)
			}
		})
	}
	if after, _ := os.ReadFile(db); len(after) != len(before) {
		t.Errorf("a refused import changed the database file (%d → %d bytes)", len(before), len(after))
	}
}

// TestImportRoundTrip exports a draft as JSON, imports it into the same
// database (identical: skipped), changes the stored draft and imports the
// file again (its id is taken, so it gets a new one) and exports the copy:
// the two files differ only in the id.
func TestImportRoundTrip(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	p.Benefits = []string{"30 days of holiday"}
	p.EEO = "We welcome everyone."
	p.ValidThrough = "2026-06-30"
	db := seedDB(t, p)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.json")
	want(t, runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", first), 0, nil, nil)

	r := runCmd(t, cmdEnv{}, "--db", db, "import", first)
	want(t, r, 0, []string{"imported 0 postings", "(1 already there, skipped)"}, nil)
	s, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	changed := p
	changed.Summary = "Changed since the export."
	if err := s.Save(changed); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r = runCmd(t, cmdEnv{}, "--db", db, "import", first)
	want(t, r, 0, []string{"Senior Backend Engineer", p.ID + " is in use"}, nil)
	var newID string
	for id := range drafts(t, db) {
		if id != p.ID {
			newID = id
		}
	}
	if newID == "" || !model.ValidID(newID) {
		t.Fatalf("no new draft after import:\n%v", r)
	}

	second := filepath.Join(dir, "second.json")
	want(t, runCmd(t, cmdEnv{}, "--db", db, "export", newID, "-o", second), 0, nil, nil)
	a, b := readJSONObject(t, first), readJSONObject(t, second)
	if a["id"] != p.ID || b["id"] != newID {
		t.Errorf("ids: %v and %v, want %s and %s", a["id"], b["id"], p.ID, newID)
	}
	delete(a, "id")
	delete(b, "id")
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Errorf("round trip changed more than the id:\n%s\n%s", ja, jb)
	}
}

func readJSONObject(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

func TestListJSON(t *testing.T) {
	r := runCmd(t, cmdEnv{}, "--db", seedDB(t), "list", "--json")
	want(t, r, 0, nil, nil)
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("list --json of an empty database printed %q, want []", r.stdout)
	}
	// A first run, with no database in the data directory yet, answers
	// the same.
	r = runCmd(t, cmdEnv{}, "list", "--json")
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("list --json on a first run printed %q, want []", r.stdout)
	}
	// A --db path that does not exist is most likely mistyped.
	missing := filepath.Join(t.TempDir(), "tpyo.db")
	r = runCmd(t, cmdEnv{}, "--db", missing, "list", "--json")
	want(t, r, 1, nil, []string{"no jobpost database at " + missing})
	if _, err := os.Stat(missing); err == nil {
		t.Error("a mistyped --db path was created")
	}

	a := fullPosting("Senior Backend Engineer")
	b := fullPosting("Junior Frontend Engineer")
	b.Seniority, b.Role, b.Location = "junior", "frontend", model.Location{}
	b.UpdatedAt = a.UpdatedAt.Add(time.Hour)
	r = runCmd(t, cmdEnv{}, "--db", seedDB(t, a, b), "list", "--json")
	want(t, r, 0, nil, nil)
	var got []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("list --json: %v\n%s", err, r.stdout)
	}
	if len(got) != 2 {
		t.Fatalf("list --json gave %d entries, want 2", len(got))
	}
	for _, e := range got {
		for _, k := range []string{"id", "title", "role", "seniority", "location", "status", "updated_at"} {
			if _, ok := e[k].(string); !ok {
				t.Errorf("entry lacks the text field %q: %v", k, e)
			}
		}
		if _, err := time.Parse(time.RFC3339, e["updated_at"].(string)); err != nil {
			t.Errorf("updated_at is not RFC 3339: %v", err)
		}
	}
	// Newest first.
	if got[0]["id"] != b.ID || got[0]["seniority"] != "junior" || got[0]["status"] != "draft" ||
		got[1]["id"] != a.ID || got[1]["location"] != "Berlin, Germany" {
		t.Errorf("list --json = %v", got)
	}
}

// The company catalog in the config folder is optional: if it cannot be
// read, import goes on with the built-in catalog and says so. An explicit
// --catalog that cannot be read is still an error.
func TestUnreadableOptionalCatalogIsAWarning(t *testing.T) {
	for name, spoil := range map[string]func(config string) error{
		"jobpost is a file": func(config string) error {
			os.MkdirAll(config, 0o700)
			return os.WriteFile(filepath.Join(config, "jobpost"), nil, 0o600)
		},
		"catalog.json is a folder": func(config string) error {
			return os.MkdirAll(filepath.Join(config, "jobpost", "catalog.json"), 0o700)
		},
		"folder without permission": func(config string) error {
			if os.Getuid() == 0 {
				return errSkip
			}
			dir := filepath.Join(config, "jobpost")
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return err
			}
			t.Cleanup(func() { os.Chmod(dir, 0o700) })
			return os.Chmod(dir, 0)
		},
	} {
		t.Run(name, func(t *testing.T) {
			config := filepath.Join(t.TempDir(), "config")
			if err := spoil(config); err == errSkip {
				t.Skip("root reads any folder")
			} else if err != nil {
				t.Fatal(err)
			}
			db := seedDB(t)
			vars := map[string]string{"XDG_CONFIG_HOME": config}
			r := runCmd(t, cmdEnv{vars: vars, stdin: `{"title": "Still Imported"}`}, "--db", db, "import", "-")
			want(t, r, 0, []string{"imported 1 posting"}, []string{"warning: cannot read the company catalog", "built-in catalog"})
			r = runCmd(t, cmdEnv{vars: vars}, "--db", db, "--catalog", filepath.Join(config, "jobpost", "catalog.json"), "catalog")
			want(t, r, 1, nil, []string{"catalog.json"})
		})
	}
}

var errSkip = errors.New("skip")

// One unreadable draft does not hide the others: list shows them, names
// the bad one on stderr and exits 1.
func TestListNamesAnUnreadableDraft(t *testing.T) {
	good, gone := fullPosting("Readable Engineer"), fullPosting("Damaged Engineer")
	db := seedDB(t, good, gone)
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket([]byte("summaries")).Put([]byte(gone.ID), []byte(`{"id":"`+gone.ID+`","title":"Damaged Engineer",`)); err != nil {
			return err
		}
		return tx.Bucket([]byte("drafts")).Put([]byte(gone.ID), []byte(`{"title":"Dam`))
	})
	if cerr := bdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, cmdEnv{}, "--db", db, "list")
	want(t, r, 1, []string{good.ID, "Readable Engineer"}, []string{"1 draft could not be read: Damaged Engineer (" + gone.ID + ")", "jobpost check-db"})
	if strings.Contains(r.stdout, gone.ID) {
		t.Errorf("the damaged draft is on stdout:\n%s", r.stdout)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "list", "--json")
	want(t, r, 1, []string{`"title": "Readable Engineer"`}, []string{"could not be read"})
}

// TestImportForeignIDs: ids from another system are kept when free; one
// in use gets a new id, which the output names; importing the same file
// again skips what is already there.
func TestImportForeignIDs(t *testing.T) {
	other := fullPosting("Someone Else's")
	other.ID = "REQ-2"
	db := seedDB(t, other)
	in := `{"id": "REQ-1", "title": "Kept As Given", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
{"id": "REQ-2", "title": "Clashing", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
{"id": "fx_000042", "title": "Also Kept", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
`
	r := runCmd(t, cmdEnv{stdin: in}, "--db", db, "import", "-")
	want(t, r, 0, []string{"REQ-1 ", "Kept As Given", "fx_000042 ", "(new id: REQ-2 is in use)", "imported 3 postings"}, nil)
	got := drafts(t, db)
	if got["REQ-1"].Title != "Kept As Given" || got["fx_000042"].Title != "Also Kept" || got["REQ-2"].Title != "Someone Else's" || len(got) != 4 {
		t.Errorf("drafts after import: %v", got)
	}
	r = runCmd(t, cmdEnv{stdin: in}, "--db", db, "import", "-")
	want(t, r, 0, []string{"imported 1 posting", "(2 already there, skipped)", "(new id: REQ-2 is in use)"}, nil)
	want(t, runCmd(t, cmdEnv{}, "--db", db, "show", "REQ-1"), 0, []string{"Kept As Given"}, nil)
}

func TestImportOfAMissingFileSaysSo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "jobs.db")
	missing := filepath.Join(t.TempDir(), "nonexist.json")
	r := runCmd(t, cmdEnv{}, "--db", db, "import", missing)
	want(t, r, 1, nil, []string{"cannot read " + missing + ": no such file or directory (nothing was imported)"})
}
