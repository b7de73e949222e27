package wizard

import (
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/autosave"
	"jobpost/ui/internal/uitest"
)

// wizard is the wizard under test, hosted alone as the root would.
type wizard struct {
	*uitest.Driver
	host *uitest.Host
	page *Page
	c    *common.Common
}

// startWizard opens the wizard at w×h and returns it on step 1.
func startWizard(t testing.TB, theme common.Theme, w, h int) wizard {
	t.Helper()
	c := uitest.NewCommon(t, theme)
	page := New(c)
	host := uitest.NewHost(page)
	d := uitest.NewDriver(t, host, w, h)
	d.WantScreen("Step 1/6", "Backend Engineer")
	return wizard{Driver: d, host: host, page: page, c: c}
}

func start(t *testing.T) wizard { return startWizard(t, common.Dark, 100, 30) }

// left is what the wizard asked for when it went: a BackMsg's result.
func (w wizard) left() (tea.Msg, bool) {
	back, ok := w.host.LastAsked().(common.BackMsg)
	return back.Result, ok
}

func TestWizardWalksEveryStepAndSaves(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter") // Backend Engineer
	d.WantScreen("Step 2/6", "Intermediate", "2–5 years", "5+ years")
	d.Keys("down", "enter") // Senior
	d.WantScreen("Step 3/6", "[must] Go")
	if got := d.page.Title(); got != "New posting: Senior Backend Engineer" {
		t.Fatalf("title %q", got)
	}
	d.Keys("down", "space", "down", "n") // Java must-have, Kotlin nice-to-have
	d.WantScreen("[must] Java", "[nice] Kotlin")
	d.Keys("enter")
	d.WantScreen("Step 4/6", "[x] ")
	d.Keys("enter")
	d.WantScreen("Step 5/6", "City", "Country", "Pay from", "Apply at")
	d.Keys("enter")
	d.WantScreen("Step 6/6", "Senior Backend Engineer", "What you will do", "Must-have skills")
	p := d.page.posting
	if !slices.Contains(p.Skills.Required, "Java") || !slices.Contains(p.Skills.Preferred, "Kotlin") {
		t.Fatalf("skills not in the posting: %+v", p.Skills)
	}
	if len(p.Responsibilities) < 4 {
		t.Fatalf("want the default responsibilities, got %q", p.Responsibilities)
	}
	if len(p.Qualifications) < 3 || p.EmploymentType != "FULL_TIME" {
		t.Fatalf("want the senior qualifications and full-time, got %q %q", p.Qualifications, p.EmploymentType)
	}
	d.Keys("enter")
	res, _ := d.left()
	want := common.DraftClosedMsg{ID: p.ID, Title: "Senior Backend Engineer", Note: "Saved “Senior Backend Engineer”", Open: true}
	if res != want {
		t.Fatalf("finishing left %#v, want %#v", res, want)
	}

	got, err := d.c.Store.Get(p.ID)
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
	d := start(t)
	d.Keys("enter", "down", "enter") // Backend Engineer, Senior
	d.Keys("down", "space")          // Java must-have
	d.Keys("esc")
	d.WantScreen("Step 2/6", "▸ Senior")
	d.Keys("shift+tab")
	d.WantScreen("Step 1/6", "▸ Backend Engineer")
	d.Keys("enter", "enter")
	d.WantScreen("Step 3/6", "[must] Java")

	// A duty unticked survives a trip back to the skills.
	d.Keys("enter")
	d.WantScreen("Step 4/6")
	first := d.page.resps.Items()[0].Label
	d.Keys("space", "esc", "enter")
	if d.page.resps.Mark(0) != 0 {
		t.Fatalf("unticked %q came back ticked", first)
	}
}

func TestWizardChangingLevelRefreshesUntouchedDefaults(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "up", "enter") // Backend Engineer, Junior
	d.Keys("enter")                // skills untouched
	junior := d.page.posting.Responsibilities
	for _, r := range junior {
		if strings.Contains(strings.ToLower(r), "mentor") {
			t.Fatalf("a junior posting asks to mentor: %q", r)
		}
	}
	d.Keys("esc", "esc")                     // back to seniority
	d.Keys("down", "down", "enter", "enter") // Senior
	senior := d.page.posting.Responsibilities
	if slices.Equal(junior, senior) {
		t.Fatalf("senior defaults are the junior ones: %q", senior)
	}
	if !slices.ContainsFunc(senior, func(r string) bool { return strings.Contains(strings.ToLower(r), "mentor") }) {
		t.Fatalf("senior defaults lack mentoring: %q", senior)
	}
}

// The catalog's one rule gives the defaults: what the wizard ticks for a
// role and level is data.DefaultsFor's, and nothing else.
func TestWizardDefaultsAreTheCatalogs(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "down", "enter", "enter") // Backend Engineer, Senior, skills untouched
	want := d.c.Catalog.DefaultsFor("backend", "senior")
	p := d.page.posting
	if !slices.Equal(p.Skills.Required, want.MustSkills) || !slices.Equal(p.Responsibilities, want.Responsibilities) ||
		!slices.Equal(p.Qualifications, want.Qualifications) || p.EmploymentType != want.EmploymentType {
		t.Fatalf("wizard defaults %q %q %q %q\ncatalog's %q %q %q %q", p.Skills.Required, p.Responsibilities, p.Qualifications, p.EmploymentType,
			want.MustSkills, want.Responsibilities, want.Qualifications, want.EmploymentType)
	}
}

func TestCustomTitleIsCleanedAndEmptyRefused(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("c")
	d.WantScreen("Job title:")
	d.Keys("enter")
	d.WantScreen("Type a title, or esc to choose one from the list.")
	if d.page.step != stepRole || !d.page.prompt.Active() {
		t.Fatal("an empty title moved the wizard on")
	}
	d.Paste("Data \x1b[31mWrangler\x1b[0m\x1b]52;c;aGk=\x07\n")
	d.Keys("enter")
	d.WantScreen("Role family for “Data Wrangler”?")
	d.Keys("enter")
	d.WantScreen("Step 2/6", "“Data Wrangler”")
	d.Keys("down", "enter")
	if got := d.page.posting.Title; got != "Data Wrangler" {
		t.Fatalf("title = %q; a typed title must not get the level added", got)
	}
	if s := d.Frame(); strings.Contains(s, "\x1b]52") || strings.Contains(s, "\x07") {
		t.Fatal("raw escape sequence reached the screen")
	}
}

// TestTypedTitleStartsEmpty: the QA tester pressed c and typed, and got
// "Backend EngineerSenior Go Engineer (Payments)". The field starts
// empty, the highlighted title greyed in it as an example; a title typed
// before starts as typed, to be edited.
func TestTypedTitleStartsEmpty(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("down", "c")
	d.WantScreen("Job title: e.g. Backend Developer")
	d.Keys("Senior Go Engineer (Payments)", "enter")
	d.WantScreen("Role family for “Senior Go Engineer (Payments)”?")
	d.Keys("enter")
	if got := d.page.posting.Title; got != "Senior Go Engineer (Payments)" {
		t.Fatalf("title %q", got)
	}
	d.Keys("esc", "c")
	d.Keys("!", "enter", "enter")
	if got := d.page.posting.Title; got != "Senior Go Engineer (Payments)!" {
		t.Fatalf("a typed title is edited from where it was: %q", got)
	}
}

// TestTypedTitleAsksForItsFamily: the QA tester left the cursor on
// "Server-Side Engineer", typed "Payments SRE" and got a backend posting
// with Go and PostgreSQL. A typed title is followed by the family
// question, the cursor on a guess from its words; the family chosen
// there is the posting's, and it shows on the next steps.
func TestTypedTitleAsksForItsFamily(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("down", "down", "c") // the cursor on Server-Side Engineer
	d.Keys("Payments SRE", "enter")
	d.WantScreen("Role family for “Payments SRE”? Guessed from the title", "▸ Site reliability engineering")
	d.Keys("enter")
	d.WantScreen("Step 2/6", "How senior is “Payments SRE” (Site reliability engineering)?")
	if p := d.page.posting; p.Role != "sre" {
		t.Fatalf("role %q, want sre", p.Role)
	}
	d.Keys("enter")
	if got, want := slices.Sorted(slices.Values(d.page.posting.Skills.Required)), slices.Sorted(slices.Values(d.c.Catalog.DefaultsFor("sre", "intermediate").MustSkills)); !slices.Equal(got, want) {
		t.Fatalf("skills %q, want the SRE ones %q", got, want)
	}

	// With no guess, the family is still asked for, and can be picked.
	d = start(t)
	d.Keys("c", "Chief Vibes Officer", "enter")
	d.WantScreen("Role family for “Chief Vibes Officer”? It sets the skills")
	d.Keys("/", "management", "enter", "enter")
	if p := d.page.posting; p.Role != "engineering-management" {
		t.Fatalf("role %q", p.Role)
	}

	// esc on the question goes back to the title as typed.
	d = start(t)
	d.Keys("c", "Payments SRE", "enter", "esc")
	d.WantScreen("Job title: Payments SRE")
	d.Keys("esc")
	d.WantScreen("Which role are you hiring for?")
	if d.page.posting.Role != "" || d.page.posting.Title != "" {
		t.Fatalf("a cancelled title was kept: %+v", d.page.posting)
	}
}

// TestTabNeverKeepsAFamilySilently: on step 1 after a typed title, the
// line says which family the title has; moving the cursor to another
// family's title and pressing tab asks again with the title's family
// under the cursor, never the one the cursor wandered to.
func TestTabNeverKeepsAFamilySilently(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("c", "Payments SRE", "enter", "enter", "esc")
	d.WantScreen("Step 1/6", "Your title: “Payments SRE” (Site reliability engineering); tab keeps it")
	d.Keys("down", "down", "tab")
	d.WantScreen("Role family for “Payments SRE”?", "▸ Site reliability engineering")
	d.Keys("up", "enter")
	d.WantScreen("Step 2/6", "(DevOps and platform engineering)")
	if d.page.posting.Role != "devops" {
		t.Fatalf("role %q", d.page.posting.Role)
	}

	// A catalog title: the line names it, and tab goes on with it.
	d = start(t)
	d.Keys("enter", "esc", "down", "down")
	d.WantScreen("Chosen: “Backend Engineer”; tab keeps it, enter picks another.")
	d.Keys("tab")
	d.WantScreen("Step 2/6", "“Backend Engineer”")
}

// TestTabWithNoTitleSaysWhatToDo: tab on step 1 before any title did
// nothing and said nothing.
func TestTabWithNoTitleSaysWhatToDo(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("tab")
	if got := d.host.Status.Text; got != "Choose a title (enter) or type your own (c)." {
		t.Fatalf("status %q", got)
	}
	if d.page.step != stepRole {
		t.Fatal("tab moved on without a title")
	}
	d.Keys("c")
	if got := d.host.Status.Text; got != "" {
		t.Fatalf("the hint stayed up while typing a title: %q", got)
	}
}

func TestGuessFamily(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	for title, want := range map[string]string{
		"Payments SRE": "sre", "Senior Go Engineer (Payments)": "backend", "iOS Developer": "mobile",
		"Data Platform Engineer": "data-engineering", "QA Automation Specialist": "qa", "Kubernetes Wrangler": "",
		"Chief Vibes Officer": "", "Software Engineer": "", "Head of QA": "", // head: management, QA: qa
	} {
		got, ok := guessFamily(c.Catalog, title)
		if got != want || ok != (want != "") {
			t.Errorf("guessFamily(%q) = %q %v, want %q", title, got, ok, want)
		}
	}
}

func TestAddOwnSkillAndResponsibility(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "enter", "a")
	d.WantScreen("Skill:")
	d.Keys("Temporal workflows", "enter")
	d.WantScreen("[must] Temporal workflows")
	d.Keys("enter", "a", "Run the quarterly game day", "enter")
	d.WantScreen("[x] Run the quarterly game day")
	p := d.page.posting
	if !slices.Contains(p.Skills.Required, "Temporal workflows") || !slices.Contains(p.Responsibilities, "Run the quarterly game day") {
		t.Fatalf("own entries missing: %+v %q", p.Skills, p.Responsibilities)
	}
}

func TestPickerFilterTakesQAndEscClears(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("/", "qa")
	if !d.page.Typing() {
		t.Fatal("the filter has focus but the page is not typing: q would quit")
	}
	d.WantScreen("QA")
	d.RejectScreen("Backend Engineer")
	d.Keys("esc")
	d.WantScreen("/ to filter", "▸ QA Engineer", "DevOps Engineer")
	if d.page.Typing() { // the filter is empty: "/ to filter" above
		t.Fatal("still typing after esc")
	}
}

func TestPickerFilterFindsWordsAndEnterChooses(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "enter", "/", "rust")
	s := d.Screen()
	if strings.Contains(s, "Distributed") || !strings.Contains(s, "▸ [    ] Rust") {
		t.Fatalf("rust should find Rust alone, with the cursor on it:\n%s", s)
	}
	d.Keys("enter") // in a checklist enter only leaves the filter
	d.WantScreen("Step 3/6", "/ rust")

	d = start(t)
	d.Keys("/", "engineering manager", "enter")
	d.WantScreen("Step 2/6", "“Engineering Manager”")
}

func TestWizardLevelSetsQualificationsAndEmploymentType(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "up", "up", "enter") // Backend Engineer, Intern
	p := d.page.posting
	if p.EmploymentType != "INTERN" || p.Title != "Backend Engineer Intern" {
		t.Fatalf("intern: %q %q", p.EmploymentType, p.Title)
	}
	intern := p.Qualifications
	d.Keys("esc", "down", "down", "down", "enter") // Senior
	p = d.page.posting
	if p.EmploymentType != "FULL_TIME" || slices.Equal(p.Qualifications, intern) || len(p.Qualifications) == 0 {
		t.Fatalf("senior: %q %q", p.EmploymentType, p.Qualifications)
	}
}

func TestWizardBackToRoleKeepsATypedTitle(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("c")
	d.Keys("Data Wrangler", "enter", "enter")
	d.WantScreen("Step 2/6")
	d.Keys("esc")
	d.WantScreen("Step 1/6")
	if !hasHelp(d.page.ShortHelp(), "tab", "keep the title") {
		t.Fatalf("the help line does not offer tab: %v", helpTexts(d.page.ShortHelp()))
	}
	d.Keys("tab", "enter") // tab, then the family as it was
	d.WantScreen("Step 2/6", "“Data Wrangler”")
}

func TestCustomTitleWhenTheFilterMatchesNothing(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("/", "zzzz", "enter")
	d.WantScreen("Nothing matches")
	d.Keys("c")
	d.Keys("Chief Vibes Officer", "enter", "enter")
	d.WantScreen("Step 2/6")
	if p := d.page.posting; !strings.HasSuffix(p.Title, "Chief Vibes Officer") || p.Role == "" {
		t.Fatalf("title %q role %q", p.Title, p.Role)
	}
}

// TestQuitMidWizardSavesTheDraft: the root saves every keeper before the
// program ends; the wizard's last change, whose timer never fired, is
// what it saves.
func TestQuitMidWizardSavesTheDraft(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "down", "enter", "down", "space", "down")
	// The last change's autosave timer is dropped: only quitting saves it.
	d.host.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	if !d.page.Unsaved() {
		t.Fatal("a change not on disk, and the wizard says nothing is unsaved")
	}
	d.Run(d.page.SaveNow())
	if d.page.Unsaved() {
		t.Fatal("still unsaved after SaveNow landed")
	}
	p := d.page.posting
	got, err := d.c.Store.Get(p.ID)
	if err != nil {
		t.Fatalf("draft not saved: %v", err)
	}
	if !slices.Equal(got.Skills.Required, p.Skills.Required) {
		t.Fatalf("saved skills %q, typed %q", got.Skills.Required, p.Skills.Required)
	}
}

// TestQuitWaitsForTheLastChangeNotAnOlderSave: an older save landing
// while quitting must not leave the newer change unsaved.
func TestQuitWaitsForTheLastChangeNotAnOlderSave(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "enter") // a title, saved
	older := d.page.SaveNow()
	if older != nil {
		t.Fatal("SaveNow with nothing unsaved")
	}
	older = d.page.saver.SaveNow(d.page.posting)
	d.host.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}) // a newer change
	d.host.Update(older())
	if !d.page.Unsaved() || d.page.SaveNow() == nil {
		t.Fatal("an older save landing hid a newer change")
	}
}

// TestEscWithATitleAsksAndKeeps: leaving with esc after choosing only a
// title kept a half-made draft without asking.
func TestEscWithATitleAsksAndKeeps(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter") // a title
	d.WantScreen("Step 2/6")
	d.Keys("esc", "esc")
	d.WantScreen("Step 1/6", "“Backend Engineer” is not finished. Discard it?  y / n")
	if _, ok := d.left(); ok {
		t.Fatal("left before the answer")
	}
	if !hasHelp(d.page.ShortHelp(), "n", "keep it as a draft") || !hasHelp(d.page.ShortHelp(), "y", "discard it") {
		t.Fatalf("help %v", helpTexts(d.page.ShortHelp()))
	}
	d.Keys("down", "c") // other keys do nothing while asking
	d.WantScreen("Discard it?")
	d.Keys("n")
	res, _ := d.left()
	id := d.page.posting.ID
	want := common.DraftClosedMsg{ID: id, Title: "Backend Engineer", Note: "Kept “Backend Engineer” as a draft"}
	if res != want {
		t.Fatalf("keeping left %#v, want %#v", res, want)
	}
	if got, err := d.c.Store.Get(id); err != nil || got.Title != "Backend Engineer" {
		t.Fatalf("kept draft: %q %v", got.Title, err)
	}
}

func TestEscWithATitleAndDiscardLeavesNothing(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "down", "enter", "esc", "esc") // saved with a title and a level
	id := d.page.posting.ID
	if _, err := d.c.Store.Get(id); err != nil {
		t.Fatalf("not saved before leaving: %v", err)
	}
	d.Keys("esc")
	d.WantScreen("Discard it?")
	d.Keys("y")
	if res, ok := d.left(); !ok || res != nil {
		t.Fatalf("discarding asked %#v", d.host.LastAsked())
	}
	assertGone(t, d.c, id)
}

// A save on its way when the draft is discarded must not bring it back:
// neither one whose answer is late nor one that writes after the purge.
func TestDiscardWithASaveOnItsWayLeavesNothing(t *testing.T) {
	t.Parallel()
	d := start(t)
	var held []tea.Msg
	d.Drop = func(msg tea.Msg) bool {
		if _, ok := msg.(autosave.SavedMsg); ok {
			held = append(held, msg)
			return true
		}
		return false
	}
	d.Keys("enter", "esc") // a title, its save written but not yet answered
	if len(held) == 0 {
		t.Fatal("no save started")
	}
	late := d.page.saver.SaveNow(d.page.posting) // a write that runs after the purge
	d.Keys("esc", "y")
	if res, ok := d.left(); !ok || res != nil {
		t.Fatalf("discarding asked %#v", d.host.LastAsked())
	}
	d.Drop = nil
	d.Send(held...)
	d.Run(late)
	assertGone(t, d.c, d.page.posting.ID)
	if d.page.Unsaved() || d.page.SaveNow() != nil {
		t.Fatal("a discarded draft counts as unsaved: quitting would save it again")
	}
	if len(d.host.Asked) != 1 {
		t.Fatalf("the wizard asked %#v", d.host.Asked)
	}
}

// TestDiscardThenQuitAtOnceLeavesNothing: after "discard it", the wizard
// said nothing was unsaved, so q quit before the purge ran and the
// discarded draft survived. Until the purge lands it is a keeper whose
// save is the purge.
func TestDiscardThenQuitAtOnceLeavesNothing(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "down", "enter", "esc", "esc", "esc") // saved, and asking
	d.WantScreen("Discard it?")
	id := d.page.posting.ID
	_, purge := d.host.Update(tea.KeyPressMsg{Code: 'y', Text: "y"}) // the purge not run yet
	if purge == nil {
		t.Fatal("discarding started nothing")
	}
	if !d.page.Unsaved() {
		t.Fatal("discarding, and the wizard says nothing is unsaved: q would quit before the purge")
	}
	// q: the root runs each keeper's SaveNow and reads its SaveResult.
	msg := d.page.SaveNow()()
	if res, ok := msg.(common.SaveResult); !ok || res.SaveErr() != nil {
		t.Fatalf("the save on the way out reported %#v", msg)
	}
	assertGone(t, d.c, id)
	d.Send(msg)
	if d.page.Unsaved() {
		t.Fatal("still unsaved after the purge landed")
	}
	d.Run(purge) // the first purge, late: nothing more happens
	if len(d.host.Asked) != 1 {
		t.Fatalf("the wizard asked %#v", d.host.Asked)
	}
}

// TestWizardLevelChangeIsApplyDefaults: the wizard and the editor follow
// one rule for a change of level. Intern → Senior in the editor kept
// INTERN while the wizard moved it; now both give what ApplyDefaults
// gives.
func TestWizardLevelChangeIsApplyDefaults(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("enter", "up", "up", "enter") // Backend Engineer, Intern
	intern := d.page.posting.Clone()
	d.Keys("esc", "down", "down", "down", "enter") // Senior
	want := intern
	want.Seniority = "senior"
	d.c.Catalog.ApplyDefaults(&want, "backend", "intern")
	got := d.page.posting
	if got.Title != want.Title || got.Summary != want.Summary || got.EmploymentType != want.EmploymentType ||
		!slices.Equal(got.Qualifications, want.Qualifications) || !slices.Equal(got.Responsibilities, want.Responsibilities) ||
		!slices.Equal(got.Skills.Required, want.Skills.Required) {
		t.Fatalf("wizard: %q %q %q\n%q\n%q\n%q\nApplyDefaults: %q %q %q\n%q\n%q\n%q",
			got.Title, got.EmploymentType, got.Summary, got.Qualifications, got.Responsibilities, got.Skills.Required,
			want.Title, want.EmploymentType, want.Summary, want.Qualifications, want.Responsibilities, want.Skills.Required)
	}
	if got.Title != "Senior Backend Engineer" || got.EmploymentType != "FULL_TIME" {
		t.Fatalf("senior: %q %q", got.Title, got.EmploymentType)
	}
}

// TestWizardStepKeysAreTheBaseKeys: next and back a step are the base
// Select and Back (with tab and shift+tab), not keys of the wizard's own.
func TestWizardStepKeysAreTheBaseKeys(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	c.Keys.Select = key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "choose"))
	c.Keys.Back = key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "back"))
	page := New(c)
	d := uitest.NewDriver(t, uitest.NewHost(page), 100, 30)
	d.Keys("right", "right") // a role, a level
	d.WantScreen("Step 3/6")
	d.Keys("right")
	d.WantScreen("Step 4/6")
	d.Keys("left")
	d.WantScreen("Step 3/6")
	d.Keys("tab")
	d.WantScreen("Step 4/6")
	d.Keys("shift+tab")
	d.WantScreen("Step 3/6")
}

func assertGone(t *testing.T, c *common.Common, id string) {
	t.Helper()
	if _, err := c.Store.Get(id); err == nil {
		t.Fatal("the discarded draft is still a draft")
	}
	trash, err := c.Store.Trash()
	if err != nil || len(trash) != 0 {
		t.Fatalf("the trash holds %v (%v)", trash, err)
	}
	list, err := c.Store.List()
	if err != nil || len(list) != 0 {
		t.Fatalf("the drafts hold %v (%v)", list, err)
	}
}

func TestEscWithoutATitleLeavesAtOnce(t *testing.T) {
	t.Parallel()
	d := start(t)
	d.Keys("esc")
	if res, ok := d.left(); !ok || res != nil {
		t.Fatalf("esc asked %#v", d.host.LastAsked())
	}
	if list, _ := d.c.Store.List(); len(list) != 0 {
		t.Fatalf("a posting without a title was saved: %v", list)
	}
}

// TestProfileFillsThePostingAndKeysTypedBeforeItCount: the wizard reads
// the company profile itself; keys typed before it arrives are kept.
func TestProfileFillsThePostingAndKeysTypedBeforeItCount(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	prof := model.CompanyProfile{Company: model.Company{Name: "Acme"}, Benefits: []string{"Four-day week"}, Currency: "EUR"}
	if err := c.Store.SaveProfile(prof); err != nil {
		t.Fatal(err)
	}
	page := New(c)
	host := uitest.NewHost(page)
	d := &uitest.Driver{T: t, Model: host} // Init not run yet: the profile is "on its way"
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Keys("enter", "down", "enter") // typed ahead
	d.Run(page.Init())
	d.WantScreen("Step 3/6")
	d.Run(page.SaveNow())
	got, err := c.Store.Get(page.posting.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Company.Name != "Acme" || !slices.Equal(got.Benefits, prof.Benefits) || got.Salary.Currency != "EUR" || got.Seniority != "senior" {
		t.Fatalf("stored %+v %q %q %q", got.Company, got.Benefits, got.Salary.Currency, got.Seniority)
	}
}

// TestHelpNamesEveryKey: the help missed tab (step 1), / and shift+tab.
// The short line stays short enough for the root's "? help • q quit" at
// 80 columns; the full help names every key of the step.
func TestHelpNamesEveryKey(t *testing.T) {
	t.Parallel()
	d := startWizard(t, common.Dark, 80, 24)
	root := []key.Binding{d.c.Keys.Help, d.c.Keys.Quit}
	h := help.New()
	wants := map[step][]string{
		stepRole:             {"tab", "/", "c", "enter", "esc", "↑/k", "pgdn", "g"},
		stepSeniority:        {"enter", "esc/shift+tab", "/"},
		stepSkills:           {"space", "m", "n", "a", "enter/tab", "esc/shift+tab", "/"},
		stepResponsibilities: {"space", "a", "enter/tab", "esc/shift+tab", "/"},
		stepPreview:          {"enter/ctrl+s", "esc/shift+tab", "pgdn"},
	}
	for s := stepRole; s < stepCount; s++ {
		short := h.ShortHelpView(append(d.page.ShortHelp(), root...))
		if w := ansi.StringWidth(short); w > 80 {
			t.Errorf("step %d: the short help is %d columns: %s", s+1, w, short)
		}
		var full []key.Binding
		for _, col := range d.page.FullHelp() {
			full = append(full, col...)
		}
		for _, k := range wants[s] {
			if !slices.ContainsFunc(full, func(b key.Binding) bool { return b.Help().Key == k }) {
				t.Errorf("step %d: the full help lacks %q: %v", s+1, k, helpTexts(full))
			}
		}
		d.Keys("enter")
	}
}

func hasHelp(bs []key.Binding, k, desc string) bool {
	return slices.ContainsFunc(bs, func(b key.Binding) bool { return b.Help().Key == k && b.Help().Desc == desc })
}

func helpTexts(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return out
}

// TestEveryStepFitsItsSpace: at the sizes the root hands a page, no step,
// question or prompt draws more lines, or wider ones, than it was given.
func TestEveryStepFitsItsSpace(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{60, 12}, {80, 21}, {140, 37}} {
		d := startWizard(t, common.Light, size[0], size[1])
		check := func(where string) {
			t.Helper()
			lines := strings.Split(d.Screen(), "\n")
			if len(lines) > size[1] {
				t.Fatalf("%s at %dx%d: %d lines:\n%s", where, size[0], size[1], len(lines), d.Screen())
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > size[0] {
					t.Fatalf("%s at %dx%d: line too wide: %q", where, size[0], size[1], l)
				}
			}
		}
		check("role")
		d.Keys("c")
		check("typing a title")
		d.Keys("Payments SRE", "enter")
		check("the family question")
		d.Keys("esc", "esc", "enter")
		for _, s := range []string{"seniority", "skills", "responsibilities", "details", "preview"} {
			check(s)
			d.Keys("enter")
		}
		if _, ok := d.left(); !ok {
			t.Fatal("did not finish")
		}
	}
	d := startWizard(t, common.Dark, 60, 12)
	d.Keys("enter", "esc", "esc")
	if lines := strings.Split(d.Screen(), "\n"); len(lines) > 12 || !strings.Contains(d.Screen(), "y / n") {
		t.Fatalf("the question does not fit 60x12:\n%s", d.Screen())
	}
}

// TestNarrowStepBarAndLinesSayTheirEnd: at 80×24 the preview's line was
// cut in "esc goes bac…", and at 60 columns the step bar in
// "Responsibilities › Pr…". Narrow, the bar names the current step among
// the others' numbers; a long title gives way to what the line says
// about keys.
func TestNarrowStepBarAndLinesSayTheirEnd(t *testing.T) {
	t.Parallel()
	d := startWizard(t, common.Dark, 60, 15)
	d.Keys("enter", "enter")
	d.WantScreen("Step 3/6  1 › 2 › Skills › 4 › 5 › 6\n")
	d.Keys("enter", "enter")
	d.WantScreen("Step 5/6  1 › 2 › 3 › 4 › Details › 6\n")
	d.Keys("enter")
	d.WantScreen("Step 6/6  1 › 2 › 3 › 4 › 5 › Preview\n", "Not stated yet: location, workplace, pay, how to apply.\n")

	d = startWizard(t, common.Dark, 80, 24)
	d.WantScreen("Step 1/6  Role › Seniority › Skills › Responsibilities › Details › Preview\n")
	long := "Principal Distributed Payments Platform Reliability Engineer (EMEA)"
	d.Keys("c", long, "enter")
	d.WantScreen("? Guessed from the title: enter takes it.\n")
	d.Keys("enter")
	d.WantScreen("…” (Site reliability engineering)?\n")
	d.Keys("esc")
	d.WantScreen("…” (Site reliability engineering); tab keeps it.\n")
	d.Keys("tab", "enter", "enter", "enter", "enter", "enter")
	d.WantScreen("Not stated yet: location, workplace, pay, how to apply. enter saves.\n")
}
