package uitest

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
)

// Host runs one page as a program of its own, the way the root would,
// without the rest of the app: it sizes the page, delivers every message
// to it, keeps its status line, and records (rather than acts on)
// navigation, so a page test can see "the page asked to open draft X".
type Host struct {
	Page common.Page
	// Status is the latest status message the page sent.
	Status common.StatusMsg
	// Asked are the navigation messages the page sent, oldest first.
	Asked []tea.Msg
}

// NewHost hosts p.
func NewHost(p common.Page) *Host { return &Host{Page: p} }

// Init starts the page.
func (h *Host) Init() tea.Cmd { return h.Page.Init() }

// Update delivers msg to the page, keeping status and navigation aside.
func (h *Host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return h, h.Page.SetSize(msg.Width, msg.Height)
	case common.StatusMsg:
		if msg.Page == h.Page.ID() {
			h.Status = msg
		}
		return h, nil
	case common.BackMsg, common.NewPostingMsg, common.OpenDraftMsg, common.OpenPublishMsg,
		common.OpenTrashMsg, common.OpenVersionsMsg, common.OpenProfileMsg, common.ExportedToMsg:
		h.Asked = append(h.Asked, msg)
		return h, nil
	case common.Addressed:
		if msg.Addressee() != h.Page.ID() {
			return h, nil
		}
	}
	var cmd tea.Cmd
	h.Page, cmd = h.Page.Update(msg)
	return h, cmd
}

// View draws the page.
func (h *Host) View() tea.View { return tea.NewView(h.Page.View()) }

// LastAsked is the newest navigation message, or nil.
func (h *Host) LastAsked() tea.Msg {
	if len(h.Asked) == 0 {
		return nil
	}
	return h.Asked[len(h.Asked)-1]
}
