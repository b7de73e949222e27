// Package editor is the page where a saved draft is changed, section by
// section, beside its preview (the postingeditor component is the shell).
package editor

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/components/postingeditor"
)

// Page edits one draft. It loads the draft in Init; esc saves and goes
// back with common.DraftClosedMsg, p saves and opens the publish page
// (this page stays underneath, undo history and all).
type Page struct {
	c       *common.Common
	id      common.PageID
	draftID string
	// kept is the undo history an earlier editor on this draft left in
	// this session, taken on once the draft is loaded.
	kept postingeditor.History
	// held is who holds the draft when another session does (then it is
	// read-only here, hold.go); nil when this page holds it.
	held *storage.HeldError
	// counter is the store's change counter as last seen while read-only.
	counter uint64
	status  common.Status
	// Shell is the posting editor: view, size, keys, help and saving are its.
	postingeditor.Shell
}

// loadedMsg carries the draft read from storage, and the change counter
// read just before it.
type loadedMsg struct {
	common.To
	counter uint64
	posting model.Posting
	err     error
}

// History is a draft's undo and redo, kept by the root between visits.
//
// Why the root: u must undo a refresh for as long as the draft is open in
// the session, also after esc and enter again, but a closed page is gone
// (and a late message to it dies with it). Keeping closed editors alive
// would keep their postings too, stale once another page changes the
// draft; so the editor leaves only its history, as a value in a
// HistoryMsg, the root keeps one per draft for the session, and hands it
// to the next editor on that draft (Reopen), which loads the draft fresh.
type History = postingeditor.History

// HistoryMsg is what an editor leaves for the root as it closes: the
// draft's undo and redo so far. A plain value, no page in it.
type HistoryMsg struct {
	DraftID string
	History History
}

// New returns the editor on the draft with id draftID.
func New(c *common.Common, draftID string) *Page {
	id := common.NewPageID()
	return &Page{c: c, id: id, draftID: draftID, status: common.Status{Page: id}, Shell: postingeditor.New(c, id, false)}
}

// Reopen returns the editor on a draft opened before in this session,
// with the undo history the last editor on it left.
func Reopen(c *common.Common, draftID string, kept History) *Page {
	p := New(c, draftID)
	p.kept = kept
	return p
}

// ID implements common.Page.
func (p *Page) ID() common.PageID { return p.id }

// Init takes the edit hold on the draft (hold.go) and reads it.
func (p *Page) Init() tea.Cmd {
	p.hold()
	store, to, id := p.c.Store, common.To{Page: p.id}, p.draftID
	return func() tea.Msg {
		n, _ := store.ChangeCounter()
		posting, err := store.Get(id)
		return loadedMsg{To: to, counter: n, posting: posting, err: err}
	}
}

// Update implements common.Page.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			p.Shell.ShowFailure("Could not open the draft: " + common.ErrorText(msg.err))
			return p, nil
		}
		cmd := p.Shell.ShowDraft(msg.posting)
		p.Shell.AdoptHistory(p.kept)
		if p.held != nil {
			p.counter = msg.counter
			reason := readOnlyReason(p.held)
			p.Shell.SetReadOnly(reason)
			return p, tea.Batch(cmd, p.status.Info(reason), p.watchHold())
		}
		return p, cmd
	case holdDueMsg:
		return p, p.holdDue()
	case storedMsg:
		return p, p.stored(msg)
	case common.ResumedMsg:
		// Publishing saved what it changed; take only that, so the next
		// autosave cannot undo it.
		if pub, ok := msg.Result.(common.PublishedMsg); ok && pub.ID == p.draftID {
			p.Shell.AdoptPublished(pub.Status, pub.Posted)
		}
		return p, nil
	}
	var cmd tea.Cmd
	var req postingeditor.Request
	p.Shell, cmd, req = p.Shell.Update(msg)
	switch req {
	case postingeditor.Leave:
		closed := common.DraftClosedMsg{ID: p.draftID, Title: p.Shell.Posting().Title}
		if p.Shell.SavedFirst() {
			closed.Note = "Saved “" + common.DisplayTitle(closed.Title) + "”"
		}
		if !p.Shell.Ready() {
			return p, tea.Batch(cmd, common.Back(p.id, nil))
		}
		kept := common.Send(HistoryMsg{DraftID: p.draftID, History: p.Shell.History()})
		return p, tea.Batch(cmd, kept, common.Back(p.id, closed))
	case postingeditor.Publish:
		return p, tea.Batch(cmd, common.Send(common.OpenPublishMsg{ID: p.draftID}))
	}
	return p, cmd
}

// Title implements common.Page.
func (p *Page) Title() string {
	if !p.Shell.Ready() {
		return "Opening a draft"
	}
	doing := "Editing: "
	if p.held != nil {
		doing = "Read-only: "
	}
	if t := model.CleanLine(p.Shell.Posting().Title); t != "" {
		return doing + t
	}
	return doing + "untitled posting"
}

var (
	_ common.Page   = (*Page)(nil)
	_ common.Keeper = (*Page)(nil)
	_ common.Closer = (*Page)(nil)
)
