package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// These tests run the real pages under the root: what a user sees when
// moving between screens.

func newApp(t *testing.T, c *common.Common, width, height int) *uitest.Driver {
	t.Helper()
	d := uitest.NewDriver(t, New(c), width, height)
	d.Drop = func(msg tea.Msg) bool { _, ok := msg.(statusExpiredMsg); return ok }
	return d
}

// seed saves one draft per title, the first the newest.
func seed(t *testing.T, c *common.Common, titles ...string) []model.Posting {
	t.Helper()
	var out []model.Posting
	for i, title := range titles {
		p := model.New(uitest.FixedNow.Add(-time.Duration(i) * time.Hour))
		p.Title, p.Role, p.Seniority = title, "backend", "senior"
		p.Location = model.Location{City: "Lisbon", Country: "PT"}
		if err := c.Store.Save(p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

func homeWith(t *testing.T, titles ...string) (*uitest.Driver, *common.Common, []model.Posting) {
	t.Helper()
	c := uitest.NewCommon(t, common.Dark)
	ps := seed(t, c, titles...)
	d := newApp(t, c, 100, 30)
	d.WantScreen(titles...)
	return d, c, ps
}

func TestEscFromTheEditorKeepsTheCursorOnThatDraft(t *testing.T) {
	t.Parallel()
	d, _, _ := homeWith(t, "First Posting", "Second Posting", "Third Posting", "Last Posting")
	d.Keys("down", "down", "enter")
	d.WantScreen("Editing: Third Posting")
	d.Keys("esc")
	d.WantScreen("▸ Third Posting")
	d.Keys("G", "enter")
	d.WantScreen("Editing: Last Posting")
	d.Keys("esc")
	d.WantScreen("▸ Last Posting")
}

func TestAStatusMessageStaysWithItsScreen(t *testing.T) {
	t.Parallel()
	d, _, _ := homeWith(t, "Keep Me", "Throw Me Away")
	d.Keys("down", "x")
	d.WantScreen("to the trash")
	d.Keys("enter")
	d.WantScreen("Editing: Keep Me")
	d.RejectScreen("to the trash", "u brings it back")
	d.Keys("u")
	d.RejectScreen("Restored") // u in the editor is the editor's undo
	d.Keys("esc")
	d.Keys("u") // the drafts' own undo is still there
	d.WantScreen("Throw Me Away")
}

func TestUndoAfterPurgeSaysSoInWords(t *testing.T) {
	t.Parallel()
	d, _, ps := homeWith(t, "Gone For Good", "Stays")
	d.Keys("x")
	d.WantScreen("to the trash")
	d.Keys("t")
	d.WantScreen("Gone For Good")
	d.Keys("x", "y")
	d.Keys("esc")
	d.WantScreen("Stays")
	d.Keys("u")
	d.RejectScreen(ps[0].ID, "no draft with that id")
}

func TestALateDraftDoesNotPullTheUserBack(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	ps := seed(t, c, "Slow To Load")
	d := newApp(t, c, 100, 30)
	d.WantScreen("Slow To Load")
	// enter opens the editor; its load is held back and delivered after
	// the user has gone back and started a new posting.
	_, cmd := d.Model.Update(common.OpenDraftMsg{ID: ps[0].ID})
	d.RejectScreen("▸ Slow To Load")
	d.Keys("esc", "n")
	d.WantScreen("Step 1/6")
	d.Run(cmd) // the editor's late answers go nowhere
	d.WantScreen("Step 1/6")
}

func TestPublishFromTheDraftsScreenAndBack(t *testing.T) {
	t.Parallel()
	d, _, _ := homeWith(t, "Data Engineer", "Other")
	d.Keys("down", "p")
	d.WantScreen("Publish: Other", "Plain text")
	d.Keys("esc")
	d.WantScreen("▸ Other")
}

func TestPublishFromTheEditorKeepsItsUndoAndThePostedRecord(t *testing.T) {
	t.Parallel()
	d, c, ps := homeWith(t, "Site Reliability Engineer")
	d.Keys("enter")
	d.WantScreen("Editing: Site Reliability Engineer")
	d.Keys("enter", "end", "!", "enter") // an edit to undo later
	d.WantScreen("Editing: Site Reliability Engineer!")
	d.Keys("p")
	d.WantScreen("Publish: Site Reliability Engineer!", "Plain text")
	d.Keys("m", "LinkedIn", "enter", "enter", "y")
	d.WantScreen("LinkedIn")
	d.Keys("esc")
	d.WantScreen("Editing: Site Reliability Engineer!")
	d.Keys("u") // the undo history survived the trip
	d.WantScreen("Editing: Site Reliability Engineer")
	d.RejectScreen("Engineer!")
	d.Keys("esc") // saves on the way out
	d.WantScreen("Drafts")
	got, err := c.Store.Get(ps[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Site Reliability Engineer" || got.Status != model.StatusPosted || len(got.Posted) != 1 || got.Posted[0].Board != "LinkedIn" {
		t.Fatalf("saved %q, status %q, posted %+v: want the undone title and the posted record", got.Title, got.Status, got.Posted)
	}
}

func TestQuitKeys(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d := newApp(t, c, 80, 24)
	d.Keys("q")
	if !d.Quit {
		t.Fatal("q did not quit on the drafts screen")
	}
	d = newApp(t, uitest.NewCommon(t, common.Dark), 80, 24)
	d.Keys("n")
	d.WantScreen("Step 1/6")
	d.Keys("/", "q")
	if d.Quit {
		t.Fatal("q in a filter quit")
	}
	d.Keys("ctrl+c")
	if !d.Quit {
		t.Fatal("ctrl+c did not quit in the wizard")
	}
}

func TestQuitMidWizardSavesTheDraft(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d := newApp(t, c, 100, 30)
	d.Keys("n", "enter", "down", "enter", "down")
	// The last change's autosave timer never fires: only quitting saves it.
	d.Model, _ = d.Model.Update(uitest.KeyMsgs("space")[0])
	d.Keys("q")
	if !d.Quit {
		t.Fatal("q did not quit")
	}
	sums, err := c.Store.List()
	if err != nil || len(sums) != 1 {
		t.Fatalf("drafts %v, %v", sums, err)
	}
	p, err := c.Store.Get(sums[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	d2 := newApp(t, uitest.NewCommon(t, common.Dark), 100, 30)
	d2.Keys("n", "enter", "down", "enter", "down", "space")
	if len(p.Skills.Required)+len(p.Skills.Preferred) == 0 {
		t.Fatalf("skills not saved: %+v", p.Skills)
	}
}

func TestTooSmallTerminalShowsNoteAndRecovers(t *testing.T) {
	t.Parallel()
	d := newApp(t, uitest.NewCommon(t, common.Dark), 100, 30)
	d.Keys("n")
	for _, size := range [][2]int{{10, 5}, {59, 20}, {80, 14}} {
		d.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s := d.Screen()
		if !strings.Contains(strings.Join(strings.Fields(s), " "), "small") {
			t.Fatalf("%dx%d: no too-small note:\n%s", size[0], size[1], s)
		}
		lines := strings.Split(s, "\n")
		if len(lines) > size[1] {
			t.Fatalf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Fatalf("%dx%d: line %q is %d wide", size[0], size[1], l, w)
			}
		}
	}
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.WantScreen("Step 1/6")
}

// TestEveryScreenFillsTheTerminalExactly walks every page at three sizes:
// each frame is exactly the terminal's height, no line wider than it, and
// the help line ends with "? help" and "q quit" when not typing.
func TestEveryScreenFillsTheTerminalExactly(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{60, 15}, {80, 24}, {140, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			c := uitest.NewCommon(t, common.Light)
			seed(t, c, "Backend Engineer With A Rather Long Title For A Narrow Terminal", "Second")
			d := newApp(t, c, size[0], size[1])
			check := func(where string) {
				t.Helper()
				s := d.Screen()
				lines := strings.Split(s, "\n")
				if len(lines) != size[1] {
					t.Fatalf("%s: %d lines, want %d:\n%s", where, len(lines), size[1], s)
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > size[0] {
						t.Fatalf("%s: line too wide: %q\n%s", where, l, s)
					}
				}
				// While typing (the wizard's details form) q and ? are text.
				typing := d.Model.(*App).top().Typing()
				if help := lines[len(lines)-2]; !typing && (!strings.Contains(help, "? help") || !strings.Contains(help, "q quit")) {
					t.Fatalf("%s: help line %q lacks ? help and q quit", where, help)
				}
			}
			check("drafts")
			steps := [][]string{
				{"enter"}, {"tab"}, {"tab"}, {"esc"}, {"p"}, {"tab"}, {"esc"}, {"esc"}, // editor, preview, publish
				{"t"}, {"esc"}, {"v"}, {"esc"}, {"c"}, {"esc"}, // trash, versions, profile
				{"n"}, {"enter"}, {"enter"}, {"enter"}, {"enter"}, {"enter"}, // wizard
			}
			for _, keys := range steps {
				d.Keys(keys...)
				check(fmt.Sprintf("after %v on %s", keys, d.Model.(*App).top().Title()))
			}
			d.Keys("?")
			s := d.Screen()
			if n := len(strings.Split(s, "\n")); n != size[1] {
				t.Fatalf("full help: %d lines, want %d:\n%s", n, size[1], s)
			}
		})
	}
}

// TestHostileTextNeverReachesTheTerminalRaw stores a posting with hostile
// text in every field, bypassing the cleaning that typing and importing
// do, and walks it through every screen.
func TestHostileTextNeverReachesTheTerminalRaw(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			c := uitest.NewCommon(t, common.Dark)
			if err := c.Store.Save(uitest.HostilePosting()); err != nil {
				t.Fatal(err)
			}
			d := newApp(t, c, size[0], size[1])
			check := func(where string) { uitest.CheckFrame(t, where, d.Frame()) }
			check("drafts")
			d.Keys("/", "engineer", "enter")
			check("drafts, filtered")
			d.Keys("enter")
			d.WantScreen("Editing:")
			check("editor")
			d.Keys("tab")
			check("editor preview")
			d.Keys("tab", "down", "down", "down", "enter")
			check("editor list")
			d.Keys("esc", "p")
			for range 5 {
				check("publish")
				d.Keys("tab")
			}
			d.Keys("esc", "esc", "v")
			check("versions")
		})
	}
}

// TestGoldenFrames pins the whole frame (title, page, help, status) of the
// first screen a user sees, at 80×24, in both themes.
func TestGoldenFrames(t *testing.T) {
	for _, theme := range []common.Theme{common.Dark, common.Light} {
		t.Run(string(theme), func(t *testing.T) {
			c := uitest.NewCommon(t, theme)
			d := newApp(t, c, 80, 24)
			uitest.Golden(t, d.Frame())
		})
	}
}

// typeUnsaved sends keys straight to the model, dropping what they return:
// the change is made, and no autosave timer runs.
func typeUnsaved(d *uitest.Driver, keys ...string) {
	for _, k := range keys {
		for _, msg := range uitest.KeyMsgs(k) {
			d.Model, _ = d.Model.Update(msg)
		}
	}
}

// TestSaveUnsavedOnTheWayOut is the save that SIGTERM and SIGHUP rely on:
// with no more messages to run, every page's unsaved change is written by
// running its save directly — in the editor, under the publish screen, in
// the wizard and in the company profile.
func TestSaveUnsavedOnTheWayOut(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	ps := seed(t, c, "Kept Posting")
	d := newApp(t, c, 100, 30)
	d.Keys("enter", "enter", "end")
	typeUnsaved(d, "!")
	app := d.Model.(*App)
	if err := app.SaveUnsaved(); err != nil {
		t.Fatal(err)
	}
	if got, _ := c.Store.Get(ps[0].ID); got.Title != "Kept Posting!" {
		t.Fatalf("editor: saved %q", got.Title)
	}

	d = newApp(t, c, 100, 30)
	d.Keys("n", "enter")            // a title: the wizard keeps a draft
	typeUnsaved(d, "down", "enter") // a level, not yet saved
	if err := d.Model.(*App).SaveUnsaved(); err != nil {
		t.Fatal(err)
	}
	sums, _ := c.Store.List()
	found := false
	for _, s := range sums {
		found = found || s.Seniority == "senior" && s.ID != ps[0].ID
	}
	if !found {
		t.Fatalf("wizard: the level was not saved: %+v", sums)
	}
}

// TestThemeSwitchRedrawsThePreview: a light terminal's answer arriving
// while a preview is open draws it again in the light style.
func TestThemeSwitchRedrawsThePreview(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	c.AutoTheme = true
	seed(t, c, "Themed Posting")
	d := newApp(t, c, 140, 40)
	d.Keys("enter")
	d.WantScreen("Editing: Themed Posting", "Preview")
	before := d.Frame()
	d.Send(tea.BackgroundColorMsg{Color: color.White})
	after := d.Frame()
	if before == after || c.Styles.Theme != common.Light {
		t.Fatal("the editor was not drawn again in the light theme")
	}
	d.Keys("esc", "/")
	d.WantScreen("Themed Posting")
}
