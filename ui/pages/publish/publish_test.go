package publish_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/publish"
)

// published is a publish screen under test, hosted alone.
type published struct {
	*uitest.Driver
	host *uitest.Host
	c    *common.Common
	clip string // what the fake clipboard tool was given
}

// publishWith opens the publish screen on a saved posting at w×h, with a
// fake clipboard tool on PATH that writes what it is given to a file.
func publishWith(t *testing.T, p model.Posting, exportDir string, w, h int) published {
	t.Helper()
	c := uitest.NewCommon(t, common.Dark)
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	clip := filepath.Join(t.TempDir(), "clipboard.txt")
	script := "#!/bin/sh\ncat > " + clip + "\n"
	if err := os.WriteFile(filepath.Join(bin, "xclip"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"PATH": bin + ":/usr/bin:/bin", "DISPLAY": ":0"}
	c.Getenv = func(k string) string { return env[k] }
	host := uitest.NewHost(publish.New(c, p.ID, exportDir))
	d := uitest.NewDriver(t, host, w, h)
	d.WantScreen("Plain text", "HTML", "JSON-LD")
	return published{Driver: d, host: host, c: c, clip: clip}
}

func publishablePosting() model.Posting {
	p := model.New(uitest.FixedNow)
	p.Title, p.Role, p.Seniority = "Senior Backend Engineer", "backend", "senior"
	p.Summary = "You will build the services our product stands on."
	p.Responsibilities = []string{"Design & build <APIs>"}
	p.Skills.Required = []string{"Go", "PostgreSQL"}
	p.Company = model.Company{Name: "Acme", Website: "https://acme.example"}
	p.Location = model.Location{City: "Lisbon", Country: "PT"}
	p.Workplace, p.EmploymentType = model.Hybrid, "FULL_TIME"
	p.Salary = model.Salary{Min: 70000, Max: 90000, Currency: "EUR", Period: "YEAR"}
	return p
}

var ctrlU = tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}

// exportTo asks for an export to path, replacing the suggested one.
func (d published) exportTo(path string) {
	d.Keys("e")
	d.Send(ctrlU) // clear the suggested path
	d.Paste(path)
	d.Keys("enter")
}

func (d published) status() string { return d.host.Status.Text }

func TestPublishCopiesEachFormat(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 100, 30)
	d.WantScreen("• Design & build <APIs>", "pastes cleanly into LinkedIn")
	pressCopy(t, d)
	if st := d.status(); st != "Copied Plain text, 232 characters (OSC 52, xclip)" {
		t.Fatalf("status %q", st)
	}
	got, err := os.ReadFile(d.clip)
	if err != nil || !strings.Contains(string(got), "• Design & build <APIs>") {
		t.Fatalf("clipboard tool got %q (%v)", got, err)
	}

	d.Keys("tab") // HTML
	d.WantScreen("<li>Design &amp; build &lt;APIs&gt;</li>", "Greenhouse")
	d.Keys("c")
	got, _ = os.ReadFile(d.clip)
	if !strings.Contains(string(got), "&lt;APIs&gt;") {
		t.Fatalf("HTML copy: %q", got)
	}
	d.Keys("tab", "tab") // JSON-LD
	d.Keys("c")
	got, _ = os.ReadFile(d.clip)
	var ld map[string]any
	if err := json.Unmarshal(got, &ld); err != nil || ld["@type"] != "JobPosting" {
		t.Fatalf("JSON-LD copy is not a JobPosting: %v %q", err, got)
	}
}

// TestPublishCopyMessageSaysWhatWentFirst: the status bar cuts the end
// of a message at 80 columns, where the page name takes a third of it, so
// what was copied and how long it is come first and the whole message
// fits what is left.
func TestPublishCopyMessageSaysWhatWentFirst(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 80, 24)
	d.Keys("c")
	st := d.status()
	if !strings.HasPrefix(st, "Copied Plain text, 232 characters") {
		t.Fatalf("status %q: what was copied must come first", st)
	}
	if room := 80 - 80/3 - 4; ansi.StringWidth(st) > room {
		t.Fatalf("status %q is %d columns; at 80 columns %d are left for it", st, ansi.StringWidth(st), room)
	}

	// A warning is already on screen, whole: the message points to it
	// rather than being cut in the middle of it.
	p := publishablePosting()
	p.ValidThrough = "2020-01-01"
	d = publishWith(t, p, "", 80, 24)
	d.WantScreen("The closing date (1 Jan 2020) has passed;", "expired postings.")
	d.Keys("c")
	if st := d.status(); !strings.HasPrefix(st, "Copied Plain text, ") || !strings.Contains(st, "warning") || ansi.StringWidth(st) > 80-80/3-4 {
		t.Fatalf("status %q", st)
	}
}

func TestPublishExportNeverReplacesWithoutAsking(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 100, 30)
	dir := t.TempDir()
	path := filepath.Join(dir, "job.html")
	d.Keys("e")
	d.WantScreen("Export to:", "senior-backend-engineer.txt")
	d.Paste("\x1b[2J") // junk pasted is dropped, not written
	d.Send(ctrlU)      // clear the suggested path
	d.Paste(path)
	d.Keys("enter")
	d.WantScreen("Plain text") // the prompt has gone
	if st := d.status(); !strings.HasPrefix(st, "Exported HTML to ") {
		t.Fatalf("status %q", st)
	}
	got, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(got), "<p>") {
		t.Fatalf(".html should export HTML whatever the tab, got %q", got)
	}
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.exportTo(path)
	d.WantScreen("exists. Replace it?  y / n")
	d.Keys("n")
	d.RejectScreen("Replace it?")
	if b, _ := os.ReadFile(path); string(b) != "keep me" {
		t.Fatalf("file replaced after n: %q", b)
	}
	if st := d.status(); !strings.Contains(st, "as it was") {
		t.Fatalf("status %q", st)
	}
	d.exportTo(path)
	d.Keys("y")
	if st := d.status(); !strings.HasPrefix(st, "Exported") {
		t.Fatalf("status %q", st)
	}
	if b, _ := os.ReadFile(path); string(b) == "keep me" {
		t.Fatal("file not replaced after y")
	}
}

func TestPublishMarksPostedAndReportsMissingFields(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.Company.Name = ""
	d := publishWith(t, p, "", 100, 30)
	d.Keys("tab", "tab", "tab")
	d.WantScreen("Not ready", "company.name")
	d.Keys("m", "Indeed", "enter")
	d.WantScreen("Ad URL:", "Where is the live ad? Optional")
	d.Keys("enter")
	d.WantScreen("Record “Senior Backend Engineer” as posted on Indeed today?")
	if got, _ := d.c.Store.Get(p.ID); got.Status == model.StatusPosted {
		t.Fatal("recorded before the answer")
	}
	d.Keys("y")
	if st := d.status(); st != "Marked as posted on Indeed, 23 Nov 2026" {
		t.Fatalf("status %q", st)
	}
	got, err := d.c.Store.Get(p.ID)
	if err != nil || got.Status != model.StatusPosted || len(got.Posted) != 1 || got.Posted[0].Board != "Indeed" {
		t.Fatalf("stored %+v %v", got.Posted, err)
	}
	d.Keys("esc")
	back, ok := d.host.LastAsked().(common.BackMsg)
	if !ok {
		t.Fatalf("esc asked %#v", d.host.LastAsked())
	}
	res, ok := back.Result.(common.PublishedMsg)
	if !ok || res.ID != p.ID || res.Status != model.StatusPosted || len(res.Posted) != 1 || res.Posted[0].Board != "Indeed" {
		t.Fatalf("esc left %#v for the page below", back.Result)
	}
}

// A draft deleted elsewhere while the screen is open: marking it posted
// fails in words, without the storage's id.
func TestPublishMarkPostedOnADeletedDraft(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	d := publishWith(t, p, "", 100, 30)
	if err := d.c.Store.Purge(p.ID); err != nil {
		t.Fatal(err)
	}
	d.Keys("m", "Indeed", "enter", "enter", "y")
	if st := d.status(); st != "Not marked as posted: it is no longer there" {
		t.Fatalf("status %q", st)
	}
}

// TestPublishEveryTabShowsThePostingAsItIsNow: after m, the JSON tab said
// "status": "draft" until the screen was opened again.
func TestPublishEveryTabShowsThePostingAsItIsNow(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 100, 30)
	d.Keys("tab", "tab", "tab", "tab", "G") // the end of the JSON
	d.WantScreen(`"status": "draft"`)
	d.Keys("m", "LinkedIn", "enter", "enter", "y")
	d.Keys("G")
	d.WantScreen(`"status": "posted"`, `"board": "LinkedIn"`)
	d.RejectScreen(`"status": "draft"`)
	d.Keys("tab") // round to plain text and on: every format is remade
	for range 3 {
		d.Keys("tab")
	}
	d.WantScreen("JSON-LD", `"datePosted": "2026-11-23`)
}

func TestPublishEscWithNothingChangedLeavesNoResult(t *testing.T) {
	t.Parallel()
	d := publishWith(t, publishablePosting(), "", 100, 30)
	d.Keys("m", "esc") // a question put away is not a change
	d.Keys("esc")
	if back, ok := d.host.LastAsked().(common.BackMsg); !ok || back.Result != nil {
		t.Fatalf("esc asked %#v", d.host.LastAsked())
	}
}

func TestPublishExportNamesAndPastClosingDate(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.ValidThrough = "2020-01-01"
	d := publishWith(t, p, "", 100, 30)
	d.WantScreen("The closing date (1 Jan 2020) has passed")
	dir := t.TempDir()
	d.exportTo(filepath.Join(dir, "post.docx"))
	if st := d.status(); !strings.Contains(st, "cannot write .docx files") {
		t.Fatalf("status %q", st)
	}
	d.exportTo(filepath.Join(dir, "post"))
	if _, err := os.Stat(filepath.Join(dir, "post.txt")); err != nil {
		t.Fatalf("a name without extension should get the format's: %v", err)
	}
	d.exportTo(filepath.Join(dir, "no", "such", "post.md"))
	if st := d.status(); !strings.Contains(st, "there is no folder") {
		t.Fatalf("status %q", st)
	}
}

func TestPublishRemembersTheExportFolderAndWrapsWords(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.Responsibilities = []string{strings.Repeat("Design and build dependable payment services ", 4)}
	start := t.TempDir()
	d := publishWith(t, p, start, 100, 30)
	for _, l := range strings.Split(d.Screen(), "\n") {
		if strings.HasSuffix(strings.TrimRight(l, " "), "dependabl") || strings.HasPrefix(strings.TrimSpace(l), "e payment") {
			t.Fatalf("a word was cut in two: %q", l)
		}
	}
	d.Keys("e")
	d.WantScreen(filepath.Join(filepath.Base(start), "senior-backend-engineer.txt"))
	d.Keys("esc")

	dir := t.TempDir()
	d.exportTo(filepath.Join(dir, "first.txt"))
	if st := d.status(); !strings.HasPrefix(st, "Exported") {
		t.Fatalf("status %q", st)
	}
	if got, ok := d.host.LastAsked().(common.ExportedToMsg); !ok || got.Dir != dir {
		t.Fatalf("the root was not told the folder: %#v", d.host.LastAsked())
	}
	d.Keys("e")
	d.WantScreen(filepath.Base(dir))
}

func TestPublishSaysWhenTheDraftIsGone(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	id := model.NewID()
	host := uitest.NewHost(publish.New(c, id, ""))
	d := uitest.NewDriver(t, host, 80, 24)
	d.WantScreen("Could not open the draft: it is no longer there")
	// A screen names drafts by title, never by the storage's id.
	d.RejectScreen(id)
	if strings.Contains(host.Status.Text, id) {
		t.Fatalf("status %q", host.Status.Text)
	}
	d.Keys("c", "e", "m", "esc")
	if back, ok := host.LastAsked().(common.BackMsg); !ok || back.Result != nil {
		t.Fatalf("esc asked %#v", host.LastAsked())
	}
}

func TestPublishGolden(t *testing.T) {
	for _, theme := range []common.Theme{common.Dark, common.Light} {
		t.Run(string(theme), func(t *testing.T) {
			p := publishablePosting()
			p.ValidThrough = "2020-01-01"
			c := uitest.NewCommon(t, theme)
			if err := c.Store.Save(p); err != nil {
				t.Fatal(err)
			}
			d := uitest.NewDriver(t, uitest.NewHost(publish.New(c, p.ID, "")), 80, 20)
			uitest.Golden(t, d.Frame())
		})
	}
}

// TestPublishJSONLDCountryIsTheISOCode: a country typed by name goes out
// as its ISO 3166 code, as Google asks, because the page takes the
// catalog's export options.
func TestPublishJSONLDCountryIsTheISOCode(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.Location = model.Location{City: "Berlin", Country: "Germany"}
	d := publishWith(t, p, "", 100, 30)
	d.Keys("tab", "tab", "tab") // JSON-LD
	d.Keys("c")
	got, _ := os.ReadFile(d.clip)
	if !strings.Contains(string(got), `"addressCountry": "DE"`) {
		t.Fatalf("JSON-LD copy does not name DE:\n%s", got)
	}
}

// TestPublishMarkPostedKeepsEveryBoardAndAsks: a second board keeps the
// first, with the live ad's URL; a URL that is not a web address is asked
// again; n records nothing.
func TestPublishMarkPostedKeepsEveryBoardAndAsks(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.MarkPosted("LinkedIn", "", uitest.FixedNow.AddDate(0, 0, -2))
	d := publishWith(t, p, "", 100, 30)
	d.Keys("m", "Greenhouse", "enter")
	d.Paste("boards.example/acme")
	d.Keys("enter")
	d.WantScreen("That is not a full http:// or https:// address")
	d.Send(ctrlU)
	d.Paste("https://boards.example/acme/1")
	d.Keys("enter", "n")
	if st := d.status(); st != "Not marked as posted." {
		t.Fatalf("status %q", st)
	}
	if got, _ := d.c.Store.Get(p.ID); len(got.Posted) != 1 {
		t.Fatalf("n recorded %+v", got.Posted)
	}
	d.Keys("m", "Greenhouse", "enter")
	d.Paste("https://boards.example/acme/1")
	d.Keys("enter", "y")
	if st := d.status(); st != "Marked as posted on Greenhouse, 23 Nov 2026 (also on LinkedIn)" {
		t.Fatalf("status %q", st)
	}
	got, _ := d.c.Store.Get(p.ID)
	if len(got.Posted) != 2 || got.Posted[0].Board != "LinkedIn" || got.Posted[1].Board != "Greenhouse" ||
		got.Posted[1].URL != "https://boards.example/acme/1" {
		t.Fatalf("stored %+v", got.Posted)
	}
	// The same board again: asked with the date it had, and updated.
	d.Keys("m", "LinkedIn", "enter", "enter")
	d.WantScreen("Record “Senior Backend Engineer” as posted on LinkedIn today (it was on 21 Nov)?")
	d.Keys("y")
	got, _ = d.c.Store.Get(p.ID)
	if len(got.Posted) != 2 || !got.Posted[0].On.Equal(model.Stamp(uitest.FixedNow)) {
		t.Fatalf("stored %+v", got.Posted)
	}
}

// On a draft a teammate is editing, m says so at once rather than after
// the board, the address and the question.
func TestPublishMarkPostedOnADraftSomeoneEdits(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	d := publishWith(t, p, "", 100, 30)
	if err := uitest.Teammate(t, d.c, "ben").Store.Hold(p.ID); err != nil {
		t.Fatal(err)
	}
	d.Keys("m")
	if st := d.status(); st != "Not marked as posted: ben is editing it; try again once they close it" {
		t.Fatalf("status %q", st)
	}
	d.RejectScreen("Where did it go live?")
}

// pressCopy presses c and runs what it returns. The OSC 52 half goes
// through Bubble Tea, so the batch is run by hand to see it; the rest
// goes back to the page.
func pressCopy(t *testing.T, d published) {
	t.Helper()
	_, cmd := d.host.Update(tea.KeyPressMsg{Code: 'c', Text: "c"})
	var osc bool
	for _, c := range cmd().(tea.BatchMsg) {
		msg := c()
		// tea.SetClipboard's message type is unexported.
		if strings.Contains(fmt.Sprintf("%T", msg), "Clipboard") {
			osc = true
			continue
		}
		d.Send(msg)
	}
	if !osc {
		t.Error("no OSC 52 clipboard command")
	}
}
