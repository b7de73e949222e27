package editor_test

import (
	"slices"
	"strings"
	"testing"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// Issue 11: terminals (and tmux's paste-buffer) send a line break in a
// bracketed paste as CR. In prose a CR, a CRLF and an LF are each one
// line break; paragraphs are kept, and so is a break at the end, so the
// next paste starts on a line of its own.
func TestEditorProsePasteKeepsLineBreaks(t *testing.T) {
	t.Parallel()
	for name, br := range map[string]string{"CR": "\r", "CRLF": "\r\n", "LF": "\n"} {
		t.Run(name, func(t *testing.T) {
			c := uitest.NewCommon(t, common.Dark)
			p := uitest.FullPosting(t, c)
			p.Summary = ""
			d := open(t, c, p, 80, 24)
			d.section("Summary")
			d.Keys("enter")
			d.Paste("First line" + br + "Second line" + br + br + "Third line" + br)
			d.Paste("Windows" + br + br + br + br + "Last paragraph" + br)
			d.Keys("Typed")
			want := "First line\nSecond line\n\nThird line\nWindows\n\nLast paragraph\nTyped"
			if got := d.posting().Summary; got != want {
				t.Fatalf("summary %q, want %q", got, want)
			}
			for _, l := range []string{"Third line", "Windows"} {
				if !slices.Contains(trimmedLines(d.Screen()), l) {
					t.Fatalf("no line %q:\n%s", l, d.Screen())
				}
			}
			d.Keys("esc")
			if got := d.stored().Summary; got != want {
				t.Fatalf("stored %q", got)
			}
		})
	}
}

// Issue 11: a paste of several lines into a list makes one line each (a
// CR, a CRLF or an LF ends one), cleaned and within the model's limit,
// leaving out blank lines and those already there: one undo step.
func TestEditorListPasteMakesOneLinePerLine(t *testing.T) {
	d, p := start(t)
	d.section("What you will do")
	d.Keys("enter", "n")
	long := strings.Repeat("y", model.MaxListItemLength+50)
	d.Paste("Keep the rota humane\r" + p.Responsibilities[0] + "\r\n\r\n  Write \x1b[1mdocs\x1b[0m  \n" + long + "\rMentor juniors\r")
	got := d.posting().Responsibilities
	added := []string{"Keep the rota humane", "Write docs", long[:model.MaxListItemLength], "Mentor juniors"}
	want := slices.Insert(slices.Clone(p.Responsibilities), 1, added...)
	if !slices.Equal(got, want) {
		t.Fatalf("lines %q", got)
	}
	if d.status() != "Added 4 lines · 1 was there already" {
		t.Fatalf("status %q", d.status())
	}
	if d.page().Typing() {
		t.Fatal("the input is still open")
	}
	d.Keys("u")
	if got := d.posting().Responsibilities; !slices.Equal(got, p.Responsibilities) {
		t.Fatalf("one undo left %q", got)
	}
}

// Issue 11: a paste that does not all fit says so in words that fit the
// status bar at 80 columns.
func TestEditorPasteNotesFit(t *testing.T) {
	d, _ := start(t)
	d.section("Title")
	d.Keys("enter")
	d.Send(ctrl('u'))
	d.Paste(strings.Repeat("x", 1000))
	want := "Pasted text cut to fit the " + model.Thousands(model.MaxTitleLength) + "-character limit"
	if d.status() != want {
		t.Fatalf("status %q", d.status())
	}
	d.Paste("more")
	if want := "This field is full (" + model.Thousands(model.MaxTitleLength) + " characters)"; d.status() != want {
		t.Fatalf("status %q", d.status())
	}
	for _, s := range []string{want, "Pasted text cut to fit the 25,000-character limit"} {
		if len(s) > 62 {
			t.Fatalf("%q is %d columns", s, len(s))
		}
	}
}

// trimmedLines are the screen's lines without the spaces around them.
func trimmedLines(screen string) []string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return lines
}
