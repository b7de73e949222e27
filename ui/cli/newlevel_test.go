package cli

import (
	"strings"
	"testing"

	"jobpost/data"
	"jobpost/model"
)

// The summary is the level's own, as the wizard gives it: a junior's
// and a senior's differ.
func TestNewTakesTheLevelsSummary(t *testing.T) {
	db := seedDB(t)
	summary := func(level string) string {
		r := runCmd(t, cmdEnv{}, "--db", db, "new", "--role", "backend", "--level", level, "--json")
		ps, err := model.ParseImport(strings.NewReader(r.stdout))
		if err != nil || len(ps) != 1 {
			t.Fatalf("new --level %s: %v\n%s", level, err, r.stdout)
		}
		return ps[0].Summary
	}
	cat, err := data.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	junior, senior := summary("junior"), summary("senior")
	if junior != cat.SummaryFor("backend", "junior") || senior != cat.SummaryFor("backend", "senior") || junior == senior {
		t.Fatalf("junior %q, senior %q", junior, senior)
	}
}
