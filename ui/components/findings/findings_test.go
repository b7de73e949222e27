package findings_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model/check"
	"jobpost/ui/common"
	"jobpost/ui/components/findings"
	"jobpost/ui/internal/uitest"
)

type host struct{ m findings.Model }

func (h *host) Init() tea.Cmd { return nil }
func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		return h, h.m.SetSize(ws.Width, ws.Height)
	}
	var cmd tea.Cmd
	h.m, cmd = h.m.Update(msg)
	return h, cmd
}
func (h *host) View() tea.View { return tea.NewView(h.m.View()) }

var sample = []check.Finding{
	{Rule: "pay/US-CO", Severity: check.Error, Section: "pay", Message: "Colorado asks for a pay range; the posting states none.", Suggestion: "Fill in the Pay section.", Source: "Colorado EPEWA"},
	{Rule: "wording/silly-title", Severity: check.Warning, Section: "summary", Message: "Silly titles in the summary: “rockstar”.", Suggestion: "“rockstar” → engineer.", Source: "Joblint"},
	{Rule: "quality/length", Severity: check.Info, Section: "summary", Message: "The posting is 32 words long.", Suggestion: "Say more.", Source: "Textio"},
}

func TestFindingsListGolden(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	h := &host{m: findings.New(c)}
	h.m.Set(sample)
	d := uitest.NewDriver(t, h, 60, 12)
	d.Keys("down")
	if f, _ := h.m.Selected(); f.Rule != "wording/silly-title" {
		t.Fatalf("selected %q", f.Rule)
	}
	d.WantScreen("▸ ! Silly titles", "→ “rockstar” → engineer.", "Source: Joblint")
	uitest.Golden(t, d.Frame())
	// A new list keeps the cursor on the same finding.
	h.m.Set(sample[1:])
	if f, _ := h.m.Selected(); f.Rule != "wording/silly-title" {
		t.Fatalf("after Set, selected %q", f.Rule)
	}
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		fs   []check.Finding
		want string
	}{
		{nil, "no problems"},
		{sample, "2 problems · 1 suggestion"},
		{sample[:1], "1 problem"},
		{append(sample, sample[2]), "2 problems · 2 suggestions"},
	} {
		if got := findings.Counts(tc.fs); got != tc.want {
			t.Errorf("Counts = %q, want %q", got, tc.want)
		}
	}
}
