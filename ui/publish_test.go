package ui

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

// publishWith opens the publish screen on a saved posting, with a fake
// clipboard tool on PATH that writes what it is given to a file.
func publishWith(t *testing.T, p model.Posting) (*driver, string) {
	t.Helper()
	c := newTestCommon(t, Dark)
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
	d := newDriver(t, New(c), 100, 30)
	d.send(openPublishMsg{posting: p, back: func(model.Posting) tea.Msg { return goHomeMsg{} }})
	d.wantScreen("Plain text", "HTML", "JSON-LD")
	return d, clip
}

func publishablePosting() model.Posting {
	p := model.New(fixedNow)
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

func TestPublishCopiesEachFormat(t *testing.T) {
	t.Parallel()
	d, clip := publishWith(t, publishablePosting())
	d.wantScreen("• Design & build <APIs>", "pastes cleanly into LinkedIn")
	m, cmd := d.m.Update(tea.KeyPressMsg{Code: 'c', Text: "c"})
	d.m = m
	// The OSC 52 half goes through Bubble Tea; run the batch by hand to
	// see it.
	var osc bool
	for _, c := range cmd().(tea.BatchMsg) {
		switch msg := c().(type) {
		case copiedMsg:
			d.send(msg)
		default:
			// tea.SetClipboard's message type is unexported.
			osc = osc || strings.Contains(fmt.Sprintf("%T", msg), "Clipboard")
		}
	}
	if !osc {
		t.Error("no OSC 52 clipboard command")
	}
	if st := d.app().status; !strings.Contains(st, "Copied Plain text, 226 characters, via the terminal (OSC 52) and xclip") {
		t.Fatalf("status %q", st)
	}
	got, err := os.ReadFile(clip)
	if err != nil || !strings.Contains(string(got), "• Design & build <APIs>") {
		t.Fatalf("clipboard tool got %q (%v)", got, err)
	}

	d.keys("tab") // HTML
	d.wantScreen("<li>Design &amp; build &lt;APIs&gt;</li>", "Greenhouse")
	d.keys("c")
	got, _ = os.ReadFile(clip)
	if !strings.Contains(string(got), "&lt;APIs&gt;") {
		t.Fatalf("HTML copy: %q", got)
	}
	d.keys("tab", "tab") // JSON-LD
	d.keys("c")
	got, _ = os.ReadFile(clip)
	var ld map[string]any
	if err := json.Unmarshal(got, &ld); err != nil || ld["@type"] != "JobPosting" {
		t.Fatalf("JSON-LD copy is not a JobPosting: %v %q", err, got)
	}
}

func TestPublishExportNeverReplacesWithoutAsking(t *testing.T) {
	t.Parallel()
	d, _ := publishWith(t, publishablePosting())
	dir := t.TempDir()
	path := filepath.Join(dir, "job.html")
	d.keys("e")
	d.wantScreen("Export to:", "senior-backend-engineer.txt")
	d.send(tea.PasteMsg{Content: "\x1b[2J"}) // junk pasted is dropped, not written
	d.send(ctrl('u'))                        // clear the suggested path
	d.send(tea.PasteMsg{Content: path})
	d.keys("enter")
	d.wantScreen("Exported")
	got, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(got), "<p>") {
		t.Fatalf(".html should export HTML whatever the tab, got %q", got)
	}
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.keys("e")
	d.send(ctrl('u')) // clear the suggested path
	d.send(tea.PasteMsg{Content: path})
	d.keys("enter")
	d.wantScreen("exists. Replace it? y / n")
	d.keys("n")
	if b, _ := os.ReadFile(path); string(b) != "keep me" {
		t.Fatalf("file replaced after n: %q", b)
	}
	d.keys("e")
	d.send(ctrl('u')) // clear the suggested path
	d.send(tea.PasteMsg{Content: path})
	d.keys("enter", "y")
	d.wantScreen("Exported")
	if b, _ := os.ReadFile(path); string(b) == "keep me" {
		t.Fatal("file not replaced after y")
	}
}

func TestPublishMarksPostedAndReportsMissingFields(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.Company.Name = ""
	d, _ := publishWith(t, p)
	d.keys("tab", "tab", "tab")
	d.wantScreen("Not ready", "company.name")
	d.keys("m", "Indeed", "enter")
	d.wantScreen("Marked as posted on Indeed")
	got, err := d.app().common.Store.Get(p.ID)
	if err != nil || got.Status != model.StatusPosted || got.Posted.Board != "Indeed" {
		t.Fatalf("stored %+v %v", got.Posted, err)
	}
	d.keys("esc")
	d.wantScreen("Drafts", "posted")
}

func TestPublishFromTheDraftsScreen(t *testing.T) {
	d, ps := homeWith(t, "Data Engineer")
	d.keys("p")
	d.wantScreen("Publish: Data Engineer", "Plain text")
	d.keys("esc")
	d.wantScreen("Drafts", "Data Engineer")
	_ = ps
}

func TestPublishFromTheEditorAndBack(t *testing.T) {
	d, ps := homeWith(t, "Site Reliability Engineer")
	d.keys("enter")
	d.wantScreen("Editing: Site Reliability Engineer")
	d.keys("enter", "!", "enter") // an edit to undo later
	d.keys("P")
	d.wantScreen("Publish: Site Reliability Engineer!", "Plain text")
	d.keys("m", "LinkedIn", "enter")
	d.wantScreen("Marked as posted on LinkedIn")
	d.keys("esc")
	d.wantScreen("Editing: Site Reliability Engineer!")
	d.keys("u") // the undo history survived the trip
	d.wantScreen("Editing: Site Reliability Engineer", "Undone")
	// The next save keeps what publishing recorded.
	if err := d.app().common.Store.Save(d.app().screen.(*Editor).posting); err != nil {
		t.Fatal(err)
	}
	got, _ := d.app().common.Store.Get(ps[0].ID)
	if got.Status != model.StatusPosted || got.Posted == nil || got.Posted.Board != "LinkedIn" {
		t.Fatalf("posted record lost: %q %+v", got.Status, got.Posted)
	}
}

func TestPublishExportNamesAndPastClosingDate(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.ValidThrough = "2020-01-01"
	d, _ := publishWith(t, p)
	d.wantScreen("The closing date (1 Jan 2020) has passed")
	dir := t.TempDir()
	exportTo := func(path string) {
		d.keys("e")
		d.send(ctrl('u')) // clear the suggested path
		d.send(tea.PasteMsg{Content: path})
		d.keys("enter")
	}
	exportTo(filepath.Join(dir, "post.docx"))
	if st := d.app().status; !strings.Contains(st, "cannot write .docx files") {
		t.Fatalf("status %q", st)
	}
	exportTo(filepath.Join(dir, "post"))
	if _, err := os.Stat(filepath.Join(dir, "post.txt")); err != nil {
		t.Fatalf("a name without extension should get the format's: %v", err)
	}
	exportTo(filepath.Join(dir, "no", "such", "post.md"))
	if st := d.app().status; !strings.Contains(st, "there is no folder") {
		t.Fatalf("status %q", st)
	}
}

func TestPublishRemembersTheExportFolderAndWrapsWords(t *testing.T) {
	t.Parallel()
	p := publishablePosting()
	p.Responsibilities = []string{strings.Repeat("Design and build dependable payment services ", 4)}
	d, _ := publishWith(t, p)
	for _, l := range strings.Split(d.screen(), "\n") {
		if strings.HasSuffix(strings.TrimRight(l, " "), "dependabl") || strings.HasPrefix(strings.TrimSpace(l), "e payment") {
			t.Fatalf("a word was cut in two: %q", l)
		}
	}
	dir := t.TempDir()
	d.keys("e")
	d.send(ctrl('u'))
	d.send(tea.PasteMsg{Content: filepath.Join(dir, "first.txt")})
	d.keys("enter")
	d.wantScreen("Exported")
	d.keys("e")
	d.wantScreen(filepath.Base(dir))
}
