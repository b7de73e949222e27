package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
)

func TestVersionSpellings(t *testing.T) {
	for _, args := range [][]string{{"-v"}, {"--version"}, {"version"}} {
		r := runCmd(t, cmdEnv{}, args...)
		want(t, r, 0, []string{"jobpost "}, nil)
		if strings.Count(r.stdout, "\n") != 1 || r.stderr != "" {
			t.Errorf("%v: %v", args, r)
		}
	}
}

func TestDidYouMean(t *testing.T) {
	r := runCmd(t, cmdEnv{}, "lsit")
	want(t, r, 2, nil, []string{`unknown command "lsit"`, "Did you mean this?", "jobpost list"})
	if strings.Contains(r.stderr, "Commands:") || r.stdout != "" {
		t.Errorf("a typo with a suggestion printed the whole help:\n%v", r)
	}
	r = runCmd(t, cmdEnv{}, "help", "shwo")
	want(t, r, 2, nil, []string{`no command "shwo"`, "did you mean show?"})
	// Cobra's own wording never shows.
	for _, args := range [][]string{{"lsit"}, {"--frobnicate"}, {"show", "--frobnicate"}, {"show"}} {
		r := runCmd(t, cmdEnv{}, args...)
		if r.status != 2 || strings.Contains(r.stderr, "Error:") || !strings.HasPrefix(r.stderr, "jobpost") {
			t.Errorf("%v: %v", args, r)
		}
	}
}

// Every command, help and the new ones included, has help of its own:
// by `help NAME`, `NAME --help` and `NAME -h`, on stdout, status 0.
func TestHelpForEveryCommandIncludingHelp(t *testing.T) {
	root := newRoot(&context{env: Env{Getenv: func(string) string { return "" }}, globals: &globals{}})
	root.InitDefaultHelpCmd()
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() || c.Name() == "help" {
			names = append(names, c.Name())
		}
	}
	for _, must := range []string{"help", "new", "completion", "man", "version", "list", "show"} {
		if !strings.Contains(" "+strings.Join(names, " ")+" ", " "+must+" ") {
			t.Errorf("no command %q among %v", must, names)
		}
	}
	for _, name := range names {
		for _, args := range [][]string{{"help", name}, {name, "--help"}, {name, "-h"}} {
			r := runCmd(t, cmdEnv{}, args...)
			want(t, r, 0, []string{"Usage:\n  jobpost " + name, "Example:", "Exit status:"}, nil)
			if r.stderr != "" {
				t.Errorf("%v wrote to stderr: %q", args, r.stderr)
			}
		}
	}
}

func TestManPageHasEveryCommand(t *testing.T) {
	r := runCmd(t, cmdEnv{}, "man")
	want(t, r, 0, []string{".TH", "JOBPOST", "TEA_TRACE", "MIT"}, nil)
	root := newRoot(&context{env: Env{Getenv: func(string) string { return "" }}, globals: &globals{}})
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && !strings.Contains(r.stdout, c.Name()) {
			t.Errorf("the man page lacks %q", c.Name())
		}
	}
	for _, flag := range []string{"format", "pager", "role", "pay-min", "force"} {
		if !strings.Contains(r.stdout, flag) {
			t.Errorf("the man page lacks the flag %s", flag)
		}
	}
}

// The backup example's 'date +%F' reached the page as 'date +%!F(MISSING)': roff
// formats each line of text it is given.
func TestManPageKeepsPercentSignsInExamples(t *testing.T) {
	r := runCmd(t, cmdEnv{}, "man")
	want(t, r, 0, []string{"$(date +%F)"}, nil)
	if strings.Contains(r.stdout, "%!") {
		t.Errorf("the man page has a formatting error: %q", r.stdout[strings.Index(r.stdout, "%!")-30:][:60])
	}
}

func TestCompletionScripts(t *testing.T) {
	for shell, mark := range map[string]string{"bash": "__complete", "zsh": "#compdef jobpost", "fish": "complete -c jobpost", "powershell": "Register-ArgumentCompleter"} {
		r := runCmd(t, cmdEnv{}, "completion", shell)
		want(t, r, 0, []string{mark}, nil)
	}
	want(t, runCmd(t, cmdEnv{}, "completion", "tcsh"), 2, nil, []string{`no completion for "tcsh"`})
	want(t, runCmd(t, cmdEnv{}, "completion"), 2, nil, []string{"completion takes one shell"})
}

func TestCompleteDraftIDsWithTitles(t *testing.T) {
	a := posting("", "Senior Backend Engineer", "senior")
	a.Location = model.Location{City: "Berlin", Country: "DE"}
	b := posting("", "Junior Frontend Engineer", "junior")
	db := seedDB(t, a, b)

	r := runCmd(t, cmdEnv{}, "--db", db, "__complete", "show", "")
	want(t, r, 0, []string{a.ID + "\tSenior Backend Engineer · Berlin, Germany\n", b.ID + "\tJunior Frontend Engineer\n", ":4\n"}, nil)

	// A prefix narrows it; an id already given ends it.
	r = runCmd(t, cmdEnv{}, "--db", db, "__complete", "copy", a.ID[:6])
	want(t, r, 0, []string{a.ID}, nil)
	if strings.Contains(r.stdout, b.ID) && !strings.HasPrefix(b.ID, a.ID[:6]) {
		t.Errorf("completing %q offered %s", a.ID[:6], b.ID)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "__complete", "show", a.ID, "")
	if strings.Contains(r.stdout, b.ID) {
		t.Errorf("a second id was offered:\n%s", r.stdout)
	}

	// The trash's ids for restore and purge, and nothing else.
	want(t, runCmd(t, cmdEnv{}, "--db", db, "delete", b.ID), 0, nil, nil)
	r = runCmd(t, cmdEnv{}, "--db", db, "__complete", "restore", "")
	want(t, r, 0, []string{b.ID + "\tJunior Frontend Engineer"}, nil)
	if strings.Contains(r.stdout, a.ID) {
		t.Errorf("restore offered a live draft:\n%s", r.stdout)
	}

	// Formats, themes, roles and levels.
	for args, wantOut := range map[string][]string{
		"show x --format ":   {"md\t", "text\t", "html\t", "json\t", "jsonld\t"},
		"list --theme ":      {"auto\t", "dark", "light"},
		"new --role ":        {"backend\t"},
		"new --level ":       {"senior\t"},
		"new --workplace ":   {"hybrid"},
		"completion ":        {"bash", "zsh", "fish"},
		"help ":              {"show\t", "help\t"},
		"sh":                 {"show\t"},
		"export x --format ": {"jsonld"},
		"posted x --board ":  {"LinkedIn\t", "Greenhouse\t"},
	} {
		parts := strings.Split(args, " ")
		r := runCmd(t, cmdEnv{}, append([]string{"--db", db, "__complete"}, parts...)...)
		want(t, r, 0, wantOut, nil)
	}

	// No database yet: nothing offered, and none created.
	missing := filepath.Join(t.TempDir(), "none.db")
	r = runCmd(t, cmdEnv{}, "--db", missing, "__complete", "show", "")
	want(t, r, 0, []string{":4"}, nil)
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("completion created the database")
	}
}

func TestDraftsByTitle(t *testing.T) {
	a := posting("", "Senior Backend Engineer", "senior")
	a.Location = model.Location{City: "Berlin", Country: "DE"}
	b := posting("", "Junior Backend Engineer", "junior")
	b.Location = model.Location{City: "Lisbon", Country: "PT"}
	c := posting("", "Data Engineer", "senior")
	db := seedDB(t, a, b, c)

	// Unique: any case, any order of the title's words.
	r := runCmd(t, cmdEnv{}, "--db", db, "show", "senior backend", "--format", "text")
	want(t, r, 0, []string{"Senior Backend Engineer"}, nil)
	r = runCmd(t, cmdEnv{}, "--db", db, "export", "BACKEND junior", "--format", "md")
	want(t, r, 0, []string{"# Junior Backend Engineer"}, nil)
	// The exact title wins over a longer one holding its words.
	r = runCmd(t, cmdEnv{}, "--db", db, "show", "data engineer", "--format", "text")
	want(t, r, 0, []string{"Data Engineer"}, nil)

	// Several: listed with id, title and location, status 1.
	r = runCmd(t, cmdEnv{}, "--db", db, "show", "backend")
	want(t, r, 1, nil, []string{`"backend" matches 2 drafts`, a.ID, "Senior Backend Engineer", "Berlin, Germany", b.ID, "Lisbon, Portugal"})
	if r.stdout != "" {
		t.Errorf("an ambiguous title printed %q", r.stdout)
	}

	// None: the usual message, status 1.
	r = runCmd(t, cmdEnv{}, "--db", db, "show", "frontend")
	want(t, r, 1, nil, []string{"no draft with that id or title"})

	// Whole words only: "end" is in no title.
	want(t, runCmd(t, cmdEnv{}, "--db", db, "show", "end"), 1, nil, []string{"no draft"})

	// Delete, restore and purge take titles too; restore finds the trash's.
	want(t, runCmd(t, cmdEnv{}, "--db", db, "delete", "data engineer"), 0, []string{c.ID}, nil)
	want(t, runCmd(t, cmdEnv{}, "--db", db, "restore", "Data Engineer"), 0, []string{"restored", c.ID}, nil)
	want(t, runCmd(t, cmdEnv{}, "--db", db, "restore", "data engineer"), 1, nil, []string{"not in the trash"})
}

func TestListAlignsWideTitlesAndShowsStatus(t *testing.T) {
	a := posting("", "シニアバックエンドエンジニア", "senior")
	b := posting("", "Backend 👩‍💻 Engineer", "junior")
	b.Status = model.StatusPosted
	c := posting("", "Plain Engineer", "mid")
	db := seedDB(t, a, b, c)
	r := runCmd(t, cmdEnv{}, "--db", db, "list")
	want(t, r, 0, []string{"draft", "posted"}, nil)
	col := -1
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		// The seniority column starts at the same screen column on
		// every line.
		for _, lvl := range []string{"senior", "junior", "mid"} {
			if i := strings.Index(line, "  "+lvl+"  "); i >= 0 {
				at := displayWidth(line[:i])
				if col >= 0 && at != col {
					t.Errorf("columns do not line up:\n%s", r.stdout)
				}
				col = at
			}
		}
	}
	if col < 0 {
		t.Fatalf("no seniority column found:\n%s", r.stdout)
	}
}

func TestCopySaysWhereInOneLine(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	path, _ := fakeClipboardTool(t, "xclip")
	r := runCmd(t, cmdEnv{tty: &ttyBuffer{}, vars: map[string]string{"DISPLAY": ":0", "PATH": path, "TMUX": "/tmp/x,1,0"}}, "--db", db, "copy", p.ID)
	want(t, r, 0, nil, []string{"to the clipboard via the terminal (OSC 52) and xclip"})
	if n := strings.Count(r.stderr, "\n"); n != 1 {
		t.Errorf("copy said %d lines, want 1:\n%s", n, r.stderr)
	}
}

func TestDefaultPathWithoutHome(t *testing.T) {
	ctx := &context{env: withHome(Env{Getenv: func(string) string { return "" }}), globals: &globals{}}
	path, err := ctx.dbPath()
	if err != nil {
		t.Fatalf("no default path without HOME: %v", err)
	}
	if !filepath.IsAbs(path) || !strings.HasSuffix(path, filepath.Join("jobpost", "jobpost.db")) {
		t.Errorf("default path %q", path)
	}
}

func TestThemeAuto(t *testing.T) {
	for _, tc := range []struct {
		flag, env string
		want      themeChoice
	}{{"", "", themeAuto}, {"auto", "", themeAuto}, {"", "light", themeLight}, {"dark", "light", themeDark}} {
		ctx := &context{env: Env{Getenv: func(k string) string {
			if k == "JOBPOST_THEME" {
				return tc.env
			}
			return ""
		}}, globals: &globals{theme: tc.flag}}
		if got, err := ctx.theme(); err != nil || got != tc.want {
			t.Errorf("--theme %q JOBPOST_THEME %q: %q %v, want %q", tc.flag, tc.env, got, err, tc.want)
		}
		if st, _ := ctx.styleTheme(); tc.want == themeAuto && st != "dark" {
			t.Errorf("auto with no COLORFGBG does not start dark")
		}
	}
	for fgbg, light := range map[string]bool{"15;0": false, "0;15": true, "0;7": true, "": false, "default;default": false} {
		if common.LightBackground(fgbg) != light {
			t.Errorf("COLORFGBG=%q: light %v", fgbg, !light)
		}
	}
}

func displayWidth(s string) int { return ansi.StringWidth(s) }
