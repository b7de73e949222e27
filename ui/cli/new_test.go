package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"jobpost/data"
	"jobpost/model"
)

func TestNewWithEveryFlag(t *testing.T) {
	db := seedDB(t)
	r := runCmd(t, cmdEnv{}, "--db", db, "new",
		"--role", "backend", "--level", "senior",
		"--title", "Senior Go Engineer", "--summary", "Build the payments core.",
		"--company", "Acme", "--location", "Berlin, Berlin, DE", "--workplace", "hybrid",
		"--employment-type", "contractor", "--pay-min", "70k", "--pay-max", "90,000",
		"--currency", "eur", "--period", "year", "--apply", "jobs@acme.example", "--closes", "2026-12-31")
	want(t, r, 0, nil, nil)
	id := strings.TrimSpace(r.stdout)
	if !model.ValidID(id) {
		t.Fatalf("new printed %q, want an id", r.stdout)
	}
	p, ok := drafts(t, db)[id]
	if !ok {
		t.Fatalf("draft %s not saved", id)
	}
	cat, err := data.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	d := cat.DefaultsFor("backend", "senior")
	wantPosting := model.Posting{
		Title: "Senior Go Engineer", Role: "backend", Seniority: "senior", Summary: "Build the payments core.",
		Company:   model.Company{Name: "Acme"},
		Location:  model.Location{City: "Berlin", Region: "Berlin", Country: "DE"},
		Workplace: model.Hybrid, EmploymentType: "CONTRACTOR",
		Salary:       model.Salary{Min: 70000, Max: 90000, Currency: "EUR", Period: "YEAR"},
		Apply:        model.Apply{Email: "jobs@acme.example"},
		ValidThrough: "2026-12-31",
	}
	got := p
	got.Responsibilities, got.Skills, got.Qualifications = nil, model.Skills{}, nil
	got.ID, got.SchemaVersion, got.Status, got.CreatedAt, got.UpdatedAt = "", 0, "", wantPosting.CreatedAt, wantPosting.UpdatedAt
	if g, w := mustJSON(t, got), mustJSON(t, wantPosting); g != w {
		t.Errorf("new saved\n%s\nwant\n%s", g, w)
	}
	if len(d.Responsibilities) == 0 || strings.Join(p.Responsibilities, "|") != strings.Join(d.Responsibilities, "|") {
		t.Errorf("duties %v, want the catalog's %v", p.Responsibilities, d.Responsibilities)
	}
	if strings.Join(p.Skills.Required, "|") != strings.Join(d.MustSkills, "|") || len(p.Qualifications) == 0 {
		t.Errorf("skills %v, qualifications %v: not the catalog's defaults", p.Skills.Required, p.Qualifications)
	}
}

func TestNewFromRoleAlone(t *testing.T) {
	db := seedDB(t)
	r := runCmd(t, cmdEnv{}, "--db", db, "new", "--role", "backend", "--level", "senior", "--apply", "https://acme.example/jobs/1", "--json")
	want(t, r, 0, []string{`"schema_version": 1`}, nil)
	ps, err := model.ParseImport(strings.NewReader(r.stdout))
	if err != nil || len(ps) != 1 {
		t.Fatalf("new --json does not read back: %v\n%s", err, r.stdout)
	}
	p := ps[0]
	if !strings.Contains(p.Title, "Backend") || !strings.HasPrefix(p.Title, "Senior") || p.Summary == "" || p.EmploymentType == "" {
		t.Errorf("title %q, summary %q, type %q: not filled from the catalog", p.Title, p.Summary, p.EmploymentType)
	}
	if p.Apply.URL != "https://acme.example/jobs/1" {
		t.Errorf("apply %+v", p.Apply)
	}
	if _, ok := drafts(t, db)[p.ID]; !ok {
		t.Errorf("the posting --json printed is not the one saved")
	}
}

func TestNewRefusesBadValues(t *testing.T) {
	db := seedDB(t)
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"--role", "astronaut"}, `--role "astronaut" is not a role family`},
		{[]string{"--role", "backend", "--level", "wizard"}, `--level "wizard"`},
		{[]string{"--title", "X", "--pay-min", "lots"}, "--pay-min"},
		{[]string{"--title", "X", "--pay-min", "90k", "--pay-max", "70k"}, "--pay-max: is below the minimum"},
		{[]string{"--title", "X", "--currency", "EURO"}, "--currency"},
		{[]string{"--title", "X", "--workplace", "moon"}, "--workplace: must be one of onsite, hybrid, remote"},
		{[]string{"--title", "X", "--employment-type", "forever"}, "--employment-type"},
		{[]string{"--title", "X", "--period", "decade"}, "--period"},
		{[]string{"--title", "X", "--apply", "not a url"}, "--apply"},
		{[]string{"--title", "X", "--apply", "jobs@acme"}, "--apply"},
		{[]string{"--title", "X", "--closes", "31/12/2026"}, "--closes"},
		{[]string{"--title", "X", "--location", "a, b, c, d"}, "--location"},
		{[]string{}, "new needs --title"},
		{[]string{"Senior", "Engineer"}, "new takes flags only"},
		{[]string{"--title", "X", "--nope"}, "unknown flag: --nope"},
	} {
		r := runCmd(t, cmdEnv{}, append([]string{"--db", db, "new"}, tc.args...)...)
		want(t, r, 2, nil, []string{tc.says})
		if r.stdout != "" {
			t.Errorf("%v printed %q", tc.args, r.stdout)
		}
	}
	if n := len(drafts(t, db)); n != 0 {
		t.Errorf("bad values saved %d drafts", n)
	}
}

func TestImportJSONReportsIDs(t *testing.T) {
	old := posting("", "Already Here", "senior")
	db := seedDB(t, old)
	in := `{"id": "` + old.ID + `", "title": "One"}` + "\n" + `{"title": "Two"}`
	r := runCmd(t, cmdEnv{stdin: in}, "--db", db, "import", "-", "--json")
	want(t, r, 0, nil, []string{"imported 2 postings"})
	var got []importedEntry
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("import --json is not JSON: %v\n%s", err, r.stdout)
	}
	saved := drafts(t, db)
	if len(got) != 2 || got[0].GivenID != old.ID || got[0].ID == old.ID || got[0].Title != "One" || got[1].GivenID != "" {
		t.Fatalf("import --json: %+v", got)
	}
	for _, e := range got {
		if _, ok := saved[e.ID]; !ok {
			t.Errorf("reported id %s is not in the database", e.ID)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
