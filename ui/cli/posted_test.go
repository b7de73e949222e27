package cli

import (
	"strings"
	"testing"
	"time"

	"jobpost/model"
)

// TestPostedKeepsEveryBoard: posted records a board, keeps the earlier
// ones, updates the same board again, and takes the ad's URL and a date.
func TestPostedKeepsEveryBoard(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	r := runCmd(t, cmdEnv{}, "--db", db, "posted", p.ID, "--board", "LinkedIn", "--url", "https://www.linkedin.com/jobs/view/1", "--on", "23.11.2026")
	want(t, r, 0, []string{p.ID + ` "Senior Backend Engineer": posted on LinkedIn 23 Nov 2026`}, nil)
	r = runCmd(t, cmdEnv{}, "--db", db, "posted", "senior backend", "--board", "Greenhouse", "--on", "2026-11-24")
	want(t, r, 0, []string{"posted on LinkedIn 23 Nov 2026, Greenhouse 24 Nov 2026"}, nil)
	got := drafts(t, db)[p.ID]
	if got.Status != model.StatusPosted || len(got.Posted) != 2 || got.Posted[0].URL != "https://www.linkedin.com/jobs/view/1" || got.Posted[1].Board != "Greenhouse" {
		t.Fatalf("stored %q %+v", got.Status, got.Posted)
	}
	// LinkedIn again, today: the date moves, the URL stays.
	r = runCmd(t, cmdEnv{}, "--db", db, "posted", p.ID, "--board", "linkedin")
	want(t, r, 0, []string{"posted on LinkedIn " + time.Now().Format("2 Jan 2006") + ", Greenhouse 24 Nov 2026"}, nil)
	got = drafts(t, db)[p.ID]
	if len(got.Posted) != 2 || got.Posted[0].URL == "" {
		t.Fatalf("stored %+v", got.Posted)
	}
	// The list shows both.
	r = runCmd(t, cmdEnv{}, "--db", db, "list", "--json")
	want(t, r, 0, []string{`"board": "Greenhouse",`, `"on": "2026-11-24T`}, nil)
}

func TestPostedRefusesWrongValues(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	db := seedDB(t, p)
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{p.ID}, "posted needs --board"},
		{[]string{p.ID, "--board", "  "}, "posted needs --board"},
		{[]string{"--board", "LinkedIn"}, "posted takes one draft id"},
		{[]string{p.ID, "--board", "LinkedIn", "--url", "linkedin.com/jobs/1"}, "--url"},
		{[]string{p.ID, "--board", "LinkedIn", "--on", "31/01/2026"}, "--on"},
		{[]string{p.ID, "--board", "LinkedIn", "--on", "2999-01-01"}, "is in the future"},
		{[]string{p.ID, "--board", strings.Repeat("x", model.MaxShortLength+1)}, "--board is"},
	} {
		r := runCmd(t, cmdEnv{}, append([]string{"--db", db, "posted"}, tc.args...)...)
		want(t, r, 2, nil, []string{tc.says})
	}
	r := runCmd(t, cmdEnv{}, "--db", db, "posted", "nosuchdraft", "--board", "LinkedIn")
	want(t, r, 1, nil, nil)
	if got := drafts(t, db)[p.ID]; len(got.Posted) != 0 || got.Status == model.StatusPosted {
		t.Fatalf("a refused command recorded %+v", got.Posted)
	}
}
