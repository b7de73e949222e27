package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// startWizard opens the app, presses n and returns the driver on step 1.
func startWizard(t *testing.T) *driver {
	t.Helper()
	d := newDriver(t, New(newTestCommon(t, Dark)), 100, 30)
	d.wantScreen("No postings yet")
	d.keys("n")
	d.wantScreen("Step 1/5", "Backend Engineer")
	return d
}

func (d *driver) wizard() *Wizard {
	w, ok := d.app().screen.(*Wizard)
	if !ok {
		d.t.Fatalf("not on the wizard: %T", d.app().screen)
	}
	return w
}

func TestWizardWalksEveryStepAndSaves(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter") // Backend Engineer
	d.wantScreen("Step 2/5", "Intermediate", "2–5 years", "5+ years")
	d.keys("down", "enter") // Senior
	d.wantScreen("Step 3/5", "Senior Backend Engineer", "[must] Go")
	d.keys("down", "space", "down", "n") // Java must-have, Kotlin nice-to-have
	d.wantScreen("[must] Java", "[nice] Kotlin")
	d.keys("enter")
	d.wantScreen("Step 4/5", "[x] ")
	d.keys("enter")
	d.wantScreen("Step 5/5", "Senior Backend Engineer", "What you will do", "Must-have skills")
	p := d.wizard().posting
	if !slices.Contains(p.Skills.Required, "Java") || !slices.Contains(p.Skills.Preferred, "Kotlin") {
		t.Fatalf("skills not in the posting: %+v", p.Skills)
	}
	if len(p.Responsibilities) < 4 {
		t.Fatalf("want the default responsibilities, got %q", p.Responsibilities)
	}
	if len(p.Qualifications) < 3 || p.EmploymentType != "FULL_TIME" {
		t.Fatalf("want the senior qualifications and full-time, got %q %q", p.Qualifications, p.EmploymentType)
	}
	d.keys("enter")
	d.wantScreen("Drafts", "Senior Backend Engineer", "Saved “Senior Backend Engineer”")

	got, err := d.app().common.Store.Get(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Senior Backend Engineer" || got.Seniority != "senior" || got.Role != "backend" {
		t.Fatalf("stored %q %q %q", got.Title, got.Seniority, got.Role)
	}
	if !slices.Equal(got.Responsibilities, p.Responsibilities) {
		t.Fatalf("stored responsibilities differ:\n%q\n%q", got.Responsibilities, p.Responsibilities)
	}
}

func TestWizardBackKeepsChoices(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter", "down", "enter") // Backend Engineer, Senior
	d.keys("down", "space")          // Java must-have
	d.keys("esc")
	d.wantScreen("Step 2/5", "▸ Senior")
	d.keys("shift+tab")
	d.wantScreen("Step 1/5", "▸ Backend Engineer")
	d.keys("enter", "enter")
	d.wantScreen("Step 3/5", "[must] Java")

	// A duty unticked survives a trip back to the skills.
	d.keys("enter")
	d.wantScreen("Step 4/5")
	first := d.wizard().resps.items[0].Label
	d.keys("space", "esc", "enter")
	w := d.wizard()
	if w.resps.Mark(0) != Unmarked {
		t.Fatalf("unticked %q came back ticked", first)
	}
}

func TestWizardChangingLevelRefreshesUntouchedDefaults(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter", "up", "enter") // Backend Engineer, Junior
	d.keys("enter")                // skills untouched
	junior := d.wizard().posting.Responsibilities
	for _, r := range junior {
		if strings.Contains(strings.ToLower(r), "mentor") {
			t.Fatalf("a junior posting asks to mentor: %q", r)
		}
	}
	d.keys("esc", "esc")                     // back to seniority
	d.keys("down", "down", "enter", "enter") // Senior
	senior := d.wizard().posting.Responsibilities
	if slices.Equal(junior, senior) {
		t.Fatalf("senior defaults are the junior ones: %q", senior)
	}
	if !slices.ContainsFunc(senior, func(r string) bool { return strings.Contains(strings.ToLower(r), "mentor") }) {
		t.Fatalf("senior defaults lack mentoring: %q", senior)
	}
}

func TestCustomTitleIsCleanedAndEmptyRefused(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("c")
	d.wantScreen("Job title:")
	for range len("Backend Engineer") {
		d.keys("backspace")
	}
	d.keys("enter")
	d.wantScreen("A posting needs a title")
	if d.wizard().step != stepRole {
		t.Fatal("an empty title moved the wizard on")
	}
	d.send(tea.PasteMsg{Content: "Data \x1b[31mWrangler\x1b[0m\x1b]52;c;aGk=\x07\n"})
	d.keys("enter")
	d.wantScreen("Step 2/5", "“Data Wrangler”")
	d.keys("down", "enter")
	if got := d.wizard().posting.Title; got != "Data Wrangler" {
		t.Fatalf("title = %q; a typed title must not get the level added", got)
	}
	if s := d.m.View().Content; strings.Contains(s, "\x1b]52") || strings.Contains(s, "\x07") {
		t.Fatal("raw escape sequence reached the screen")
	}
}

func TestAddOwnSkillAndResponsibility(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter", "enter", "a")
	d.wantScreen("Skill:")
	d.keys("Temporal workflows", "enter")
	d.wantScreen("[must] Temporal workflows")
	d.keys("enter", "a", "Run the quarterly game day", "enter")
	d.wantScreen("[x] Run the quarterly game day")
	p := d.wizard().posting
	if !slices.Contains(p.Skills.Required, "Temporal workflows") || !slices.Contains(p.Responsibilities, "Run the quarterly game day") {
		t.Fatalf("own entries missing: %+v %q", p.Skills, p.Responsibilities)
	}
}

func TestPickerFilterTakesQAndEscClears(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("/", "qa")
	if d.quit {
		t.Fatal("q typed into the filter quit the app")
	}
	d.wantScreen("QA")
	if strings.Contains(d.screen(), "Backend Engineer") {
		t.Fatalf("filter did not narrow the list:\n%s", d.screen())
	}
	d.keys("esc")
	d.wantScreen("/ to filter", "▸ QA Engineer")
	if p := d.wizard().roles; len(p.visible) != len(p.items) {
		t.Fatalf("esc left %d of %d roles", len(p.visible), len(p.items))
	}
}

func TestTooSmallTerminalShowsNote(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	for _, size := range [][2]int{{10, 5}, {59, 20}, {80, 14}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s := d.screen()
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
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.wantScreen("Step 1/5")
}

func TestEveryScreenFillsTheTerminalExactly(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{60, 15}, {80, 24}, {140, 40}} {
		d := newDriver(t, New(newTestCommon(t, Light)), size[0], size[1])
		check := func(where string) {
			t.Helper()
			s := d.screen()
			lines := strings.Split(s, "\n")
			if len(lines) != size[1] {
				t.Fatalf("%s at %dx%d: %d lines, want %d:\n%s", where, size[0], size[1], len(lines), size[1], s)
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > size[0] {
					t.Fatalf("%s at %dx%d: line too wide: %q\n%s", where, size[0], size[1], l, s)
				}
			}
		}
		check("drafts")
		for _, k := range []string{"n", "enter", "enter", "enter", "enter"} {
			d.keys(k)
			check("after " + k)
		}
		d.keys("?")
		check("full help")
	}
}

func TestQuitKeys(t *testing.T) {
	d := newDriver(t, New(newTestCommon(t, Dark)), 80, 24)
	d.keys("q")
	if !d.quit {
		t.Fatal("q did not quit on the drafts screen")
	}
	d = startWizard(t)
	d.keys("ctrl+c")
	if !d.quit {
		t.Fatal("ctrl+c did not quit in the wizard")
	}
}

func TestQuitMidWizardSavesTheDraft(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter", "down", "enter", "down", "space", "down")
	// The last change's autosave timer is dropped: only quitting saves it.
	d.m, _ = d.m.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	d.keys("q")
	if !d.quit {
		t.Fatal("q did not quit")
	}
	p := d.wizard().posting
	got, err := d.app().common.Store.Get(p.ID)
	if err != nil {
		t.Fatalf("draft not saved on quit: %v", err)
	}
	if !slices.Equal(got.Skills.Required, p.Skills.Required) {
		t.Fatalf("saved skills %q, typed %q", got.Skills.Required, p.Skills.Required)
	}
}

func TestPickerFilterFindsWordsAndEnterChooses(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter", "enter", "/", "rust")
	s := d.screen()
	if strings.Contains(s, "Distributed") || !strings.Contains(s, "▸ [    ] Rust") {
		t.Fatalf("rust should find Rust alone, with the cursor on it:\n%s", s)
	}
	d.keys("enter") // in a checklist enter only leaves the filter
	d.wantScreen("Step 3/5", "/ rust")

	d = startWizard(t)
	d.keys("/", "engineering manager", "enter")
	d.wantScreen("Step 2/5", "“Engineering Manager”")
}

func TestWizardLevelSetsQualificationsAndEmploymentType(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter", "up", "up", "enter") // Backend Engineer, Intern
	p := d.wizard().posting
	if p.EmploymentType != "INTERN" || p.Title != "Backend Engineer Intern" {
		t.Fatalf("intern: %q %q", p.EmploymentType, p.Title)
	}
	intern := p.Qualifications
	d.keys("esc", "down", "down", "down", "enter") // Senior
	p = d.wizard().posting
	if p.EmploymentType != "FULL_TIME" || slices.Equal(p.Qualifications, intern) || len(p.Qualifications) == 0 {
		t.Fatalf("senior: %q %q", p.EmploymentType, p.Qualifications)
	}
}

func TestWizardBackToRoleKeepsATypedTitle(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("c")
	for range len("Backend Engineer") {
		d.keys("backspace")
	}
	d.keys("Data Wrangler", "enter")
	d.wantScreen("Step 2/5")
	d.keys("esc")
	d.wantScreen("Step 1/5", "tab keep the title")
	d.keys("tab")
	d.wantScreen("Step 2/5", "“Data Wrangler”")
}

// TestQuitWaitsForTheLastChangeNotAnOlderSave: an older save landing
// while quitting must not end the program with a newer change unsaved.
func TestQuitWaitsForTheLastChangeNotAnOlderSave(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("enter", "enter") // a title, saved
	older := d.wizard().autosave.SaveNow(d.wizard().posting)
	m, _ := d.m.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}) // a newer change
	m, _ = m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	m, cmd := m.Update(older())
	if cmd == nil {
		t.Fatal("nothing saves the newer change")
	}
	if _, quit := cmd().(tea.QuitMsg); quit {
		t.Fatal("quit on an older save with a newer change unsaved")
	}
	// q while that save runs does not leave without it; ctrl+c twice
	// always does.
	if _, cmd = m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"}); cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q left before the save landed")
		}
	}
	if _, cmd = m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}); cmd == nil {
		t.Fatal("a second ctrl+c did nothing")
	} else if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Fatal("a second ctrl+c did not quit")
	}
}

func TestCustomTitleWhenTheFilterMatchesNothing(t *testing.T) {
	t.Parallel()
	d := startWizard(t)
	d.keys("/", "zzzz", "enter")
	d.wantScreen("Nothing matches")
	d.keys("c")
	d.keys("Chief Vibes Officer", "enter")
	d.wantScreen("Step 2/5")
	if p := d.wizard().posting; !strings.HasSuffix(p.Title, "Chief Vibes Officer") || p.Role == "" {
		t.Fatalf("title %q role %q", p.Title, p.Role)
	}
}
