package editor_test

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/editor"
)

// keeper hosts the editor as the root does for its history: what the
// editor leaves on esc (editor.HistoryMsg) is kept, by draft.
type keeper struct {
	*uitest.Host
	kept map[string]editor.History
}

func (k keeper) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if h, ok := msg.(editor.HistoryMsg); ok {
		k.kept[h.DraftID] = h.History
		return k, nil
	}
	_, cmd := k.Host.Update(msg)
	return k, cmd
}

// tailored is a senior backend posting with the catalog's defaults, one
// duty removed, one duty and one skill of the writer's own, and a title
// of the writer's that names the level.
func tailored(t *testing.T, c *common.Common) (model.Posting, string) {
	t.Helper()
	p := model.New(uitest.FixedNow)
	p.Title, p.Role, p.Seniority = "Senior Backend Engineer (Payments)", "backend", "senior"
	c.Catalog.ApplyDefaults(&p, "", "")
	p.Title = "Senior Backend Engineer (Payments)"
	removed := p.Responsibilities[0]
	p.Responsibilities = append(slices.Clone(p.Responsibilities[1:]), "Keep the ledger honest")
	p.Skills.Required = append(p.Skills.Required, "Double-entry bookkeeping")
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	return p, removed
}

// toLead moves the posting from senior to lead in the role & level form
// and accepts the refresh and the new title.
func toLead(t *testing.T, d *uitest.Driver) {
	t.Helper()
	d.CursorTo("Role & level")
	d.Keys("enter", "tab", "right", "enter")
	d.WantScreen("Bring in the catalog's defaults for Staff / Lead")
	d.Keys("y")
	d.WantScreen("The title “Senior Backend Engineer (Payments)” still", "says Senior. Make it “Lead Backend Engineer (Payments)”?")
	d.Keys("y")
}

// The refresh merges: the lead defaults come in, the senior ones the
// lead level lacks go, the writer's lines stay and what they removed
// stays out; u takes back the title, then the lists.
func TestRefreshMergesAndUndoes(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p, removed := tailored(t, c)
	host := uitest.NewHost(editor.New(c, p.ID))
	d := uitest.NewDriver(t, host, 140, 40)
	toLead(t, d)
	got := host.Page.(*editor.Page).Posting()
	lead, senior := c.Catalog.DefaultsFor("backend", "lead"), c.Catalog.DefaultsFor("backend", "senior")
	if got.Title != "Lead Backend Engineer (Payments)" || got.Seniority != "lead" {
		t.Fatalf("title %q at %q", got.Title, got.Seniority)
	}
	if !slices.Contains(got.Responsibilities, "Keep the ledger honest") || !slices.Contains(got.Skills.Required, "Double-entry bookkeeping") {
		t.Fatalf("the writer's lines are gone: %q %q", got.Responsibilities, got.Skills.Required)
	}
	if slices.Contains(got.Responsibilities, removed) {
		t.Fatalf("the removed duty %q came back", removed)
	}
	for _, r := range lead.Responsibilities {
		if r != removed && !slices.Contains(got.Responsibilities, r) {
			t.Fatalf("lead duty %q did not come in: %q", r, got.Responsibilities)
		}
	}
	for _, r := range senior.Responsibilities {
		if !slices.Contains(lead.Responsibilities, r) && slices.Contains(got.Responsibilities, r) {
			t.Fatalf("senior duty %q stayed", r)
		}
	}
	d.Keys("u")
	if got := host.Page.(*editor.Page).Posting(); got.Title != p.Title || slices.Equal(got.Responsibilities, p.Responsibilities) {
		t.Fatalf("u took back %q / %q", got.Title, got.Responsibilities)
	}
	d.Keys("u")
	if got := host.Page.(*editor.Page).Posting(); !slices.Equal(got.Responsibilities, p.Responsibilities) || !slices.Equal(got.Skills.Required, p.Skills.Required) {
		t.Fatalf("u did not bring the lists back: %q", got.Responsibilities)
	}
}

// u undoes the refresh after esc and enter again: the editor left its
// history for the root, and the next editor on the draft takes it on.
func TestRefreshUndoneAfterReopening(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p, _ := tailored(t, c)
	k := keeper{Host: uitest.NewHost(editor.New(c, p.ID)), kept: map[string]editor.History{}}
	d := uitest.NewDriver(t, k, 140, 40)
	toLead(t, d)
	d.Keys("esc")
	if _, ok := k.LastAsked().(common.BackMsg); !ok {
		t.Fatalf("esc asked %#v", k.LastAsked())
	}
	kept, ok := k.kept[p.ID]
	if !ok || kept.Empty() {
		t.Fatal("the editor left no history")
	}

	again := uitest.NewHost(editor.Reopen(c, p.ID, kept))
	d = uitest.NewDriver(t, again, 140, 40)
	d.WantScreen("Lead Backend Engineer (Payments)")
	d.Keys("u", "u") // the title, the refresh
	got := again.Page.(*editor.Page).Posting()
	if got.Title != p.Title || got.Seniority != "lead" || !slices.Equal(got.Responsibilities, p.Responsibilities) {
		t.Fatalf("after reopening, u u gave %q at %q with %q", got.Title, got.Seniority, got.Responsibilities)
	}
	d.Keys("u") // the level
	if got = again.Page.(*editor.Page).Posting(); got.Seniority != "senior" {
		t.Fatalf("after reopening, u u u gave %q at %q with %q", got.Title, got.Seniority, got.Responsibilities)
	}
	// And it is saved so.
	if cmd := again.Page.(*editor.Page).SaveNow(); cmd != nil {
		d.Run(cmd)
	}
	stored, err := c.Store.Get(p.ID)
	if err != nil || stored.Seniority != "senior" || stored.Title != p.Title {
		t.Fatalf("stored %q at %q (%v)", stored.Title, stored.Seniority, err)
	}

	// A fresh editor (another session) has nothing to undo.
	fresh := uitest.NewHost(editor.New(c, p.ID))
	d = uitest.NewDriver(t, fresh, 140, 40)
	d.Keys("u")
	if got := fresh.Page.(*editor.Page).Posting(); got.Seniority != "senior" {
		t.Fatalf("a fresh editor undid something: %q", got.Seniority)
	}
}
