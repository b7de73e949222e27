// Package trash is the trash page: the drafts deleted, most recent first;
// each can be restored, or deleted for good after one question (the one
// action in jobpost that loses work).
package trash

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
	"jobpost/ui/components/picker"
)

// purge is the one question this page asks.
type purge struct{ ID, Title string }

// Page is the trash.
type Page struct {
	common *common.Common
	id     common.PageID
	status common.Status
	keys   keyMap

	loaded  bool
	loadErr error
	items   []storage.TrashItem
	list    picker.Model
	ask     confirm.Model[purge]
	// restored is the last draft brought back, for the drafts page to
	// select when the trash closes.
	restored string

	width, height int
}

type keyMap struct{ Restore, Purge, Back key.Binding }

// New returns the trash page; it loads the trash in Init.
func New(c *common.Common) *Page {
	id := common.NewPageID()
	return &Page{
		common: c,
		id:     id,
		status: common.Status{Page: id},
		list:   picker.New(c, nil, nil),
		ask:    confirm.New[purge](c),
		keys: keyMap{
			Restore: key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", "restore")),
			Purge:   key.NewBinding(key.WithKeys("x", "P"), key.WithHelp("x", "delete for good")),
			// Short, so that it still fits beside the others at 80
			// columns: the drafts are where back goes, always.
			Back: common.WithHelp(c.Keys.Back, "esc", "back"),
		},
	}
}

// Answers to the page's own requests.
type (
	loadedMsg struct {
		common.To
		items []storage.TrashItem
		err   error
	}
	doneMsg struct {
		common.To
		text     string
		err      error
		restored string // the id brought back, if any
	}
)

func (p *Page) load() tea.Cmd {
	to, store := common.To{Page: p.id}, p.common.Store
	return func() tea.Msg {
		items, err := store.Trash()
		return loadedMsg{To: to, items: items, err: err}
	}
}

func (p *Page) restore(it picker.Item) tea.Cmd {
	to, store := common.To{Page: p.id}, p.common.Store
	return func() tea.Msg {
		if err := store.Restore(it.ID); err != nil {
			return doneMsg{To: to, err: err}
		}
		return doneMsg{To: to, text: "Restored from the trash: “" + it.Label + "”", restored: it.ID}
	}
}

func (p *Page) purge(it purge) tea.Cmd {
	to, store := common.To{Page: p.id}, p.common.Store
	return func() tea.Msg {
		if err := store.Purge(it.ID); err != nil {
			return doneMsg{To: to, err: err}
		}
		return doneMsg{To: to, text: "Deleted “" + it.Title + "” for good"}
	}
}

// ID implements common.Page.
func (p *Page) ID() common.PageID { return p.id }

// Title implements common.Page.
func (p *Page) Title() string { return "Trash" }

// Typing implements common.Page.
func (p *Page) Typing() bool { return p.list.Filtering() }

// Init implements common.Page.
func (p *Page) Init() tea.Cmd { return p.load() }

// SetSize implements common.Component.
func (p *Page) SetSize(width, height int) tea.Cmd {
	p.width, p.height = width, height
	p.ask.SetSize(width, height)
	return p.list.SetSize(width, max(height-strings.Count(p.header(), "\n")-2, 1))
}

// header is the line above the list: what it lists, or the question
// (which may take more lines at a narrow width).
func (p *Page) header() string {
	if p.ask.Open() {
		return p.ask.View()
	}
	// The keys are on the help line; said here too, they were said twice.
	return p.common.Styles.Subtle.Render(ansi.Truncate("Deleted drafts, the most recent first:", p.width, "…"))
}

// Update implements common.Page.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		p.loaded, p.loadErr = true, msg.err
		if msg.err != nil {
			return p, p.status.Failure("Could not read the trash: " + common.ErrorText(msg.err))
		}
		p.items = msg.items
		items := make([]picker.Item, len(msg.items))
		for i, it := range msg.items {
			items[i] = picker.Item{
				ID:    it.Summary.ID,
				Label: common.DisplayTitle(it.Summary.Title),
				// When, only: the header says what the time is of,
				// and beside a long title "deleted " cut off the "ago".
				Detail: common.TimeAgo(it.DeletedAt, p.common.Today()),
			}
		}
		current, _, _ := p.list.Current()
		p.list = picker.New(p.common, items, nil)
		p.list.SelectID(current.ID)
		return p, p.SetSize(p.width, p.height)
	case doneMsg:
		if msg.err != nil {
			return p, p.status.Failure("Could not change the trash: " + common.ErrorText(msg.err))
		}
		if msg.restored != "" {
			p.restored = msg.restored
		}
		return p, tea.Batch(p.status.Success(msg.text), p.load())
	case tea.KeyPressMsg:
		return p, p.key(msg)
	case tea.PasteMsg:
		var cmd tea.Cmd
		p.list, cmd, _ = p.list.Update(msg)
		return p, cmd
	}
	return p, nil
}

func (p *Page) key(msg tea.KeyPressMsg) tea.Cmd {
	if p.ask.Open() {
		var answer confirm.Answer
		p.ask, answer = p.ask.Update(msg)
		p.SetSize(p.width, p.height) // the question's lines are the list's again
		if answer == confirm.Yes {
			return p.purge(p.ask.Purpose())
		}
		return nil
	}
	next, cmd, used := p.list.Update(msg)
	p.list = next
	if used {
		return cmd
	}
	it, _, ok := p.list.Current()
	switch {
	case key.Matches(msg, p.keys.Back):
		var result tea.Msg
		if p.restored != "" {
			result = common.DraftClosedMsg{ID: p.restored}
		}
		return common.Back(p.id, result)
	case ok && key.Matches(msg, p.keys.Restore):
		return p.restore(it)
	case ok && key.Matches(msg, p.keys.Purge):
		p.ask.Ask(purge{ID: it.ID, Title: it.Label}, confirm.Question{
			Text: "Delete “" + it.Label + "” for good? Its saved versions go too.",
			Yes:  "delete it for good", No: "keep it", Danger: true,
		})
		return p.SetSize(p.width, p.height)
	}
	return nil
}

// View implements common.Page.
func (p *Page) View() string {
	s := p.common.Styles
	switch {
	case !p.loaded:
		return s.Subtle.Render("Loading the trash…")
	case p.loadErr != nil:
		return common.LoadError(s, "the trash", p.loadErr, p.width)
	case len(p.items) == 0:
		return s.Title.Render("The trash is empty.") + "\n\n" +
			s.Subtle.Render(strings.Join(common.Wrap("Drafts you delete wait here until you restore them or delete them for good.", p.width), "\n"))
	}
	return p.header() + "\n\n" + p.list.View()
}

// ShortHelp implements help.KeyMap: only the keys that do something now
// (nothing to restore in an empty trash), and always the way back, first
// among the list's keys so that it is never the one cut at 80 columns.
func (p *Page) ShortHelp() []key.Binding {
	switch {
	case p.ask.Open():
		return p.ask.ShortHelp()
	case p.list.Filtering():
		return p.list.ShortHelp()
	case !p.loaded || p.loadErr != nil || len(p.items) == 0:
		return []key.Binding{p.keys.Back}
	}
	var keys []key.Binding
	if _, _, ok := p.list.Current(); ok {
		keys = append(keys, p.keys.Restore, p.keys.Purge)
	}
	if p.list.Filtered() {
		return append(keys, p.list.ShortHelp()...) // esc clears it first
	}
	return append(keys, append([]key.Binding{p.keys.Back}, p.list.ShortHelp()...)...)
}

// FullHelp implements help.KeyMap.
func (p *Page) FullHelp() [][]key.Binding {
	help := [][]key.Binding{p.ShortHelp()}
	if p.ask.Open() || p.list.Filtering() || len(p.items) == 0 {
		return help
	}
	return append(help, p.list.FullHelp()...)
}
