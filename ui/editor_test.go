package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

func ctrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

var (
	shiftDown = tea.KeyPressMsg{Code: tea.KeyDown, Mod: tea.ModShift}
	shiftUp   = tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModShift}
	left      = tea.KeyPressMsg{Code: tea.KeyLeft}
	right     = tea.KeyPressMsg{Code: tea.KeyRight}
)

func startEditor(t *testing.T) (*driver, model.Posting) {
	t.Helper()
	t.Parallel()
	c := newTestCommon(t, Dark)
	p := editorPosting(t, c)
	return openEditor(t, c, p, 140, 40), p
}

func TestEditorShortFieldAutosavedAndUndone(t *testing.T) {
	d, p := startEditor(t)
	d.wantScreen("Sections", "Preview", "What you will do")
	d.section("Title")
	d.keys("enter")
	if !d.app().screen.Typing() {
		t.Fatal("title input should take the keys")
	}
	d.send(ctrl('u'))
	d.keys("Staff Backend Engineer (Payments)", "enter")
	d.wantScreen("Sections", "Staff Backend Engineer (Payments)")
	if got := d.stored(p.ID).Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("stored title %q", got)
	}
	// One undo takes back the whole visit to the field, not one key.
	d.keys("u")
	if got := d.editor().posting.Title; got != p.Title {
		t.Fatalf("after undo: %q", got)
	}
	d.keys("U")
	if got := d.editor().posting.Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("after redo: %q", got)
	}
	d.wantScreen("Redone")
	// ctrl+z works inside the input, too.
	d.keys("enter", "!!")
	d.send(ctrl('z'))
	if got := d.editor().posting.Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("ctrl+z in the field: %q", got)
	}
	if v := d.editor().form.fields[0].input.Value(); v != "Staff Backend Engineer (Payments)" {
		t.Fatalf("the field was not reloaded after undo: %q", v)
	}
	// An empty title is refused with the model's own message.
	d.send(ctrl('u'))
	d.wantScreen("Title required")
	d.keys("enter")
	d.wantScreen("Fix the marked field first")
	d.keys("esc")
	if got := d.stored(p.ID).Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("an invalid title reached the disk: %q", got)
	}
}

func TestEditorListAddEditDeleteReorder(t *testing.T) {
	d, p := startEditor(t)
	d.section("What you will do")
	d.keys("enter")
	d.wantScreen("What you will do · 12")
	first, second := p.Responsibilities[0], p.Responsibilities[1]

	// Typed line, inserted after the cursor.
	d.keys("n", "Keep the on-call rota humane", "enter")
	e := d.editor()
	if got := e.posting.Responsibilities[1]; got != "Keep the on-call rota humane" {
		t.Fatalf("added %q", got)
	}
	// Edit in place.
	d.keys("enter")
	d.send(ctrl('u'))
	d.keys("Keep on-call humane", "enter")
	if got := d.editor().posting.Responsibilities[1]; got != "Keep on-call humane" {
		t.Fatalf("edited %q", got)
	}
	// Reorder with K/J and shift+arrows.
	d.keys("K")
	if got := d.editor().posting.Responsibilities[:2]; !slices.Equal(got, []string{"Keep on-call humane", first}) {
		t.Fatalf("after K: %q", got)
	}
	d.send(shiftDown)
	d.keys("J")
	if got := d.editor().posting.Responsibilities[:3]; !slices.Equal(got, []string{first, second, "Keep on-call humane"}) {
		t.Fatalf("after shift+down, J: %q", got)
	}
	d.send(shiftUp)
	// Delete.
	d.keys("d")
	if slices.Contains(d.editor().posting.Responsibilities, "Keep on-call humane") {
		t.Fatal("not deleted")
	}
	d.wantScreen("Deleted “Keep on-call humane”")
	// From the catalog, filtered: tick two, add both.
	d.keys("a")
	d.wantScreen("Add to What you will do")
	before := len(d.editor().posting.Responsibilities)
	d.keys("/", "incident", "enter", "space", "space", "enter")
	got := d.editor().posting.Responsibilities
	if len(got) != before+2 {
		t.Fatalf("want two lines added, got %d -> %d: %q", before, len(got), got[before:])
	}
	d.keys("esc")
	d.wantScreen("Sections")
	if s := d.stored(p.ID); !slices.Equal(s.Responsibilities, got) {
		t.Fatalf("stored %q", s.Responsibilities)
	}
}

func TestEditorMovesSkillBetweenMustAndNice(t *testing.T) {
	d, p := startEditor(t)
	d.section("Must-have skills")
	d.keys("enter", "down", "m") // PostgreSQL -> nice
	e := d.editor()
	if slices.Contains(e.posting.Skills.Required, "PostgreSQL") || !slices.Contains(e.posting.Skills.Preferred, "PostgreSQL") {
		t.Fatalf("not moved: %+v", e.posting.Skills)
	}
	d.wantScreen("Moved “PostgreSQL” to nice-to-have")
	d.keys("esc")
	d.section("Nice-to-have skills")
	d.keys("enter", "m") // Kafka -> must
	e = d.editor()
	if !slices.Contains(e.posting.Skills.Required, "Kafka") || slices.Contains(e.posting.Skills.Preferred, "Kafka") {
		t.Fatalf("not moved back: %+v", e.posting.Skills)
	}
	// Skills from the catalog: those in either list are not offered again.
	d.keys("a")
	for _, it := range d.editor().picker.Items() {
		if it.Label == "Go" || it.Label == "Kafka" {
			t.Fatalf("%q offered although it is in the posting", it.Label)
		}
	}
	d.keys("esc", "esc")
	if s := d.stored(p.ID); !slices.Contains(s.Skills.Required, "Kafka") {
		t.Fatalf("stored %+v", s.Skills)
	}
}

func TestEditorProseSummaryAndPaste(t *testing.T) {
	d, p := startEditor(t)
	d.section("Summary")
	d.keys("enter")
	if !d.app().screen.Typing() {
		t.Fatal("the summary should take the keys")
	}
	for range 3 {
		d.send(ctrl('u')) // clear the line
	}
	d.keys("Short and sweet.")
	d.send(tea.PasteMsg{Content: " Pasted \x1b[31mred\x1b[0m\x07 text."})
	d.keys("esc")
	want := "Short and sweet. Pasted red text."
	if got := d.editor().posting.Summary; got != want {
		t.Fatalf("summary %q", got)
	}
	if got := d.stored(p.ID).Summary; got != want {
		t.Fatalf("stored %q", got)
	}

	// A pasted megabyte is cut to the limit, quickly, and said so.
	d.keys("enter")
	start := time.Now()
	d.send(tea.PasteMsg{Content: strings.Repeat("lorem ipsum ", 90_000)})
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("pasting a megabyte took %v", took)
	}
	d.wantScreen("The paste was cut to fit")
	if n := len([]rune(d.editor().posting.Summary)); n > proseCharLimit {
		t.Fatalf("summary is %d characters", n)
	}
	// Into a short field too.
	d.keys("esc")
	d.section("Title")
	d.keys("enter")
	d.send(tea.PasteMsg{Content: strings.Repeat("x", 1<<20)})
	if n := len(d.editor().posting.Title); n > model.MaxTitleLength {
		t.Fatalf("title is %d characters", n)
	}
}

func TestEditorPayAndApplyValidation(t *testing.T) {
	d, p := startEditor(t)
	d.section("Pay")
	d.keys("enter")
	d.send(ctrl('u'))
	d.keys("lots")
	d.wantScreen("Minimum not an amount")
	d.send(ctrl('u'))
	d.keys("120k")
	d.wantScreen("Maximum is below the minimum (100,000 <")
	if got := d.editor().posting.Salary.Min; got == 120000 {
		t.Fatal("an invalid range was applied")
	}
	d.keys("tab")
	d.send(ctrl('u'))
	d.keys("150,000", "tab")
	d.send(ctrl('u'))
	d.keys("eux")
	d.wantScreen(`Currency "EUX" is not an ISO 4217`)
	d.keys("backspace", "r")
	d.keys("tab")
	d.send(right)
	d.keys("enter") // period: per year -> per month
	s := d.editor().posting.Salary
	if s.Min != 120000 || s.Max != 150000 || s.Currency != "EUR" || s.Period != "MONTH" {
		t.Fatalf("salary %+v", s)
	}
	d.wantScreen("120,000–150,000 EUR per month")

	d.section("How to apply")
	d.keys("enter")
	d.send(ctrl('u'))
	d.keys("ftp://acme.example/jobs")
	d.wantScreen("URL must be a full http://")
	d.keys("esc")
	d.wantScreen("Values that were not valid were put back")
	if got := d.editor().posting.Apply.URL; got != p.Apply.URL {
		t.Fatalf("URL %q, want it back as it was", got)
	}
	d.keys("enter", "tab", "jobs at acme")
	d.wantScreen("E-mail is not an e-mail address")
	d.keys("esc", "enter", "tab")
	if got := d.editor().posting.Apply.Email; got != "" {
		t.Fatalf("email %q", got)
	}
	d.keys("jobs at acme")
	d.wantScreen("E-mail is not an e-mail address")
	d.send(ctrl('u'))
	d.keys("jobs@acme.example", "tab", "31/12/2026")
	d.wantScreen("must be a real date")
	for range 10 {
		d.keys("backspace")
	}
	d.keys("2026-12-31", "enter")
	if got := d.stored(p.ID); got.Apply.Email != "jobs@acme.example" || got.Apply.URL != p.Apply.URL || got.ValidThrough != "2026-12-31" {
		t.Fatalf("stored %+v closing %q", got.Apply, got.ValidThrough)
	}
	if sum := d.editor().sectionSummary(secApply); !strings.Contains(sum, "closes 2026-12-31") {
		t.Fatalf("section summary %q lacks the closing date", sum)
	}
}

func TestEditorRoleChangeAsksBeforeReplacingLists(t *testing.T) {
	d, p := startEditor(t)
	d.section("Role & level")
	d.keys("enter", "tab")
	d.send(left)
	d.keys("enter") // Senior -> the level before it
	d.wantScreen("Refresh the responsibilities", "y refresh")
	d.keys("n")
	e := d.editor()
	if !slices.Equal(e.posting.Responsibilities, p.Responsibilities) || e.posting.Seniority == "senior" {
		t.Fatalf("n must keep the lists and change the level: %q %q", e.posting.Seniority, e.posting.Responsibilities)
	}
	d.keys("u") // back to senior
	d.keys("enter", "tab")
	d.send(right)
	d.keys("enter") // one above senior
	d.wantScreen("Refresh the responsibilities")
	d.keys("y")
	e = d.editor()
	if slices.Equal(e.posting.Responsibilities, p.Responsibilities) {
		t.Fatal("y did not refresh the responsibilities")
	}
	level, _ := d.app().common.Catalog.Level(e.posting.Seniority)
	if want := level.Title("Backend Engineer"); e.posting.Title != want {
		t.Fatalf("the catalog title should follow the level: %q, want %q", e.posting.Title, want)
	}
	d.keys("u")
	if e := d.editor(); !slices.Equal(e.posting.Responsibilities, p.Responsibilities) {
		t.Fatal("u did not bring the lists back")
	}
}

func TestEditorEEOFromCatalog(t *testing.T) {
	d, _ := startEditor(t)
	cat := d.app().common.Catalog
	d.section("Equal opportunity")
	d.keys("enter", "down", "enter") // the cursor starts on the statement in use
	if got := d.editor().posting.EEO; got != cat.EEOStatements[1].Text {
		t.Fatalf("EEO %q", got)
	}
	d.keys("enter", "g", "enter") // write your own
	if !d.app().screen.Typing() {
		t.Fatal("want the textarea")
	}
	d.keys(" We mean it.", "esc")
	if got := d.editor().posting.EEO; !strings.HasSuffix(got, "We mean it.") {
		t.Fatalf("EEO %q", got)
	}
}

func TestEditorEscSavesAndGoesHome(t *testing.T) {
	d, p := startEditor(t)
	// An edit whose autosave has not run yet (its timer is dropped here).
	e := d.editor()
	e.posting.Title = "Senior Backend Engineer now"
	_ = e.saver.Changed()
	d.keys("esc")
	d.wantScreen("Drafts", "Saved “Senior Backend Engineer now”")
	if got := d.stored(p.ID).Title; got != "Senior Backend Engineer now" {
		t.Fatalf("stored %q", got)
	}
}

func TestEditorNarrowTogglesPreview(t *testing.T) {
	t.Parallel()
	c := newTestCommon(t, Dark)
	d := openEditor(t, c, editorPosting(t, c), 80, 24)
	d.wantScreen("Sections")
	if strings.Contains(d.screen(), "Preview") {
		t.Fatal("narrow: the preview should be a tab away")
	}
	d.section("Benefits")
	d.keys("tab")
	d.wantScreen("Preview", "Benefits")
	d.keys("tab")
	d.wantScreen("Sections")
}

func TestEditorPreviewFollowsSection(t *testing.T) {
	d, _ := startEditor(t)
	for _, name := range []string{"Qualifications", "How to apply", "Equal opportunity", "About the company"} {
		d.section(name)
		heading := previewHeading(d.editor().posting, d.editor().current().id)
		if heading == "" {
			t.Fatalf("%s: no heading", name)
		}
		if !strings.Contains(d.screen(), "│   "+heading) && !strings.Contains(d.screen(), "│   ## "+heading) {
			t.Fatalf("%s: heading %q not in view:\n%s", name, heading, d.screen())
		}
	}
	// The title, pay and the like are at the top.
	d.section("Pay")
	if !d.editor().preview.vp.AtTop() {
		t.Fatal("pay: the preview should be at the top")
	}
}

func TestEditorLayoutFitsEverySize(t *testing.T) {
	t.Parallel()
	c := newTestCommon(t, Dark)
	d := openEditor(t, c, editorPosting(t, c), 60, 15)
	check := func(w, h int) {
		t.Helper()
		lines := strings.Split(d.screen(), "\n")
		if len(lines) != h {
			t.Fatalf("%dx%d: %d lines", w, h, len(lines))
		}
		for _, l := range lines {
			if lw := len([]rune(l)); lw > w {
				t.Fatalf("%dx%d: line of %d: %q", w, h, lw, l)
			}
		}
	}
	for _, sz := range [][2]int{{60, 15}, {80, 24}, {119, 30}, {120, 30}, {140, 40}, {250, 80}, {61, 16}, {100, 20}} {
		d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		check(sz[0], sz[1])
		for _, k := range []string{"G", "enter"} {
			d.keys(k)
			check(sz[0], sz[1])
		}
		d.keys("esc") // closes the picker
		d.editor()
	}
}

func TestEditorRedoNeverLosesHistory(t *testing.T) {
	d, p := startEditor(t)
	d.section("Title")
	d.keys("enter", "A", "enter", "enter", "B", "enter")
	title := func() string { return d.editor().posting.Title }
	if title() != p.Title+"AB" {
		t.Fatalf("title %q", title())
	}
	d.keys("U") // nothing to redo: history stays as it is
	d.wantScreen("Nothing to redo")
	d.keys("u")
	if title() != p.Title+"A" {
		t.Fatalf("first undo: %q", title())
	}
	d.keys("u")
	if title() != p.Title {
		t.Fatalf("second undo: %q", title())
	}
	d.keys("U")
	if title() != p.Title+"A" {
		t.Fatalf("first redo: %q", title())
	}
	d.keys("U")
	if title() != p.Title+"AB" {
		t.Fatalf("second redo: %q", title())
	}
}
