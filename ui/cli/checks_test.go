package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"jobpost/model"
)

// checkDrafts are two drafts with known findings and fixed ids: one in
// Denver without pay (Colorado's law, an error) and with a "rockstar" in
// its summary; one full, in Berlin.
func checkSeed(t *testing.T) (db string, denver, berlin model.Posting) {
	t.Helper()
	denver = fullPosting("Backend Engineer")
	denver.ID = "denverz"
	denver.Summary = "We want a rockstar to build and run the services behind our job board."
	denver.Location = model.Location{City: "Denver", Region: "CO", Country: "US"}
	denver.Salary = model.Salary{}
	berlin = fullPosting("Senior Backend Engineer")
	berlin.ID = "berlinz"
	return seedDB(t, denver, berlin), denver, berlin
}

func TestCheckJSONGolden(t *testing.T) {
	db, denver, _ := checkSeed(t)
	r := runCmd(t, cmdEnv{}, "--db", db, "check", "--all", "--json", "--on", "2026-12-01")
	if r.status != ExitError {
		t.Fatalf("exit %d, want 1 (Denver has no pay range)\n%v", r.status, r)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want one object per draft:\n%s", len(lines), r.stdout)
	}
	for _, l := range lines {
		var got checkedDraft
		if err := json.Unmarshal([]byte(l), &got); err != nil || got.ID == "" || got.Findings == nil {
			t.Errorf("line %q: %v", l, err)
		}
	}
	if !strings.Contains(r.stdout, `"rule":"pay/US-CO","severity":"error"`) || !strings.Contains(r.stdout, "rockstar") {
		t.Errorf("findings lack Colorado's law or the rockstar:\n%s", r.stdout)
	}
	golden.RequireEqual(t, r.stdout)

	// One draft, by id: its line alone.
	one := runCmd(t, cmdEnv{}, "--db", db, "check", denver.ID, "--json", "--on", "2026-12-01")
	if one.status != ExitError || one.stdout != lines[0]+"\n" && one.stdout != lines[1]+"\n" {
		t.Errorf("check %s: exit %d\n%s", denver.ID, one.status, one.stdout)
	}
}

func TestCheckTextGolden(t *testing.T) {
	db, _, _ := checkSeed(t)
	r := runCmd(t, cmdEnv{}, "--db", db, "check", "--all", "--on", "2026-12-01", "--board", "linkedin")
	want(t, r, 1, []string{"Errors", "Suggestions", "→ ", "Source: "}, []string{"drafts have a problem that is an error"})
	golden.RequireEqual(t, r.stdout)
}

func TestCheckExitStatus(t *testing.T) {
	db, _, berlin := checkSeed(t)
	r := runCmd(t, cmdEnv{}, "--db", db, "check", berlin.ID, "--on", "2026-12-01")
	want(t, r, 0, []string{berlin.ID, "Senior Backend Engineer"}, nil)
	for _, args := range [][]string{
		{"check"},
		{"check", "--all", berlin.ID},
		{"check", "--all", "--on", "tomorrow"},
		{"check", "--all", "--board", "Monster"},
	} {
		r := runCmd(t, cmdEnv{}, append([]string{"--db", db}, args...)...)
		if r.status != ExitUsage {
			t.Errorf("%q: exit %d, want 2\n%v", args, r.status, r)
		}
	}
	if r := runCmd(t, cmdEnv{}, "--db", db, "check", "nosuchdraft"); r.status != ExitError {
		t.Errorf("missing draft: exit %d, want 1", r.status)
	}
}

func TestCheckCompletes(t *testing.T) {
	db, denver, berlin := checkSeed(t)
	r := runCmd(t, cmdEnv{}, "--db", db, "__complete", "check", denver.ID, "")
	if !strings.Contains(r.stdout, berlin.ID) || strings.Contains(r.stdout, denver.ID+"\t") {
		t.Errorf("ids: want the other draft only:\n%s", r.stdout)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "__complete", "check", "--board", "")
	want(t, r, 0, []string{"LinkedIn", "SEEK", "Google for Jobs"}, nil)
}
