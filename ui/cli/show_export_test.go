package cli

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/net/html"

	"jobpost/internal/atomicfile"
	"jobpost/model"
)

// balancedHTML fails unless s tokenizes cleanly and every element that is
// opened is closed, in order.
func balancedHTML(t *testing.T, s string) {
	t.Helper()
	void := map[string]bool{"br": true, "hr": true, "img": true}
	var open []string
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatalf("HTML does not tokenize: %v", z.Err())
			}
			if len(open) > 0 {
				t.Fatalf("HTML leaves %v open:\n%s", open, s)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !void[string(name)] {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				t.Fatalf("HTML closes </%s> with %v open:\n%s", name, open, s)
			}
			open = open[:len(open)-1]
		}
	}
}

// TestJSONLDCountryIsTheISOCode: show, export and copy all take the
// catalog's export options, so a country typed by name goes out as its code.
func TestJSONLDCountryIsTheISOCode(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	p.Location.Country = "Germany"
	db := seedDB(t, p)
	for _, args := range [][]string{{"show", p.ID, "--format", "jsonld"}, {"export", p.ID, "--format", "jsonld"}} {
		r := runCmd(t, cmdEnv{}, append([]string{"--db", db}, args...)...)
		want(t, r, 0, []string{`"addressCountry": "DE"`}, nil)
	}
}

func TestShowEachFormat(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)

	r := runCmd(t, cmdEnv{}, "--db", db, "show", p.ID)
	want(t, r, 0, []string{"# Senior Backend Engineer", "- Go", "PostgreSQL"}, nil)

	// Flags may come after the id.
	r = runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", "text", "--wrap", "30")
	want(t, r, 0, []string{"Senior Backend Engineer", "• Go"}, nil)
	for _, line := range strings.Split(r.stdout, "\n") {
		if n := len([]rune(line)); n > 30 {
			t.Errorf("--wrap 30 left a line of %d characters: %q", n, line)
		}
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "show", "--format", "html", p.ID)
	want(t, r, 0, []string{"<li>Go</li>", "&lt;juniors&gt;"}, nil)
	balancedHTML(t, r.stdout)

	r = runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", "json")
	want(t, r, 0, nil, nil)
	back, err := model.ParseImport(strings.NewReader(r.stdout))
	if err != nil || len(back) != 1 || back[0].Title != p.Title {
		t.Errorf("show --format json does not read back: %v %v", back, err)
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", "jsonld")
	want(t, r, 0, nil, nil)
	var ld map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &ld); err != nil {
		t.Fatalf("JSON-LD is not valid JSON: %v\n%s", err, r.stdout)
	}
	if ld["@type"] != "JobPosting" || ld["title"] != p.Title {
		t.Errorf("JSON-LD: %v", ld)
	}
	// Senior asks for five years in the built-in catalog.
	if exp, _ := ld["experienceRequirements"].(map[string]any); exp["monthsOfExperience"] != float64(60) {
		t.Errorf("experienceRequirements = %v, want 60 months", ld["experienceRequirements"])
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", "pdf")
	want(t, r, 2, nil, []string{`unknown format "pdf"`})
	r = runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", "")
	want(t, r, 2, nil, []string{"--format needs a value"})
	r = runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--wrap", "-3")
	want(t, r, 2, nil, []string{"--wrap"})
}

func TestShowStyledOnTerminal(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)

	r := runCmd(t, cmdEnv{terminal: true, vars: map[string]string{"TERM": "xterm-256color"}}, "--db", db, "show", p.ID)
	want(t, r, 0, []string{"Senior Backend", "PostgreSQL"}, nil)
	if !strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("show on a terminal is not styled:\n%s", r.stdout)
	}

	// NO_COLOR: bold stays, colour goes, and no Markdown markup shows.
	r = runCmd(t, cmdEnv{terminal: true, vars: map[string]string{"TERM": "xterm-256color", "NO_COLOR": "1", "COLUMNS": "50"}}, "--db", db, "show", p.ID)
	want(t, r, 0, nil, nil)
	if !strings.Contains(ansi.Strip(r.stdout), "Senior Backend Engineer") {
		t.Errorf("NO_COLOR output lacks the title:\n%s", r.stdout)
	}
	if colour := colourSGR(r.stdout); colour != "" {
		t.Errorf("NO_COLOR output has the colour sequence %q:\n%q", colour, r.stdout)
	}
	if !strings.Contains(r.stdout, "\x1b[1") && !strings.Contains(r.stdout, ";1m") {
		t.Errorf("NO_COLOR output lost bold:\n%q", r.stdout)
	}
	plain := ansi.Strip(r.stdout)
	if strings.Contains(plain, "**") || strings.Contains(plain, "#") {
		t.Errorf("NO_COLOR output shows Markdown markup:\n%s", plain)
	}
	for _, line := range strings.Split(plain, "\n") {
		if n := ansi.StringWidth(line); n > 50 {
			t.Errorf("COLUMNS=50 left a line %d columns wide: %q", n, line)
		}
	}

	// The terminal's own width wins over $COLUMNS.
	e := cmdEnv{terminal: true, width: 44, vars: map[string]string{"TERM": "xterm-256color", "COLUMNS": "120"}}
	r = runCmd(t, e, "--db", db, "show", p.ID)
	for _, line := range strings.Split(ansi.Strip(r.stdout), "\n") {
		if n := ansi.StringWidth(line); n > 44 {
			t.Errorf("a 44-column terminal got a line %d columns wide: %q", n, line)
		}
	}

	// TERM=dumb: no 256-colour (or any) sequences; a 16-colour terminal
	// gets no 256-colour ones.
	r = runCmd(t, cmdEnv{terminal: true, vars: map[string]string{"TERM": "dumb"}}, "--db", db, "show", p.ID)
	want(t, r, 0, []string{"Senior Backend Engineer", "PostgreSQL"}, nil)
	if strings.Contains(r.stdout, "\x1b") {
		t.Errorf("TERM=dumb output has escape sequences:\n%q", r.stdout)
	}
	r = runCmd(t, cmdEnv{terminal: true, vars: map[string]string{"TERM": "xterm"}}, "--db", db, "show", p.ID)
	if strings.Contains(r.stdout, "38;5;") || strings.Contains(r.stdout, "48;5;") || strings.Contains(r.stdout, "38;2;") {
		t.Errorf("TERM=xterm output has 256-colour or true-colour sequences:\n%q", r.stdout)
	}
}

// colourSGR returns the first SGR sequence in s that sets a colour, or "".
func colourSGR(s string) string {
	for _, seq := range regexp.MustCompile(`\x1b\[[0-9;:]*m`).FindAllString(s, -1) {
		for _, p := range strings.Split(strings.Trim(seq, "\x1b[m"), ";") {
			if n, err := strconv.Atoi(p); err == nil && (n >= 30 && n <= 49 || n >= 90 && n <= 107) {
				return seq
			}
		}
	}
	return ""
}

func TestShowHostileTitle(t *testing.T) {
	p := fullPosting("Engineer \x1b]52;c;aGk=\x07 \x1b[2J now")
	p.Summary = "Hi\x1b]52;c;aGk=\x07 there \x1b[2J"
	p.Skills.Required = []string{"Go\x1b[31m"}
	db := seedDB(t, p)
	for _, f := range []string{"md", "text", "html", "json", "jsonld"} {
		r := runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", f)
		want(t, r, 0, []string{"Hi", "there"}, nil)
		if strings.ContainsRune(r.stdout, 0x1b) || strings.ContainsRune(r.stdout, 0x07) {
			t.Errorf("show --format %s let a raw escape through:\n%q", f, r.stdout)
		}
	}
	for _, args := range [][]string{{"list"}, {"delete", p.ID}, {"trash"}, {"restore", p.ID}} {
		r := runCmd(t, cmdEnv{}, append([]string{"--db", db}, args...)...)
		want(t, r, 0, nil, nil)
		if strings.ContainsRune(r.stdout+r.stderr, 0x1b) {
			t.Errorf("%v let a raw escape through:\n%q", args, r)
		}
	}
}

// Text stored without import's cleaning: no format lets a C1 control, a
// bidi override or a zero-width character through raw (JSON escapes them).
func TestShowUnseenCharacters(t *testing.T) {
	p := fullPosting("Engineer \u202egnp.exe\u202c \u009b31m")
	p.Summary = "Pay \u2066\u2067attention\u2069 to \u200bzero\u200dwidth\ufeff and \u0085 next"
	p.Skills.Required = []string{"G\u200bo", "\u2060"}
	db := seedDB(t, p)
	for _, f := range []string{"md", "text", "html", "json", "jsonld"} {
		r := runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", f)
		want(t, r, 0, []string{"attention"}, nil)
		for _, c := range r.stdout {
			if (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
				(c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff {
				t.Errorf("show --format %s let %U through raw", f, c)
			}
		}
	}
	r := runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", "json")
	want(t, r, 0, []string{`\u009b`, `\u202e`, `\u200b`}, nil)
}

func TestExportToStdoutNeedsFormat(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	r := runCmd(t, cmdEnv{}, "--db", db, "export", p.ID)
	want(t, r, 2, nil, []string{"--format"})
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", filepath.Join(t.TempDir(), "posting.doc"))
	want(t, r, 2, nil, []string{"posting.doc", "--format"})
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "--format", "html")
	want(t, r, 0, []string{"<li>Go</li>"}, nil)
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID[:5], "--format", "md", "-o", "-")
	want(t, r, 0, []string{"# Senior Backend Engineer"}, nil)
}

func TestExportFile(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	dir := t.TempDir()

	for _, tc := range []struct{ name, contains string }{
		{"posting.html", "<li>Go</li>"},
		{"posting.md", "# Senior Backend Engineer"},
		{"posting.txt", "• Go"},
		{"posting.json", `"schema_version"`},
		{"posting.jsonld", `"@type": "JobPosting"`},
	} {
		path := filepath.Join(dir, tc.name)
		r := runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", path)
		want(t, r, 0, nil, []string{path})
		if r.stdout != "" {
			t.Errorf("export -o printed to stdout: %q", r.stdout)
		}
		got, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(got), tc.contains) {
			t.Errorf("%s lacks %q (%v):\n%s", tc.name, tc.contains, err, got)
		}
		if got, want := modeOf(t, path), umaskMode(t); got != want {
			t.Errorf("%s has mode %v, want %v (0666 less the umask)", tc.name, got, want)
		}
	}
	// An explicit --format wins over the extension.
	path := filepath.Join(dir, "fragment.txt")
	r := runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "--format", "html", "-o", path)
	want(t, r, 0, nil, nil)
	if got, _ := os.ReadFile(path); !strings.HasPrefix(string(got), "<") {
		t.Errorf("--format html -o fragment.txt wrote %q", got)
	}

	wantNames := []string{"fragment.txt", "posting.html", "posting.json", "posting.jsonld", "posting.md", "posting.txt"}
	if got := dirNames(t, dir); !slices.Equal(got, wantNames) {
		t.Errorf("directory holds %v, want %v (no temporary files left)", got, wantNames)
	}
}

func modeOf(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// umaskMode is the mode a new file gets from a shell: 0666 less the umask.
func umaskMode(t *testing.T) os.FileMode {
	t.Helper()
	path := filepath.Join(t.TempDir(), "probe")
	if err := os.WriteFile(path, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	return modeOf(t, path)
}

func TestExportRefusesToOverwrite(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	dir := t.TempDir()
	path := filepath.Join(dir, "posting.html")
	if err := os.WriteFile(path, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}

	r := runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", path)
	want(t, r, 1, nil, []string{path, "already exists", "--force"})
	if got, _ := os.ReadFile(path); string(got) != "precious" {
		t.Errorf("the file was changed without --force: %q", got)
	}

	// A symlink, even a dangling one, is not written through.
	link := filepath.Join(dir, "link.html")
	if err := os.Symlink(filepath.Join(dir, "nowhere.html"), link); err != nil {
		t.Fatal(err)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", link)
	want(t, r, 1, nil, []string{"already exists"})
	if _, err := os.Stat(filepath.Join(dir, "nowhere.html")); err == nil {
		t.Errorf("export wrote through a dangling symlink")
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", path, "--force")
	want(t, r, 0, nil, nil)
	got, _ := os.ReadFile(path)
	if !strings.Contains(string(got), "<li>Go</li>") {
		t.Errorf("--force did not replace the file: %q", got)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("--force changed the file's mode to %v; it should keep 0600", fi.Mode().Perm())
	}
	if got, want := dirNames(t, dir), []string{"link.html", "posting.html"}; !slices.Equal(got, want) {
		t.Errorf("directory holds %v, want %v", got, want)
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", dir+"/", "--format", "md", "--force")
	want(t, r, 1, nil, []string{"directory"})
}

func TestExportJSONLDMissingFields(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	p.Company.Name = ""
	p.Location = model.Location{}
	db := seedDB(t, p)
	dir := t.TempDir()
	path := filepath.Join(dir, "posting.jsonld")
	r := runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "-o", path)
	want(t, r, 1, nil, []string{"company.name", "location", p.ID})
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("a failed export left %v", names)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "export", p.ID, "--format", "jsonld")
	want(t, r, 1, nil, []string{"company.name"})
	if r.stdout != "" {
		t.Errorf("a failed export printed %q", r.stdout)
	}
}

func TestWriteFileCleansUpOnFailure(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if os.Getuid() == 0 {
		t.Skip("root writes to read-only directories")
	}
	if err := atomicfile.Write(filepath.Join(dir, "x.md"), []byte("x"), false); err == nil {
		t.Errorf("atomicfile.Write into a read-only directory succeeded")
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("writeFile left %v", names)
	}
}
