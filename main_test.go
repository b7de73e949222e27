package main

// End-to-end tests: the real jobpost binary in a real terminal (tmux),
// driven with send-keys and read back with capture-pane. Every step waits
// for text on the screen; nothing sleeps for a fixed time.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"jobpost/internal/testbinary"
	"jobpost/storage"
)

const (
	paneWidth   = 100
	paneHeight  = 30
	waitTimeout = 10 * time.Second
	pollEvery   = 50 * time.Millisecond
)

// exitLine is what the pane's shell writes to the pane's status file after
// jobpost ends, so a test can read the exit status and see that the
// terminal was handed back. (A file, not the screen: tmux 3.3 can drop a
// dying pane's last lines when it draws "Pane is dead".)
var exitLine = regexp.MustCompile(`^jobpost exited (\d+) tty=(\S+)\n$`)

// TestEndToEndTmux builds jobpost once and drives it in tmux.
func TestEndToEndTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if testing.Short() {
			t.Skip("tmux not installed (needed for the end-to-end test)")
		}
		t.Fatal("tmux not installed: run `make deps` (it installs tmux with .ci/install-tmux), or use -short to skip")
	}
	bin := testbinary.Build(t)

	t.Run("WizardSaveReopen", func(t *testing.T) { testWizardSaveReopen(t, bin) })
	t.Run("CommandsBesideTheEditor", func(t *testing.T) { testCommandsBesideTheEditor(t, bin) })
	t.Run("CtrlCMidWizard", func(t *testing.T) { testCtrlC(t, bin) })
	t.Run("Resize", func(t *testing.T) { testResize(t, bin) })
	t.Run("StartToFirstFrame", func(t *testing.T) { testStartToFirstFrame(t, bin) })
	t.Run("PeakMemory10k", func(t *testing.T) { testPeakMemory10k(t, bin) })
	t.Run("Editor100k", func(t *testing.T) { testEditor100k(t, bin) })
	t.Run("EditInEditor", func(t *testing.T) { testEditInEditor(t, bin) })
	t.Run("SIGTERMSavesTheLastEdit", func(t *testing.T) { testSignalSaves(t, bin, "TERM") })
	t.Run("SIGHUPSavesTheLastEdit", func(t *testing.T) { testSignalSaves(t, bin, "HUP") })
	t.Run("ShowIn50Columns", func(t *testing.T) { testShowIn50Columns(t, bin) })
	t.Run("WizardDetailsToPublish", func(t *testing.T) { testWizardDetailsToPublish(t, bin) })
	t.Run("JuniorAndSeniorDiffer", func(t *testing.T) { testJuniorAndSeniorDiffer(t, bin) })
}

// testShowIn50Columns runs `jobpost show` in a 50-column pane, where the
// shell exports no $COLUMNS: the text must be wrapped to the pane's real
// width, so no line is wider than the pane and none wraps into a blank row.
func testShowIn50Columns(t *testing.T, bin string) {
	s := newTmux(t)
	db := filepath.Join(s.home, "jobs.db")
	out, errOut, status := runBin(t, s.home, bin, "--db", db, "new", "--role", "backend", "--level", "senior",
		"--company", "Acme", "--location", "Berlin, DE", "--pay-min", "70k", "--pay-max", "90k", "--currency", "EUR")
	if status != 0 {
		t.Fatalf("new: %d %s", status, errOut)
	}
	const width = 50
	p := s.startSized("show50", width, 80, bin, "--db", db, "show", strings.TrimSpace(out))
	if status, screen := p.waitExit(); status != 0 {
		t.Fatalf("show exited %d:\n%s", status, screen)
	}
	// -J joins a line the terminal wrapped, so a line too wide shows as
	// one longer than the pane.
	screen := s.must("capture-pane", "-p", "-J", "-S", "-", "-t", p.target)
	if !strings.Contains(screen, "Senior Backend Engineer") || !strings.Contains(screen, "What you will do") {
		t.Fatalf("show did not print the posting:\n%s", screen)
	}
	// What the program printed: up to tmux's own "Pane is dead" line, less
	// the empty rows of the pane below it.
	printed, _, _ := strings.Cut(screen, "Pane is dead")
	lines := strings.Split(strings.TrimRight(printed, "\n "), "\n")
	for i, line := range lines {
		if n := utf8.RuneCountInString(strings.TrimRight(line, " ")); n > width {
			t.Errorf("line %d is %d columns in a %d-column pane: %q", i+1, n, width, line)
		}
		if i > 0 && strings.TrimSpace(line) == "" && strings.TrimSpace(lines[i-1]) == "" {
			t.Errorf("blank rows at line %d:\n%s", i+1, screen)
			break
		}
	}
}

// cleanEnv is the environment for tmux and for jobpost run directly: no
// JOBPOST_* variables, no TMUX (so we never attach to the user's server), a
// HOME of our own.
func cleanEnv(home string) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
		"XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
	}
}

var socketSeq atomic.Int64

// tmuxServer is a private tmux server (its own -L socket in its own
// TMUX_TMPDIR), killed when the test ends.
type tmuxServer struct {
	t      *testing.T
	socket string
	conf   string
	env    []string
	home   string
	tmp    string
}

func newTmux(t *testing.T) *tmuxServer {
	t.Helper()
	// A short directory of our own: socket paths are limited to ~100 bytes.
	tmp, err := os.MkdirTemp("", "jpt")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	home := filepath.Join(tmp, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(tmp, "tmux.conf")
	// No status line, so the pane is the whole 100×30 window; keep dead
	// panes so their last screen and exit line can be read.
	if err := os.WriteFile(conf, []byte("set -g status off\nset -g remain-on-exit on\nset -g history-limit 100\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := &tmuxServer{
		t:      t,
		socket: fmt.Sprintf("jobpost-test-%d-%d", os.Getpid(), socketSeq.Add(1)),
		conf:   conf,
		home:   home,
		tmp:    tmp,
		env:    append(cleanEnv(home), "TMUX_TMPDIR="+tmp),
	}
	t.Cleanup(func() { _, _ = s.run("kill-server") })
	return s
}

func (s *tmuxServer) run(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-L", s.socket, "-f", s.conf}, args...)...)
	cmd.Env = s.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out), nil
}

func (s *tmuxServer) must(args ...string) string {
	s.t.Helper()
	out, err := s.run(args...)
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// shellQuote quotes s for sh.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// start runs jobpost with args in a new detached session named name. The
// pane's shell prints the exit status and whether the terminal was left in
// raw mode, to a file, once jobpost ends.
func (s *tmuxServer) start(name, bin string, args ...string) *pane {
	s.t.Helper()
	return s.startSized(name, paneWidth, paneHeight, bin, args...)
}

// startSized is start in a pane of width × height.
func (s *tmuxServer) startSized(name string, width, height int, bin string, args ...string) *pane {
	s.t.Helper()
	cmdline := shellQuote(bin)
	for _, a := range args {
		cmdline += " " + shellQuote(a)
	}
	statusFile := filepath.Join(s.tmp, name+".exit")
	script := cmdline + `; st=$?; ` +
		`if stty -a | tr ' ;' '\n\n' | grep -qx -e -icanon -e -echo; then tty=raw; else tty=ok; fi; ` +
		`echo "jobpost exited $st tty=$tty" >` + shellQuote(statusFile)
	s.must("new-session", "-d", "-s", name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), script)
	return &pane{s: s, target: name, statusFile: statusFile}
}

// pane is one session's only pane.
type pane struct {
	s          *tmuxServer
	target     string
	statusFile string
}

func (p *pane) capture() string {
	p.s.t.Helper()
	return p.s.must("capture-pane", "-p", "-t", p.target)
}

// send sends tmux key names (Enter, Down, Space, C-c, …).
func (p *pane) send(keys ...string) {
	p.s.t.Helper()
	p.s.must(append([]string{"send-keys", "-t", p.target}, keys...)...)
}

// typeText sends text literally.
func (p *pane) typeText(text string) {
	p.s.t.Helper()
	p.s.must("send-keys", "-t", p.target, "-l", text)
}

func (p *pane) dead() bool {
	p.s.t.Helper()
	return strings.TrimSpace(p.s.must("display-message", "-p", "-t", p.target, "#{pane_dead}")) == "1"
}

// waitFor polls the screen until ok accepts it, failing with the last
// screen after waitTimeout.
func (p *pane) waitFor(what string, ok func(screen string) bool) string {
	p.s.t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		screen := p.capture()
		if ok(screen) {
			return screen
		}
		if time.Now().After(deadline) {
			p.s.t.Fatalf("timed out after %v waiting for %s; the screen was:\n%s", waitTimeout, what, frame(screen))
		}
		time.Sleep(pollEvery)
	}
}

// waitText waits until every one of texts is on the screen.
func (p *pane) waitText(texts ...string) string {
	p.s.t.Helper()
	return p.waitFor(fmt.Sprintf("%q", texts), func(screen string) bool {
		for _, text := range texts {
			if !strings.Contains(screen, text) {
				return false
			}
		}
		return true
	})
}

// waitExit waits for jobpost to end and returns its exit status and the
// final screen; it fails if the terminal was left in raw mode.
func (p *pane) waitExit() (int, string) {
	p.s.t.Helper()
	p.waitFor("jobpost to exit (the pane to die)", func(string) bool { return p.dead() })
	// Captured again: the one waitFor returns was taken just before the
	// pane was seen dead, and may still show the program's last frame.
	screen := p.capture()
	line, err := os.ReadFile(p.statusFile)
	m := exitLine.FindStringSubmatch(string(line))
	if m == nil {
		p.s.t.Fatalf("pane died without writing its exit line (%q, %v):\n%s", line, err, frame(screen))
	}
	if m[2] != "ok" {
		p.s.t.Errorf("terminal left in raw mode (no icanon/echo) after jobpost exited:\n%s", frame(screen))
	}
	var status int
	fmt.Sscan(m[1], &status)
	return status, screen
}

// frame draws a screen with a border so trailing blanks show.
func frame(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	var b strings.Builder
	b.WriteString("┌" + strings.Repeat("─", paneWidth) + "┐\n")
	for _, l := range lines {
		b.WriteString("│" + l + "\n")
	}
	b.WriteString("└" + strings.Repeat("─", paneWidth) + "┘")
	return b.String()
}

// cursorLine returns the line the list cursor (▸) is on.
func cursorLine(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "▸") {
			return l
		}
	}
	return ""
}

func testWizardSaveReopen(t *testing.T, bin string) {
	s := newTmux(t)
	db := filepath.Join(t.TempDir(), "jobs.db")
	p := s.start("first", bin, "--db", db)

	p.waitText("No postings yet.", "Press n to start one")
	p.send("n")
	p.waitText("Step 1/6", "▸ Backend Engineer")

	// Role: filter; enter on the filter chooses the best match.
	p.send("/")
	p.typeText("backend")
	p.waitText("/ backend")
	p.send("Enter")

	// Seniority: the cursor starts on Intermediate; one down is Senior.
	p.waitText("Step 2/6", "▸ Intermediate")
	p.send("Down")
	p.waitText("▸ Senior")
	p.send("Enter")

	// Skills: Rust is not a default for a senior backend engineer; space
	// cycles none → must → nice.
	p.waitText("Step 3/6", "Senior Backend Engineer")
	p.send("/")
	p.typeText("rust")
	p.send("Enter")
	p.waitFor("the cursor on an unchosen Rust", func(sc string) bool {
		l := cursorLine(sc)
		return strings.Contains(l, "Rust") && strings.Contains(l, "[    ]")
	})
	p.send("Space")
	p.waitFor("Rust must-have", func(sc string) bool { return strings.Contains(cursorLine(sc), "[must] Rust") })
	p.send("Space")
	p.waitFor("Rust nice-to-have", func(sc string) bool { return strings.Contains(cursorLine(sc), "[nice] Rust") })
	p.send("Enter")

	// Responsibilities: choose one that is off by default.
	p.waitText("Step 4/6")
	p.send("/")
	p.typeText("interview")
	p.send("Enter")
	var resp string
	// The filter is fuzzy: move the cursor to the interview line.
	screen := p.waitText("esc clears", "Interview candidates")
	for tries := 0; !strings.Contains(cursorLine(screen), "Interview candidates"); tries++ {
		if tries > 10 {
			t.Fatalf("cannot put the cursor on the interview responsibility:\n%s", frame(screen))
		}
		p.send("Down")
		before := screen
		screen = p.waitFor("the cursor to move", func(sc string) bool { return sc != before })
	}
	l := cursorLine(screen)
	i := strings.Index(l, "[ ] ")
	if i < 0 {
		t.Fatalf("the interview responsibility is already chosen or unrecognisable: %q", l)
	}
	resp = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l[i+4:]), "…"))
	if len(resp) > 40 {
		resp = resp[:40] // short enough not to wrap in the preview
	}
	p.send("Space")
	p.waitFor("the responsibility chosen", func(sc string) bool {
		l := cursorLine(sc)
		return strings.Contains(l, "[x] ") && strings.Contains(l, resp)
	})
	p.send("Enter")

	// Details: every one may stay empty.
	p.waitText("Step 5/6", "Any may stay empty")
	p.send("Enter")

	// Preview and save: the posting opens in the editor, the drafts
	// underneath with it selected.
	p.waitText("Step 6/6", "Preview", "Senior Backend Engineer", resp)
	p.send("Enter")
	p.waitText("Editing: Senior Backend Engineer")
	p.send("Escape")
	p.waitText("Drafts", "▸ Senior Backend Engineer")
	p.send("q")
	if status, screen := p.waitExit(); status != 0 {
		t.Fatalf("jobpost exited %d after q:\n%s", status, frame(screen))
	}

	// Relaunch: the draft is there and opens to the same posting.
	p = s.start("second", bin, "--db", db)
	p.waitText("▸ Senior Backend Engineer")
	p.send("Enter")
	// The editor: sections on the left; at 100 columns the preview is a
	// toggle away.
	p.waitText("Editing: Senior Backend Engineer", "Nice-to-have skills")
	p.send("Tab")
	p.waitText("Senior Backend Engineer", "What you will do", resp, "Must-have skills")
	for screen := p.capture(); !strings.Contains(screen, "• Rust"); {
		if strings.Contains(screen, "Equal opportunity") {
			t.Fatalf("scrolled to the end of the draft without seeing the nice-to-have Rust:\n%s", frame(screen))
		}
		p.send("PageDown")
		before := screen
		screen = p.waitFor("the view to scroll", func(sc string) bool { return sc != before })
	}
	p.send("q")
	if status, screen := p.waitExit(); status != 0 {
		t.Fatalf("jobpost exited %d after q:\n%s", status, frame(screen))
	}

	// The scriptable commands see the same draft.
	out, errOut, status := runBin(t, s.home, bin, "--db", db, "list")
	if status != 0 || !strings.Contains(out, "Senior Backend Engineer") || !strings.Contains(out, "senior") {
		t.Fatalf("list: status %d, stdout:\n%s\nstderr:\n%s", status, out, errOut)
	}
	id := strings.Fields(out)[0]
	md, errOut, status := runBin(t, s.home, bin, "--db", db, "show", id[:5])
	if status != 0 {
		t.Fatalf("show %s: status %d, stderr:\n%s", id[:5], status, errOut)
	}
	for _, want := range []string{"# Senior Backend Engineer", "Rust", resp} {
		if !strings.Contains(md, want) {
			t.Errorf("show %s lacks %q:\n%s", id[:5], want, md)
		}
	}
	if i, j := strings.Index(md, "Nice-to-have"), strings.Index(md, "- Rust"); i < 0 || j < i {
		t.Errorf("Rust is not listed as nice-to-have:\n%s", md)
	}
}

// runBin runs jobpost directly (no terminal) with a clean environment.
func runBin(t *testing.T, home, bin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = cleanEnv(home)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		status = ee.ExitCode()
	default:
		t.Fatalf("run %v: %v", args, err)
	}
	return o.String(), e.String(), status
}

// testCommandsBesideTheEditor: the editor holds the file only while it reads or
// writes, so commands in another terminal work while it is open, and a
// change they make does not stop the editor.
func testCommandsBesideTheEditor(t *testing.T, bin string) {
	s := newTmux(t)
	db := filepath.Join(t.TempDir(), "same.db")
	p := s.start("holder", bin, "--db", db)
	p.waitText("No postings yet.")

	start := time.Now()
	out, errOut, status := runBin(t, s.home, bin, "--db", db, "list")
	t.Logf("list beside the editor answered in %v", time.Since(start).Round(time.Millisecond))
	if status != 0 || strings.Contains(errOut, "in use") {
		t.Errorf("list beside the editor: status %d, stdout %q, stderr %q", status, out, errOut)
	}
	importOne(t, s.home, bin, db, "Imported Beside The Editor")
	out, _, status = runBin(t, s.home, bin, "--db", db, "list")
	if status != 0 || !strings.Contains(out, "Imported Beside The Editor") {
		t.Errorf("list after an import beside the editor: %d %q", status, out)
	}
	// The editor's list shows the import, and then the delete, on its own.
	p.waitText("Imported Beside The Editor")
	id := strings.Fields(out)[0]
	if _, errOut, status := runBin(t, s.home, bin, "--db", db, "delete", id); status != 0 {
		t.Fatalf("delete beside the editor: %d %s", status, errOut)
	}
	p.waitText("No postings yet.")
	// The TUI is unharmed and still quits cleanly.
	p.send("q")
	if status, screen := p.waitExit(); status != 0 {
		t.Fatalf("jobpost exited %d:\n%s", status, frame(screen))
	}
}

func testCtrlC(t *testing.T, bin string) {
	s := newTmux(t)
	p := s.start("main", bin, "--db", filepath.Join(t.TempDir(), "jobs.db"))
	p.waitText("No postings yet.")
	p.send("n")
	p.waitText("Step 1/6")
	p.send("Enter")
	p.waitText("Step 2/6")
	p.send("C-c")
	status, screen := p.waitExit()
	if status != 0 {
		t.Errorf("ctrl+c: jobpost exited %d, want 0:\n%s", status, frame(screen))
	}
	// The alternate screen is gone: the pane shows the shell's output only.
	if strings.Contains(screen, "Step 2/6") || strings.Contains(screen, "jobpost ·") {
		t.Errorf("the TUI is still on screen after exit:\n%s", frame(screen))
	}
}

func testResize(t *testing.T, bin string) {
	s := newTmux(t)
	p := s.start("main", bin, "--db", filepath.Join(t.TempDir(), "jobs.db"))
	p.waitText("No postings yet.")
	s.must("resize-window", "-t", "main", "-x", "10", "-y", "5")
	p.waitFor("the too-small note", func(sc string) bool {
		return strings.Contains(sc, "small") && !strings.Contains(sc, "No postings")
	})
	s.must("resize-window", "-t", "main", "-x", fmt.Sprint(paneWidth), "-y", fmt.Sprint(paneHeight))
	p.waitFor("the drafts screen again", func(sc string) bool {
		return strings.Contains(sc, "No postings yet.") && strings.Contains(sc, "Press n to start one") &&
			!strings.Contains(sc, "too small")
	})
	p.send("q")
	if status, screen := p.waitExit(); status != 0 {
		t.Fatalf("jobpost exited %d:\n%s", status, frame(screen))
	}
}

// testStartToFirstFrame measures, on a warm tmux server, the time from
// `tmux new-session` to the first capture that shows the drafts screen. It
// is reported, not asserted.
func testStartToFirstFrame(t *testing.T, bin string) {
	s := newTmux(t)
	s.must("new-session", "-d", "-s", "warm", "sleep 600")
	const runs = 5
	var times []time.Duration
	for i := range runs {
		db := filepath.Join(t.TempDir(), "jobs.db")
		name := fmt.Sprintf("run%d", i)
		begin := time.Now()
		p := s.start(name, bin, "--db", db)
		for !strings.Contains(p.capture(), "No postings yet.") {
			if time.Since(begin) > waitTimeout {
				t.Fatalf("no first frame after %v:\n%s", waitTimeout, frame(p.capture()))
			}
			time.Sleep(2 * time.Millisecond)
		}
		times = append(times, time.Since(begin))
		p.send("q")
		p.waitExit()
	}
	sorted := slices.Clone(times)
	slices.Sort(sorted)
	t.Logf("start to first frame (tmux new-session → drafts screen captured), %d runs: %v; median %v",
		runs, times, sorted[runs/2].Round(time.Millisecond))
}

// testEditor100k opens the editor on 100,000 drafts and reports the time
// from start to the drafts list on screen and the peak memory (issue 14
// asks for both, without a target). Seeding takes a while: it runs with
// JOBPOST_FIGURES=1 (make bench).
func testEditor100k(t *testing.T, bin string) {
	if os.Getenv("JOBPOST_FIGURES") == "" || runtime.GOOS != "linux" {
		t.Skip("set JOBPOST_FIGURES=1 (make bench); reads /proc")
	}
	db := filepath.Join(t.TempDir(), "jobs.db")
	if err := storage.SeedForBench(db, 100_000, time.Now()); err != nil {
		t.Fatal(err)
	}
	s := newTmux(t)
	begin := time.Now()
	p := s.start("big", bin, "--db", db)
	for !strings.Contains(p.capture(), "100000 postings") {
		if time.Since(begin) > waitTimeout {
			t.Fatalf("no drafts list after %v:\n%s", waitTimeout, frame(p.capture()))
		}
		time.Sleep(5 * time.Millisecond)
	}
	took := time.Since(begin)
	shell := strings.TrimSpace(s.must("display-message", "-p", "-t", "big", "#{pane_pid}"))
	children, err := os.ReadFile(filepath.Join("/proc", shell, "task", shell, "children"))
	if err != nil || len(strings.Fields(string(children))) == 0 {
		t.Fatalf("jobpost process not found: %v", err)
	}
	status, err := os.ReadFile(filepath.Join("/proc", strings.Fields(string(children))[0], "status"))
	if err != nil {
		t.Fatal(err)
	}
	var peakKB int
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			peakKB, _ = strconv.Atoi(f[1])
		}
	}
	t.Logf("editor with 100,000 drafts: start to drafts list %v, peak RSS %.1f MB", took.Round(time.Millisecond), float64(peakKB)/1024)
	p.send("q")
	p.waitExit()
}

// testPeakMemory10k opens the TUI on 10,000 drafts, filters and scrolls,
// and reports the process's peak resident memory (VmHWM). The target is
// 60 MB; it is reported, and only a gross overrun fails.
func testPeakMemory10k(t *testing.T, bin string) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	db := filepath.Join(t.TempDir(), "jobs.db")
	if err := storage.SeedForBench(db, 10000, time.Now()); err != nil {
		t.Fatal(err)
	}
	s := newTmux(t)
	p := s.start("mem", bin, "--db", db)
	p.waitText("10000 postings")
	p.send("/")
	p.typeText("engineer")
	p.waitText("of 10000 postings")
	p.send("Enter")
	for range 30 {
		p.send("Down")
	}
	p.send("End")
	p.waitText("▸")
	shell := strings.TrimSpace(s.must("display-message", "-p", "-t", "mem", "#{pane_pid}"))
	children, err := os.ReadFile(filepath.Join("/proc", shell, "task", shell, "children"))
	if err != nil {
		t.Fatal(err)
	}
	pid := strings.Fields(string(children))
	if len(pid) == 0 {
		t.Fatal("jobpost process not found")
	}
	status, err := os.ReadFile(filepath.Join("/proc", pid[0], "status"))
	if err != nil {
		t.Fatal(err)
	}
	var peakKB int
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			peakKB, _ = strconv.Atoi(f[1])
		}
	}
	t.Logf("peak RSS of the TUI holding 10,000 drafts: %.1f MB (target 60 MB)", float64(peakKB)/1024)
	if peakKB > 200*1024 {
		t.Errorf("peak RSS %d kB is far over the 60 MB target", peakKB)
	}
	p.send("q")
	p.waitExit()
}

// testEditInEditor makes a posting with the wizard's defaults, changes its
// title and a responsibility in the editor, quits, and finds the changes
// after a relaunch and in 'jobpost show'.
func testEditInEditor(t *testing.T, bin string) {
	s := newTmux(t)
	db := filepath.Join(t.TempDir(), "jobs.db")
	p := s.start("make", bin, "--db", db)
	p.waitText("No postings yet.")
	p.send("n")
	for step := 1; step <= 6; step++ {
		p.waitText(fmt.Sprintf("Step %d/6", step))
		p.send("Enter")
	}
	// Saved, the posting opens in the editor.
	p.waitText("Editing: Backend Engineer", "Sections")
	p.send("Enter") // the title field
	p.waitText("enter done")
	p.send("C-u")
	p.typeText("Payments Backend Engineer")
	p.send("Enter")
	p.waitText("Editing: Payments Backend Engineer")
	p.send("Down", "Down", "Down", "Enter") // What you will do
	p.waitText("What you will do ·", "▸  1.")
	p.send("e")
	p.send("C-u")
	p.typeText("Own the payments API from design to production")
	p.send("Enter")
	p.waitText("▸  1. Own the payments API from design to production")
	p.send("Escape")
	p.waitText("Sections")
	p.send("q")
	if status, screen := p.waitExit(); status != 0 {
		t.Fatalf("jobpost exited %d after q:\n%s", status, frame(screen))
	}

	p = s.start("again", bin, "--db", db)
	p.waitText("▸ Payments Backend Engineer")
	p.send("q")
	p.waitExit()

	out, errOut, status := runBin(t, s.home, bin, "--db", db, "list")
	if status != 0 {
		t.Fatalf("list: %d %s", status, errOut)
	}
	md, errOut, status := runBin(t, s.home, bin, "--db", db, "show", strings.Fields(out)[0])
	if status != 0 {
		t.Fatalf("show: %d %s", status, errOut)
	}
	for _, want := range []string{"# Payments Backend Engineer", "- Own the payments API from design to production"} {
		if !strings.Contains(md, want) {
			t.Errorf("show lacks %q:\n%s", want, md)
		}
	}
}

// importOne puts one posting with the given title in the database at db,
// through the command line.
func importOne(t *testing.T, home, bin, db, title string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "one.json")
	posting := `{"schema_version":1,"title":` + strconv.Quote(title) + `,"role":"backend","seniority":"senior","summary":"Build things."}`
	if err := os.WriteFile(file, []byte(posting), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, status := runBin(t, home, bin, "--db", db, "import", file); status != 0 {
		t.Fatalf("import: %d %s", status, errOut)
	}
}

// testSignalSaves types in the summary and, before the autosave's pause is
// over, stops jobpost from outside: SIGTERM to the process, or SIGHUP by
// closing its terminal (tmux kill-session), as when an SSH session drops.
// The text must be in the database afterwards.
func testSignalSaves(t *testing.T, bin, signal string) {
	s := newTmux(t)
	db := filepath.Join(t.TempDir(), "jobs.db")
	importOne(t, s.home, bin, db, "Signal Test Engineer")
	p := s.start("sig", bin, "--db", db)
	p.waitText("Signal Test Engineer")
	p.send("Enter")
	p.waitText("Editing: Signal Test Engineer", "Summary")
	p.send("Down", "Down") // Title, Role & level, Summary
	p.waitFor("the cursor on Summary", func(sc string) bool { return strings.Contains(cursorLine(sc), "Summary") })
	p.send("Enter", "End")
	p.typeText(" Typed just before the " + signal + ".")
	p.waitText("before the " + signal)

	pid := strings.TrimSpace(s.must("display-message", "-p", "-t", p.target, "#{pane_pid}"))
	switch signal {
	case "TERM":
		// The pane runs a shell that runs jobpost: signal jobpost itself.
		children, err := os.ReadFile("/proc/" + pid + "/task/" + pid + "/children")
		if err != nil || len(strings.Fields(string(children))) != 1 {
			t.Fatalf("jobpost's pid under the pane's shell %s: %q %v", pid, children, err)
		}
		child, _ := strconv.Atoi(strings.Fields(string(children))[0])
		if err := syscall.Kill(child, syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if status, screen := p.waitExit(); status != 0 {
			t.Fatalf("jobpost exited %d after SIGTERM:\n%s", status, frame(screen))
		}
	case "HUP":
		s.must("kill-session", "-t", p.target)
	}

	// Once jobpost has saved on its way out, the text is there. (The
	// database is not held between transactions: list may answer before
	// the last save; look again until it lands or the time is up.)
	deadline := time.Now().Add(waitTimeout)
	for {
		out, errOut, status := runBin(t, s.home, bin, "--db", db, "list")
		if status != 0 && !strings.Contains(errOut, "in use") {
			t.Fatalf("list after SIG%s: %d %s", signal, status, errOut)
		}
		if status == 0 {
			md, errOut, status := runBin(t, s.home, bin, "--db", db, "show", strings.Fields(out)[0], "--format", "md")
			if status != 0 {
				t.Fatalf("show: %d %s", status, errOut)
			}
			if strings.Contains(md, "Typed just before the "+signal+".") {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the last edit was lost on SIG%s:\n%s", signal, md)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("list after SIG%s: %d %s", signal, status, errOut)
		}
		time.Sleep(pollEvery)
	}
}
