package server_test

import (
	"encoding/json"
	"strings"
	"testing"

	"jobpost/data"
	"jobpost/ui/cli"
	"jobpost/ui/server"
)

// startCommandServer starts a server for users that runs the command
// line's commands, with the built-in catalog and rules.
func startCommandServer(t testing.TB, users ...string) *server.TestServer {
	t.Helper()
	cat, err := data.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := data.BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	return server.StartTestServer(t, users, func(c *server.Config) { c.RunCommand = cli.RemoteRunner(cat, rules) })
}

func TestImportReadsStdinAndExportWritesStdoutOverSSH(t *testing.T) {
	ts := startCommandServer(t, "ana", "bea")

	_, stderr, status := ts.Run("ana", "import", `{"title": "Staff Data Engineer", "role": "data-engineering", "seniority": "senior"}`)
	if status != 0 {
		t.Fatalf("import: %d %q", status, stderr)
	}
	summaries, err := ts.Library().List()
	if err != nil || len(summaries) != 1 || summaries[0].Title != "Staff Data Engineer" || summaries[0].CreatedBy != "ana" {
		t.Fatalf("after import the library holds %+v (%v)", summaries, err)
	}

	stdout, stderr, status := ts.Run("bea", "export "+summaries[0].ID+" --format json", "")
	if status != 0 {
		t.Fatalf("export: %d %q", status, stderr)
	}
	var exported struct{ Title string }
	if err := json.Unmarshal([]byte(stdout), &exported); err != nil || exported.Title != "Staff Data Engineer" {
		t.Fatalf("export wrote %q (%v)", stdout, err)
	}

	stdout, _, status = ts.Run("bea", "list", "")
	if status != 0 || !strings.Contains(stdout, "Staff Data Engineer") {
		t.Fatalf("list: %d %q", status, stdout)
	}
}
