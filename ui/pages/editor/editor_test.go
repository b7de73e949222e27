package editor_test

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

func TestEditorShortFieldAutosavedAndUndone(t *testing.T) {
	d, p := start(t)
	d.WantScreen("Sections", "Preview", "What you will do")
	d.section("Title")
	d.Keys("enter")
	if !d.page().Typing() {
		t.Fatal("title input should take the keys")
	}
	d.Send(ctrl('u'))
	d.Keys("Staff Backend Engineer (Payments)", "enter")
	d.WantScreen("Sections", "Staff Backend Engineer (Payments)")
	if got := d.stored().Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("stored title %q", got)
	}
	// One undo takes back the whole visit to the field, not one key.
	d.Keys("u")
	if got := d.posting().Title; got != p.Title {
		t.Fatalf("after undo: %q", got)
	}
	d.Keys("U")
	if got := d.posting().Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("after redo: %q", got)
	}
	if d.status() != "Redone" {
		t.Fatalf("status %q", d.status())
	}
	// ctrl+z works inside the input, too, and the field shows the undone
	// value.
	d.Keys("enter", "!!")
	d.Send(ctrl('z'))
	if got := d.posting().Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("ctrl+z in the field: %q", got)
	}
	d.WantScreen("Title      Staff Backend Engineer (Payments)")
	d.RejectScreen("(Payments)!!")
	// An empty title is refused with the model's own message.
	d.Send(ctrl('u'))
	d.WantScreen("Title required")
	d.Keys("enter")
	if !strings.Contains(d.status(), "Fix the marked field first") {
		t.Fatalf("status %q", d.status())
	}
	d.Keys("esc")
	if got := d.stored().Title; got != "Staff Backend Engineer (Payments)" {
		t.Fatalf("an invalid title reached the disk: %q", got)
	}
}

func TestEditorListAddEditDeleteReorder(t *testing.T) {
	d, p := start(t)
	d.section("What you will do")
	d.Keys("enter")
	d.WantScreen("What you will do · 12")
	first, second := p.Responsibilities[0], p.Responsibilities[1]

	// A typed line goes after the cursor.
	d.Keys("n", "Keep the on-call rota humane", "enter")
	if got := d.posting().Responsibilities[1]; got != "Keep the on-call rota humane" {
		t.Fatalf("added %q", got)
	}
	// Edit in place.
	d.Keys("enter")
	d.Send(ctrl('u'))
	d.Keys("Keep on-call humane", "enter")
	if got := d.posting().Responsibilities[1]; got != "Keep on-call humane" {
		t.Fatalf("edited %q", got)
	}
	// Reorder with K/J and shift+arrows.
	d.Keys("K")
	if got := d.posting().Responsibilities[:2]; !slices.Equal(got, []string{"Keep on-call humane", first}) {
		t.Fatalf("after K: %q", got)
	}
	d.Keys("shift+down", "J")
	if got := d.posting().Responsibilities[:3]; !slices.Equal(got, []string{first, second, "Keep on-call humane"}) {
		t.Fatalf("after shift+down, J: %q", got)
	}
	d.Keys("shift+up")
	d.Keys("d")
	if slices.Contains(d.posting().Responsibilities, "Keep on-call humane") {
		t.Fatal("not deleted")
	}
	if d.status() != "Deleted “Keep on-call humane” · u undoes" {
		t.Fatalf("status %q", d.status())
	}
	// From the catalog, filtered: tick two (space ticks in place), add both.
	d.Keys("a")
	d.WantScreen("Add to What you will do")
	before := len(d.posting().Responsibilities)
	d.Keys("/", "incident", "enter", "space", "down", "space", "enter")
	got := d.posting().Responsibilities
	if len(got) != before+2 {
		t.Fatalf("want two lines added, got %d -> %d: %q", before, len(got), got[before:])
	}
	d.Keys("esc")
	d.WantScreen("Sections")
	if s := d.stored(); !slices.Equal(s.Responsibilities, got) {
		t.Fatalf("stored %q", s.Responsibilities)
	}
}

func TestEditorMovesSkillBetweenMustAndNice(t *testing.T) {
	d, _ := start(t)
	d.section("Must-have skills")
	d.Keys("enter", "down", "m") // PostgreSQL -> nice
	s := d.posting().Skills
	if slices.Contains(s.Required, "PostgreSQL") || !slices.Contains(s.Preferred, "PostgreSQL") {
		t.Fatalf("not moved: %+v", s)
	}
	if d.status() != "Moved “PostgreSQL” to nice-to-have" {
		t.Fatalf("status %q", d.status())
	}
	d.Keys("esc")
	d.section("Nice-to-have skills")
	d.Keys("enter", "m") // Kafka -> must
	s = d.posting().Skills
	if !slices.Contains(s.Required, "Kafka") || slices.Contains(s.Preferred, "Kafka") {
		t.Fatalf("not moved back: %+v", s)
	}
	// Skills from the catalog: those in either list are not offered again.
	d.Keys("a", "/", "go", "enter")
	d.RejectScreen("[ ] Go\n")
	d.Keys("esc", "/", "kafka", "enter")
	d.RejectScreen("[ ] Kafka")
	d.Keys("esc", "esc", "esc")
	if s := d.stored(); !slices.Contains(s.Skills.Required, "Kafka") {
		t.Fatalf("stored %+v", s.Skills)
	}
}

func TestEditorProseSummaryAndPaste(t *testing.T) {
	d, _ := start(t)
	d.section("Summary")
	d.Keys("enter")
	if !d.page().Typing() {
		t.Fatal("the summary should take the keys")
	}
	for range 3 {
		d.Send(ctrl('u')) // clear the line
	}
	d.Keys("Short and sweet.")
	d.Paste(" Pasted \x1b[31mred\x1b[0m\x07 text.")
	d.Keys("esc")
	want := "Short and sweet. Pasted red text."
	if got := d.posting().Summary; got != want {
		t.Fatalf("summary %q", got)
	}
	if got := d.stored().Summary; got != want {
		t.Fatalf("stored %q", got)
	}

	// A pasted megabyte is cut to the limit and said so (how fast is for
	// the benchmarks, not for a test).
	d.Keys("enter")
	d.Paste(strings.Repeat("lorem ipsum ", 90_000))
	if d.status() != "Pasted text cut to fit the 25,000-character limit" {
		t.Fatalf("status %q", d.status())
	}
	if n := len([]rune(d.posting().Summary)); n != model.MaxProseLength {
		t.Fatalf("summary is %d characters", n)
	}
	// Into a short field too.
	d.Keys("esc")
	d.section("Title")
	d.Keys("enter")
	d.Paste(strings.Repeat("x", 1<<20))
	if n := len(d.posting().Title); n > model.MaxTitleLength {
		t.Fatalf("title is %d characters", n)
	}
}

func TestEditorPayAndApplyValidation(t *testing.T) {
	d, p := start(t)
	d.section("Pay")
	d.Keys("enter")
	d.Send(ctrl('u'))
	d.Keys("lots")
	d.WantScreen("Minimum not an amount")
	d.Send(ctrl('u'))
	d.Keys("120k")
	d.WantScreen("Maximum is below the minimum (100,000 <")
	if got := d.posting().Salary.Min; got == 120000 {
		t.Fatal("an invalid range was applied")
	}
	d.Keys("tab")
	d.Send(ctrl('u'))
	d.Keys("150,000", "tab")
	d.Send(ctrl('u'))
	d.Keys("eux")
	d.WantScreen(`Currency "EUX" is not an ISO 4217`)
	d.Keys("backspace", "r", "tab", "right", "enter") // period: per year -> per month
	s := d.posting().Salary
	if s.Min != 120000 || s.Max != 150000 || s.Currency != "EUR" || s.Period != "MONTH" {
		t.Fatalf("salary %+v", s)
	}
	d.WantScreen("120,000–150,000 EUR per month")

	d.section("How to apply")
	d.Keys("enter")
	d.Send(ctrl('u'))
	d.Keys("ftp://acme.example/jobs")
	d.WantScreen("URL must be a full http://")
	d.Keys("esc")
	if d.status() != "URL ftp://acme.exam… is not valid: kept https://acme.ex…" {
		t.Fatalf("status %q", d.status())
	}
	if got := d.posting().Apply.URL; got != p.Apply.URL {
		t.Fatalf("URL %q, want it back as it was", got)
	}
	d.Keys("enter", "tab", "jobs at acme")
	d.WantScreen("E-mail is not an e-mail address")
	d.Keys("esc", "enter", "tab")
	if got := d.posting().Apply.Email; got != "" {
		t.Fatalf("email %q", got)
	}
	d.Keys("jobs at acme")
	d.Send(ctrl('u'))
	d.Keys("jobs@acme.example", "tab", "31/12/2026")
	d.WantScreen("✗ Closes on write the date as 2027-01-31 or", "31.01.2027")
	d.Send(ctrl('u'))
	d.Keys("2020-01-01")
	d.WantScreen("✗ Closes on is in the past (today is")
	d.Send(ctrl('u'))
	d.Keys("31.12.2026", "enter") // stored as 2026-12-31
	got := d.stored()
	if got.Apply.Email != "jobs@acme.example" || got.Apply.URL != p.Apply.URL || got.ValidThrough != "2026-12-31" {
		t.Fatalf("stored %+v closing %q", got.Apply, got.ValidThrough)
	}
	d.Send(tea.WindowSizeMsg{Width: 119, Height: 40}) // one column: room for the whole summary
	d.WantScreen("closes 2026-12-31")
}

// TestEditorPayAmountsAsTyped: European grouping, a currency typed with
// the amount, and a warning, not a refusal, for a yearly amount that
// looks like thousands were meant.
func TestEditorPayAmountsAsTyped(t *testing.T) {
	d, _ := start(t)
	d.section("Pay")
	d.Keys("enter")
	d.Send(ctrl('u'))
	d.Keys("75")
	d.WantScreen("! 75 EUR per year is unusually low — did", "you mean 75,000?")
	if got := d.posting().Salary.Min; got != 75 {
		t.Fatalf("a warning held the amount back: min %v", got)
	}
	d.Keys(".000")
	d.RejectScreen("unusually low")
	d.Keys("tab")
	d.Send(ctrl('u'))
	d.Keys("$95k", "enter")
	s := d.posting().Salary
	if s.Min != 75000 || s.Max != 95000 || s.Currency != "USD" {
		t.Fatalf("salary %+v", s)
	}
	d.WantScreen("75,000–95,000 USD per year")
}

func TestEditorRoleChangeAsksBeforeReplacingLists(t *testing.T) {
	d, p := start(t)
	d.section("Role & level")
	d.Keys("enter", "tab", "left", "enter") // Senior -> the level before it
	d.WantScreen("Bring in the catalog's defaults")
	d.Keys("n")
	// The lists kept, the catalog's title did not follow: it still names
	// the old level, and the editor offers the new one.
	d.WantScreen("“Senior Backend Engineer” still says Senior", "Make it “Backend Engineer”?")
	d.Keys("n")
	if got := d.posting(); !slices.Equal(got.Responsibilities, p.Responsibilities) || got.Seniority == "senior" {
		t.Fatalf("n must keep the lists and change the level: %q %q", got.Seniority, got.Responsibilities)
	}
	d.Keys("u") // back to senior
	d.Keys("enter", "tab", "right", "enter")
	d.WantScreen("Bring in the catalog's defaults")
	d.Keys("y")
	got := d.posting()
	if slices.Equal(got.Responsibilities, p.Responsibilities) {
		t.Fatal("y did not refresh the responsibilities")
	}
	level, _ := d.c.Catalog.Level(got.Seniority)
	if want := level.Title("Backend Engineer"); got.Title != want {
		t.Fatalf("the catalog title should follow the level: %q, want %q", got.Title, want)
	}
	d.Keys("u")
	if !slices.Equal(d.posting().Responsibilities, p.Responsibilities) {
		t.Fatal("u did not bring the lists back")
	}
}

func TestEditorEEOFromCatalog(t *testing.T) {
	d, _ := start(t)
	d.section("Equal opportunity")
	d.Keys("enter", "down", "enter") // the cursor starts on the statement in use
	if got := d.posting().EEO; got != d.c.Catalog.EEOStatements[1].Text {
		t.Fatalf("EEO %q", got)
	}
	d.Keys("enter", "g", "enter") // write your own
	if !d.page().Typing() {
		t.Fatal("want the textarea")
	}
	d.Keys(" We mean it.", "esc")
	if got := d.posting().EEO; !strings.HasSuffix(got, "We mean it.") {
		t.Fatalf("EEO %q", got)
	}
}

func TestEditorEscSavesAndGoesBack(t *testing.T) {
	d, p := start(t)
	d.Drop = func(msg tea.Msg) bool { return strings.HasSuffix(typeName(msg), "DueMsg") } // no autosave: esc must save
	d.section("Title")
	d.Keys("enter", " now", "enter", "esc")
	closed, ok := d.host.LastAsked().(common.BackMsg)
	if !ok {
		t.Fatalf("asked %#v", d.host.Asked)
	}
	want := common.DraftClosedMsg{ID: p.ID, Title: p.Title + " now", Note: "Saved “" + p.Title + " now”"}
	if closed.Result != want {
		t.Fatalf("result %#v, want %#v", closed.Result, want)
	}
	if got := d.stored().Title; got != p.Title+" now" {
		t.Fatalf("stored %q", got)
	}
}

func TestEditorPublishSavesFirstAndKeepsHistory(t *testing.T) {
	d, p := start(t)
	d.Drop = func(msg tea.Msg) bool { return strings.HasSuffix(typeName(msg), "DueMsg") }
	d.section("Title")
	d.Keys("enter", "!", "enter", "p")
	if got, want := d.host.LastAsked(), (common.OpenPublishMsg{ID: p.ID}); got != want {
		t.Fatalf("asked %#v", got)
	}
	if got, _ := d.c.Store.Get(p.ID); got.Title != p.Title+"!" {
		t.Fatalf("not saved before publishing: %q", got.Title)
	}
	posted := model.Placements{{Board: "LinkedIn", On: uitest.FixedNow}, {Board: "Greenhouse", On: uitest.FixedNow}}
	d.Send(common.ResumedMsg{Result: common.PublishedMsg{ID: p.ID, Status: model.StatusPosted, Posted: posted}})
	got := d.posting()
	if got.Status != model.StatusPosted || len(got.Posted) != 2 || got.Posted[1].Board != "Greenhouse" {
		t.Fatalf("publishing not adopted: %v %+v", got.Status, got.Posted)
	}
	d.Keys("u") // the history is still there, and undo keeps the status
	if got := d.posting(); got.Title != p.Title || got.Status != model.StatusPosted {
		t.Fatalf("after undo: %q %v", got.Title, got.Status)
	}
}

func TestEditorLoadFailureShownWithEscBack(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	host := uitest.NewHost(editorFor(c, "no-such-draft"))
	d := uitest.NewDriver(t, host, 80, 24)
	d.WantScreen("Could not open the draft: it is no longer there", "esc goes back")
	d.RejectScreen("no-such-draft") // storage names the draft by its id
	d.Keys("esc")
	if got, ok := host.LastAsked().(common.BackMsg); !ok || got.Result != nil {
		t.Fatalf("asked %#v", host.Asked)
	}
}

func TestEditorNarrowTogglesPreview(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d := open(t, c, uitest.FullPosting(t, c), 80, 24)
	d.WantScreen("Sections")
	d.RejectScreen("Preview")
	d.section("Benefits")
	d.Keys("tab")
	d.WantScreen("Preview", "Benefits")
	d.Keys("tab")
	d.WantScreen("Sections")
}

func TestEditorPreviewFollowsSection(t *testing.T) {
	d, _ := start(t)
	for name, heading := range map[string]string{"Qualifications": "Qualifications", "How to apply": "How to apply",
		"Equal opportunity": "Equal opportunity", "About the company": "About Acme Logistics"} {
		d.section(name)
		if s := d.Screen(); !strings.Contains(s, "│   "+heading) && !strings.Contains(s, "│   ## "+heading) {
			t.Fatalf("%s: heading %q not in view:\n%s", name, heading, s)
		}
	}
	// The title, pay and the like are at the top.
	d.section("Pay")
	d.WantScreen("Preview · 0%")
}

func TestEditorLayoutFitsEverySize(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	d := open(t, c, uitest.FullPosting(t, c), 60, 15)
	check := func(w, h int) {
		t.Helper()
		lines := strings.Split(common.FitBlock(d.Screen(), w, h), "\n")
		for i, l := range strings.Split(d.Screen(), "\n") {
			if lw := len([]rune(l)); lw > w {
				t.Fatalf("%dx%d: line %d of %d: %q", w, h, i, lw, l)
			}
		}
		if got := len(strings.Split(d.Screen(), "\n")); got > h {
			t.Fatalf("%dx%d: %d lines", w, h, got)
		}
		_ = lines
	}
	for _, sz := range [][2]int{{60, 15}, {80, 24}, {119, 30}, {120, 30}, {140, 40}, {250, 80}, {61, 16}, {100, 20}} {
		d.Send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		check(sz[0], sz[1])
		for _, k := range []string{"G", "enter"} {
			d.Keys(k)
			check(sz[0], sz[1])
		}
		d.Keys("esc") // closes the picker
	}
}

func TestEditorRedoNeverLosesHistory(t *testing.T) {
	d, p := start(t)
	d.section("Title")
	d.Keys("enter", "A", "enter", "enter", "B", "enter")
	title := func() string { return d.posting().Title }
	if title() != p.Title+"AB" {
		t.Fatalf("title %q", title())
	}
	d.Keys("U") // nothing to redo: history stays as it is
	if d.status() != "Nothing to redo" {
		t.Fatalf("status %q", d.status())
	}
	for _, step := range []struct{ key, want string }{{"u", p.Title + "A"}, {"u", p.Title}, {"U", p.Title + "A"}, {"U", p.Title + "AB"}} {
		d.Keys(step.key)
		if title() != step.want {
			t.Fatalf("after %s: %q, want %q", step.key, title(), step.want)
		}
	}
}
