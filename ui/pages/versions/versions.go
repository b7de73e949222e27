// Package versions is the page of a draft's saved versions, newest first,
// with the one under the cursor rendered below; any of them can be
// restored.
package versions

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/components/picker"
	"jobpost/ui/components/preview"
)

// Page is the versions of one draft.
type Page struct {
	common    *common.Common
	id        common.PageID
	status    common.Status
	keys      keyMap
	draft     string // the draft's id
	title     string
	loaded    bool
	loadErr   error
	revisions []storage.Revision
	list      picker.Model
	preview   preview.Pane
	shown     int // index of the revision in the preview

	width, height int
}

type keyMap struct{ Restore, Back key.Binding }

// New returns the versions page of draft id, called title; it loads the
// versions in Init.
func New(c *common.Common, id, title string) *Page {
	pid := common.NewPageID()
	return &Page{
		common:  c,
		id:      pid,
		status:  common.Status{Page: pid},
		draft:   id,
		title:   title,
		list:    picker.New(c, nil, nil),
		preview: preview.New(c, pid),
		shown:   -1,
		keys: keyMap{
			Restore: key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", "restore")),
			// Short, so that it still fits beside the others at 80
			// columns.
			Back: common.WithHelp(c.Keys.Back, "esc", "back"),
		},
	}
}

// Answers to the page's own requests.
type (
	loadedMsg struct {
		common.To
		revisions []storage.Revision
		about     []string // what tells each revision apart (describe)
		err       error
	}
	restoredMsg struct {
		common.To
		title, text string
		err         error
	}
)

func (p *Page) load() tea.Cmd {
	to, store, id := common.To{Page: p.id}, p.common.Store, p.draft
	return func() tea.Msg {
		revs, err := store.Revisions(id)
		return loadedMsg{To: to, revisions: revs, about: describe(revs), err: err}
	}
}

// restore makes revision rev the draft's text again. Where the posting
// stands (posted on LinkedIn, say) is today's fact and stays.
func (p *Page) restore(rev storage.Revision) tea.Cmd {
	to, store, id, now := common.To{Page: p.id}, p.common.Store, p.draft, p.common.Today()
	when := rev.SavedAt.Local().Format("2 Jan 15:04")
	return func() tea.Msg {
		saved, err := common.ChangeDraft(store, id, now, func(d *model.Posting) {
			keep := *d
			*d = rev.Posting
			d.ID, d.CreatedAt, d.Status, d.Posted = keep.ID, keep.CreatedAt, keep.Status, keep.Posted
		})
		if err != nil {
			return restoredMsg{To: to, err: err}
		}
		return restoredMsg{To: to, title: saved.Title, text: "Restored the version saved " + when}
	}
}

// ID implements common.Page.
func (p *Page) ID() common.PageID { return p.id }

// Title implements common.Page.
func (p *Page) Title() string { return "Versions of " + p.title }

// Typing implements common.Page.
func (p *Page) Typing() bool { return p.list.Filtering() }

// Init implements common.Page.
func (p *Page) Init() tea.Cmd { return p.load() }

// listHeight is the rows the versions list gets (the filter line is one
// of them); the preview has the rest, below a rule.
func (p *Page) listHeight() int { return min(max(p.height*2/5, 4), len(p.revisions)+1) }

// SetSize implements common.Component.
func (p *Page) SetSize(width, height int) tea.Cmd {
	p.width, p.height = width, height
	p.list.SetSize(width, p.listHeight())
	return p.preview.SetSize(width, max(height-p.listHeight()-1, 1))
}

// Update implements common.Page.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		p.loaded, p.loadErr = true, msg.err
		if msg.err != nil {
			return p, p.status.Failure("Could not read the versions: " + common.ErrorText(msg.err))
		}
		p.revisions = msg.revisions
		items := make([]picker.Item, len(msg.revisions))
		for i, rev := range msg.revisions {
			// The time to the second and what changed tell versions
			// apart; the title is found by the filter, and shown below.
			label := rev.SavedAt.Local().Format("2 Jan 15:04:05")
			by := model.CleanLine(rev.SavedBy) // set in a team library only
			if by != "" {
				label += " by " + by
			}
			if i == 0 {
				label += " (current)"
			}
			items[i] = picker.Item{ID: fmt.Sprint(rev.Seq), Label: label, Detail: msg.about[i],
				Search: common.DisplayTitle(rev.Posting.Title) + " " + common.TimeAgo(rev.SavedAt, p.common.Today()) + " " + by}
		}
		p.list = picker.New(p.common, items, nil)
		return p, tea.Batch(p.SetSize(p.width, p.height), p.showCurrent())
	case restoredMsg:
		if msg.err != nil {
			return p, p.status.Failure("Could not restore the version: " + common.ErrorText(msg.err))
		}
		return p, common.Back(p.id, common.DraftClosedMsg{ID: p.draft, Title: msg.title, Note: msg.text})
	case tea.KeyPressMsg:
		return p, p.key(msg)
	case tea.PasteMsg:
		var cmd tea.Cmd
		p.list, cmd, _ = p.list.Update(msg)
		return p, tea.Batch(cmd, p.showCurrent())
	}
	// The preview's own answers (renders, debounce timers).
	var cmd tea.Cmd
	p.preview, cmd = p.preview.Update(msg)
	return p, cmd
}

func (p *Page) key(msg tea.KeyPressMsg) tea.Cmd {
	if p.list.Filtering() {
		// Every key is the filter's: r must type an r, not restore.
		var cmd tea.Cmd
		p.list, cmd, _ = p.list.Update(msg)
		return tea.Batch(cmd, p.showCurrent())
	}
	// The list first: esc clears a kept filter before it goes back.
	next, cmd, used := p.list.Update(msg)
	p.list = next
	if used {
		return tea.Batch(cmd, p.showCurrent())
	}
	switch {
	case key.Matches(msg, p.keys.Back):
		return common.Back(p.id, nil)
	case key.Matches(msg, p.keys.Restore):
		_, i, ok := p.list.Current()
		switch {
		case !ok:
			return nil
		case i == 0:
			return p.status.Info("That is the current version already.")
		}
		return p.restore(p.revisions[i])
	}
	p.preview, cmd = p.preview.Update(msg)
	return cmd
}

// showCurrent renders the version under the cursor.
func (p *Page) showCurrent() tea.Cmd {
	_, i, ok := p.list.Current()
	if !ok || i == p.shown {
		return nil
	}
	p.shown = i
	p.preview.GotoTop()
	return p.preview.SetMarkdown(p.revisions[i].Posting.Markdown(), true)
}

// View implements common.Page.
func (p *Page) View() string {
	s := p.common.Styles
	switch {
	case !p.loaded:
		return s.Subtle.Render("Loading versions…")
	case p.loadErr != nil:
		return common.LoadError(s, "the versions", p.loadErr, p.width)
	case len(p.revisions) == 0:
		return s.Subtle.Render("No saved versions of this draft yet.")
	}
	return p.list.View() + "\n" + s.Faint.Render("────") + "\n" + p.preview.View()
}

// ShortHelp implements help.KeyMap: the keys that do something now
// (restore only off the current version), and always the way back.
func (p *Page) ShortHelp() []key.Binding {
	switch {
	case p.list.Filtering():
		return p.list.ShortHelp()
	case !p.loaded || p.loadErr != nil || len(p.revisions) == 0:
		return []key.Binding{p.keys.Back}
	}
	var keys []key.Binding
	if _, i, ok := p.list.Current(); ok && i > 0 {
		keys = append(keys, p.keys.Restore)
	}
	if p.list.Filtered() {
		return append(keys, p.list.ShortHelp()...) // esc clears it first
	}
	return append(keys, append([]key.Binding{p.keys.Back}, p.list.ShortHelp()...)...)
}

// FullHelp implements help.KeyMap.
func (p *Page) FullHelp() [][]key.Binding {
	help := [][]key.Binding{p.ShortHelp()}
	if p.list.Filtering() || len(p.revisions) == 0 {
		return help
	}
	return append(help, p.list.FullHelp()...)
}
