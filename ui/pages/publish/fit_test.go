package publish_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"jobpost/ui/internal/uitest"
)

// statusRoom is what the root's status bar leaves a message at 80
// columns, beside the page's name cut to a few letters.
const statusRoom = 62

// TestPublishCopyInTmuxAdvisesOnThePage: the tmux advice made the copy
// message "Copied Plain text, 730 characters (OSC 52). Nothing arr…" at
// 80 columns. The message is short; the advice is a line of the page,
// only inside tmux and only when no desktop tool took the copy too, and
// it goes with the next format.
func TestPublishCopyInTmuxAdvisesOnThePage(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 80, 24)
	env := map[string]string{"TMUX": "/tmp/tmux-1000/default,1,0", "PATH": t.TempDir()} // no clipboard tool
	d.c.Getenv = func(k string) string { return env[k] }
	d.Keys("c")
	if st := d.status(); st != "Copied Plain text, 232 characters (OSC 52)" || ansi.StringWidth(st) > statusRoom {
		t.Fatalf("status %q", st)
	}
	d.WantScreen("Nothing pasted? tmux passes copies on with: set -g set-clipboard on")
	d.Keys("tab")
	d.RejectScreen("set-clipboard")

	delete(env, "TMUX")
	d.Keys("c")
	d.RejectScreen("set-clipboard")

	// A tool that fails: the message stays short, the error is on the page.
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "xclip"), []byte("#!/bin/sh\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	env["PATH"], env["DISPLAY"] = bin+":/usr/bin:/bin", ":0"
	d.Keys("c")
	if st := d.status(); st != "Copied HTML, 343 characters (OSC 52); clipboard tool failed" || ansi.StringWidth(st) > statusRoom {
		t.Fatalf("status %q", st)
	}
	d.WantScreen("Clipboard tool: xclip: exit status 3")
}

// TestPublishLinesFit80: the export prompt's hint was cut at 80 columns.
func TestPublishLinesFit80(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 80, 24)
	d.Keys("e")
	d.WantScreen("The extension picks the format: .txt .html .md .jsonld or .json.\n")
	for _, l := range strings.Split(d.Screen(), "\n") {
		if strings.Contains(l, "…") {
			t.Errorf("a line is cut: %q", l)
		}
	}
}

// TestPublishHelpOffersWhatTheScreenIsFor: the footer at 80 columns names
// copy, export, mark posted, the next format and back, in that order,
// with the root's "? help • q quit" after them.
func TestPublishHelpOffersWhatTheScreenIsFor(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 80, 24)
	line := ansi.Strip(help.New().ShortHelpView(append(d.host.Page.ShortHelp(), d.c.Keys.Help, d.c.Keys.Quit)))
	if want := "c copy • e export • m mark posted • tab next format • esc back • ? help • q quit"; line != want || ansi.StringWidth(line) > 80 {
		t.Fatalf("short help %q (%d columns), want %q", line, ansi.StringWidth(line), want)
	}
}

// TestPublishQuestionsClearTheStatus: "Exported JSON to …" stayed up
// while the page asked whether to replace that file.
func TestPublishQuestionsClearTheStatus(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 100, 30)
	path := filepath.Join(t.TempDir(), "job.json")
	d.exportTo(path)
	if st := d.status(); !strings.HasPrefix(st, "Exported JSON") {
		t.Fatalf("status %q", st)
	}
	d.exportTo(path)
	d.WantScreen("exists. Replace it?")
	if st := d.status(); st != "" {
		t.Fatalf("status %q while asking to replace the file", st)
	}
	d.Keys("n", "m")
	d.WantScreen("Posted on:")
	if st := d.status(); st != "" {
		t.Fatalf("status %q while asking where it was posted", st)
	}
}

// TestPublishJSONTimesAreToTheSecond: the exported JSON had
// "2026-12-01T12:43:15.888075214Z"; a draft stored with a fraction of a
// second is written without it.
func TestPublishJSONTimesAreToTheSecond(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.UpdatedAt = uitest.FixedNow.Add(888075214 * time.Nanosecond)
	d := publishWith(t, p, "", 100, 30)
	path := filepath.Join(t.TempDir(), "job.json")
	d.exportTo(path)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"updated_at": "2026-11-23T10:00:00Z"`) || regexp.MustCompile(`:\d\d\.\d`).Match(b) {
		t.Fatalf("times in the export:\n%s", b)
	}
}
