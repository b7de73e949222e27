package postingeditor_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/postingeditor"
	"jobpost/ui/internal/uitest"
)

// host runs the shell the way a page does, keeping what it requests.
type host struct {
	e        postingeditor.Shell
	requests []postingeditor.Request
	status   string
	load     func(*postingeditor.Shell) tea.Cmd
}

func (h *host) Init() tea.Cmd { return h.load(&h.e) }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return h, h.e.SetSize(msg.Width, msg.Height)
	case common.StatusMsg:
		h.status = msg.Text
		return h, nil
	}
	var cmd tea.Cmd
	var req postingeditor.Request
	h.e, cmd, req = h.e.Update(msg)
	if req != postingeditor.NoRequest {
		h.requests = append(h.requests, req)
	}
	return h, cmd
}

func (h *host) View() tea.View { return tea.NewView(h.e.View()) }

func draftHost(t *testing.T, w, ht int) (*uitest.Driver, *host, model.Posting) {
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	h := &host{e: postingeditor.New(c, common.NewPageID(), false), load: func(e *postingeditor.Shell) tea.Cmd { return e.ShowDraft(p) }}
	return uitest.NewDriver(t, h, w, ht), h, p
}

func TestShellGolden(t *testing.T) {
	d, _, _ := draftHost(t, 80, 24)
	uitest.Golden(t, d.Frame())
}

func TestShellProfileGolden(t *testing.T) {
	c := uitest.NewCommon(t, common.Light)
	h := &host{e: postingeditor.New(c, common.NewPageID(), true), load: func(e *postingeditor.Shell) tea.Cmd {
		return e.ShowProfile(model.CompanyProfile{Company: model.Company{Name: "Acme Logistics"}, Currency: "EUR"})
	}}
	d := uitest.NewDriver(t, h, 80, 24)
	uitest.Golden(t, d.Frame())
}

func TestShellOpeningAndFailure(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	h := &host{e: postingeditor.New(c, common.NewPageID(), false), load: func(*postingeditor.Shell) tea.Cmd { return nil }}
	d := uitest.NewDriver(t, h, 80, 24)
	d.WantScreen("Opening…")
	h.e.ShowFailure("Could not open the draft: gone")
	d.WantScreen("Could not open the draft: gone", "esc goes back")
	d.Keys("esc")
	if len(h.requests) != 1 || h.requests[0] != postingeditor.Leave {
		t.Fatalf("requests %v", h.requests)
	}
}

// Every edit goes through one commit: undone and redone as one step per
// visit, saved, and leaving waits for the save.
func TestShellCommitUndoAndLeave(t *testing.T) {
	d, h, p := draftHost(t, 80, 24)
	d.Keys("enter", "!", "?", "enter")
	if got := h.e.Posting().Title; got != p.Title+"!?" {
		t.Fatalf("title %q", got)
	}
	d.Keys("u")
	if got := h.e.Posting().Title; got != p.Title || h.status != "Undone" {
		t.Fatalf("after undo %q, %q", got, h.status)
	}
	d.Keys("U", "esc")
	if len(h.requests) != 1 || h.requests[0] != postingeditor.Leave || h.e.Unsaved() {
		t.Fatalf("requests %v, unsaved %v", h.requests, h.e.Unsaved())
	}
}
