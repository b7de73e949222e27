package cli

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"jobpost/model"
)

// fakeClipboardTool installs an executable called name that saves its
// stdin, and returns the directory to put on PATH and the file it writes.
func fakeClipboardTool(t *testing.T, name string) (dir, out string) {
	t.Helper()
	dir = t.TempDir()
	out = filepath.Join(t.TempDir(), "clipboard")
	script := "#!/bin/sh\nPATH=/usr/bin:/bin\ncat > '" + out + "'\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, out
}

// osc52Payload decodes the clipboard text from what was written to the
// terminal.
func osc52Payload(t *testing.T, written string) string {
	t.Helper()
	if !strings.HasPrefix(written, "\x1b]52;c;") || !strings.HasSuffix(written, "\x07") {
		t.Fatalf("terminal got %q, want one OSC 52 sequence", written)
	}
	data, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(written, "\x1b]52;c;"), "\x07"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCopyThroughTerminalAndTool(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	path, out := fakeClipboardTool(t, "xclip")
	tty := &ttyBuffer{}
	e := cmdEnv{tty: tty, vars: map[string]string{"DISPLAY": ":0", "PATH": path}}

	r := runCmd(t, e, "--db", db, "copy", p.ID)
	wantText := p.PlainText(0)
	want(t, r, 0, nil, []string{"Senior Backend Engineer", "as text",
		model.Thousands(utf8.RuneCountInString(wantText)) + " characters", "OSC 52", "xclip"})
	if r.stdout != "" {
		t.Errorf("copy printed to stdout: %q", r.stdout)
	}
	if got, _ := os.ReadFile(out); string(got) != wantText {
		t.Errorf("the tool got %q, want the plain text %q", got, wantText)
	}
	if got := osc52Payload(t, tty.String()); got != wantText {
		t.Errorf("OSC 52 carried %q, want %q", got, wantText)
	}
	if strings.Contains(r.stderr, "warning") {
		t.Errorf("a short posting got a warning:\n%s", r.stderr)
	}

	*tty = ttyBuffer{}
	r = runCmd(t, e, "--db", db, "copy", p.ID, "--format", "html")
	want(t, r, 0, nil, []string{"as html"})
	if got, _ := os.ReadFile(out); string(got) != p.HTML() {
		t.Errorf("copy --format html gave the tool %q", got)
	}
	if got := osc52Payload(t, tty.String()); got != p.HTML() {
		t.Errorf("OSC 52 carried %q", got)
	}
}

func TestCopyRoutes(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)

	// Only the terminal.
	tty := &ttyBuffer{}
	r := runCmd(t, cmdEnv{tty: tty, vars: map[string]string{"TMUX": "/tmp/tmux-0/default,1,0"}}, "--db", db, "copy", p.ID, "--format", "md")
	want(t, r, 0, nil, []string{"as md", "OSC 52", "set-clipboard on"})
	if got := osc52Payload(t, tty.String()); got != p.Markdown() {
		t.Errorf("OSC 52 carried %q", got)
	}

	// Only a tool: Wayland's.
	path, out := fakeClipboardTool(t, "wl-copy")
	r = runCmd(t, cmdEnv{vars: map[string]string{"WAYLAND_DISPLAY": "wayland-0", "PATH": path}}, "--db", db, "copy", p.ID)
	want(t, r, 0, nil, []string{"via wl-copy"})
	if strings.Contains(r.stderr, "OSC 52") {
		t.Errorf("copy claims OSC 52 without a terminal:\n%s", r.stderr)
	}
	if got, _ := os.ReadFile(out); string(got) != p.PlainText(0) {
		t.Errorf("wl-copy got %q", got)
	}

	// Neither: an error that says what to do instead.
	r = runCmd(t, cmdEnv{vars: map[string]string{"DISPLAY": ":0", "PATH": t.TempDir()}}, "--db", db, "copy", p.ID)
	want(t, r, 1, nil, []string{"could not copy", "xclip", "jobpost export"})

	// A tool that fails, with no terminal: its failure is the error.
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "xclip"), []byte("#!/bin/sh\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	r = runCmd(t, cmdEnv{vars: map[string]string{"DISPLAY": ":0", "PATH": bad}}, "--db", db, "copy", p.ID)
	want(t, r, 1, nil, []string{"xclip", "exit status 1"})

	want(t, runCmd(t, cmdEnv{}, "--db", db, "copy", p.ID, "--format", "doc"), 2, nil, []string{"unknown format"})
	want(t, runCmd(t, cmdEnv{}, "--db", db, "copy"), 2, nil, []string{"copy takes one draft id"})
}

func TestCopyWarnsOverBoardLimits(t *testing.T) {
	p := fullPosting(strings.Repeat("Long title ", 20))
	p.Summary = strings.Repeat("You will write a great deal of prose for this job. ", 400) // ~20,000 characters
	db := seedDB(t, p)
	tty := &ttyBuffer{}
	r := runCmd(t, cmdEnv{tty: tty}, "--db", db, "copy", p.ID)
	want(t, r, 0, nil, []string{"warning: SEEK takes at most 15,000 characters", "warning: LinkedIn takes titles of at most 200"})
	if strings.Contains(r.stderr, "LinkedIn takes at most 25,000") {
		t.Errorf("warned about LinkedIn's 25,000 for ~20,000 characters:\n%s", r.stderr)
	}
}

func TestCopyHostileTitleStaysInside(t *testing.T) {
	p := fullPosting("Engineer \x1b]52;c;aGk=\x07\x1b[2J")
	db := seedDB(t, p)
	tty := &ttyBuffer{}
	r := runCmd(t, cmdEnv{tty: tty}, "--db", db, "copy", p.ID)
	want(t, r, 0, nil, nil)
	if strings.ContainsRune(r.stderr, 0x1b) {
		t.Errorf("copy's report let an escape through: %q", r.stderr)
	}
	// One sequence: the text inside is base64, and clean besides.
	if n := strings.Count(tty.String(), "\x1b"); n != 1 {
		t.Errorf("terminal got %d ESC bytes, want 1", n)
	}
	if got := osc52Payload(t, tty.String()); strings.ContainsRune(got, 0x1b) || got != p.PlainText(0) {
		t.Errorf("copied %q", got)
	}
}
