package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDefaultPathsComeFromTheCommandsEnvironment checks that with neither
// --db nor $JOBPOST_DB the database lands under the XDG_DATA_HOME (or HOME)
// that the command was given, never the process's own.
func TestDefaultPathsComeFromTheCommandsEnvironment(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want string
	}{
		{"xdg", map[string]string{"XDG_DATA_HOME": "DIR/data", "HOME": "DIR/home"}, "DIR/data/jobpost/jobpost.db"},
		{"home", map[string]string{"HOME": "DIR/home"}, "DIR/home/.local/share/jobpost/jobpost.db"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			vars := map[string]string{}
			for k, v := range tc.env {
				vars[k] = strings.ReplaceAll(v, "DIR", dir)
			}
			var out, errb bytes.Buffer
			env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return vars[k] }}
			if code := Main([]string{"list"}, env); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			if _, err := os.Stat(filepath.Join(dir, strings.TrimPrefix(tc.want, "DIR/"))); err != nil {
				t.Fatalf("database not at %s: %v", tc.want, err)
			}
		})
	}
}

func TestBadThemeIsAUsageErrorForEveryCommand(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	if code := Main([]string{"--db", filepath.Join(dir, "j.db"), "--theme", "purple", "list"}, env); code != ExitUsage {
		t.Fatalf("exit %d, want %d: %s", code, ExitUsage, errb.String())
	}
	if !strings.Contains(errb.String(), "purple") {
		t.Fatalf("message does not name the theme: %s", errb.String())
	}
}

func TestHelpForAnUnknownCommandIsAUsageError(t *testing.T) {
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	if code := Main([]string{"help", "nosuch"}, env); code != ExitUsage || !strings.Contains(errb.String(), `no command "nosuch"`) {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
}

func TestListOnAnEmptyDatabaseSaysSoOnlyToPeople(t *testing.T) {
	db := seedDB(t)
	r := runCmd(t, cmdEnv{terminal: true}, "--db", db, "list")
	want(t, r, 0, nil, []string{"No drafts yet"})
	if r.stdout != "" {
		t.Fatalf("stdout %q", r.stdout)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "list")
	if r.stdout != "" || r.stderr != "" {
		t.Fatalf("piped: stdout %q stderr %q", r.stdout, r.stderr)
	}
}
