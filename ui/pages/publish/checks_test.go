package publish_test

import (
	"os"
	"path/filepath"
	"testing"

	"jobpost/model"
)

// denverPosting breaks Colorado's pay-transparency law: no pay range.
func denverPosting() model.Posting {
	p := publishablePosting()
	p.Location = model.Location{City: "Denver", Region: "CO", Country: "US"}
	p.Workplace = model.Onsite
	p.Salary = model.Salary{}
	return p
}

// The findings are counted under the tabs and listed with f.
func TestPublishShowsTheChecks(t *testing.T) {
	t.Parallel()
	d := publishWith(t, denverPosting(), "", 100, 30)
	d.WantScreen("Checks: ", "f to see them")
	d.Keys("f")
	d.WantScreen("Checks for Plain text", "Colorado's pay-transparency rule (US-CO)", "Source: ")
	d.Keys("esc")
	d.WantScreen("Senior Backend Engineer", "f to see them")
	d.RejectScreen("Checks for Plain text")
}

// Copying a posting that breaks a pay law asks, once; no keeps it.
func TestPublishAsksOnceBeforeCopyingAgainstTheLaw(t *testing.T) {
	t.Parallel()
	d := publishWith(t, denverPosting(), "", 100, 30)
	d.Keys("c")
	d.WantScreen("does not meet a pay-transparency law", "Copy it anyway?")
	d.Keys("n")
	if _, err := os.Stat(d.clip); err == nil {
		t.Fatal("copied although the answer was no")
	}
	d.Keys("c")
	d.WantScreen("Copy it anyway?")
	d.Keys("y")
	if b, err := os.ReadFile(d.clip); err != nil || len(b) == 0 {
		t.Fatalf("not copied after yes: %v", err)
	}
	os.Remove(d.clip)
	d.Keys("c") // not asked again on this visit
	d.RejectScreen("anyway?")
	if _, err := os.Stat(d.clip); err != nil {
		t.Fatalf("second copy: %v", err)
	}
}

// Exporting asks too; a lawful posting is never asked about.
func TestPublishAsksBeforeExportingAgainstTheLaw(t *testing.T) {
	t.Parallel()
	d := publishWith(t, denverPosting(), "", 100, 30)
	d.Keys("e")
	d.WantScreen("Export it")
	d.Keys("y")
	d.WantScreen("Export to: ")

	ok := publishWith(t, publishablePosting(), "", 100, 30)
	ok.Keys("c")
	ok.RejectScreen("anyway?")
	path := filepath.Join(t.TempDir(), "job.txt")
	ok.exportTo(path)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
