package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
)

// draftItem is one posting in the drafts list. The filter text is built
// once, not on every keystroke.
type draftItem struct {
	summary model.Summary
	filter  string
}

func (d draftItem) FilterValue() string { return d.filter }

func newDraftItem(s model.Summary) draftItem {
	filter := strings.Join(append([]string{s.Title, s.Role, s.Location}, s.Skills...), " ")
	return draftItem{summary: s, filter: filter}
}

// DraftList is the home screen: every saved posting, newest first.
type DraftList struct {
	common  *Common
	list    list.Model
	keys    draftListKeys
	loaded  bool
	loadErr error
	width   int
	height  int
}

type draftListKeys struct {
	New, Open key.Binding
}

// NewDraftList returns the drafts screen; the drafts arrive in a message.
func NewDraftList(c *Common) *DraftList {
	l := list.New(nil, draftDelegate{common: c}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowHelp(false)
	l.SetShowStatusBar(true)
	l.SetStatusBarItemName("posting", "postings")
	l.DisableQuitKeybindings()
	// With thousands of drafts the dots paginator builds a dot per page on
	// every frame; page numbers cost nothing.
	l.Paginator.Type = paginator.Arabic
	l.Styles = list.DefaultStyles(c.Styles.Theme != Light)
	return &DraftList{
		common: c,
		list:   l,
		keys: draftListKeys{
			New:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new posting")),
			Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		},
	}
}

// Name implements Screen.
func (d *DraftList) Name() string { return "Drafts" }

// Typing implements Screen.
func (d *DraftList) Typing() bool { return d.list.FilterState() == list.Filtering }

// Flush implements Screen: the list has nothing of its own to save.
func (d *DraftList) Flush() tea.Cmd { return nil }

// SetSize implements Screen.
func (d *DraftList) SetSize(width, height int) tea.Cmd {
	d.width, d.height = width, height
	d.list.SetSize(width, height)
	return nil
}

// Update implements Screen.
func (d *DraftList) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case draftsLoadedMsg:
		d.loaded, d.loadErr = true, msg.err
		if msg.err != nil {
			return d, failure("Could not read the drafts: " + msg.err.Error())
		}
		items := make([]list.Item, len(msg.summaries))
		for i, s := range msg.summaries {
			items[i] = newDraftItem(s)
		}
		return d, d.list.SetItems(items)
	case tea.KeyPressMsg:
		if d.list.FilterState() == list.Filtering {
			break
		}
		switch {
		case key.Matches(msg, d.keys.New):
			return d, send(newPostingMsg{})
		case key.Matches(msg, d.keys.Open):
			if it, ok := d.list.SelectedItem().(draftItem); ok {
				return d, send(openDraftMsg{id: it.summary.ID})
			}
			return d, nil
		}
	}
	var cmd tea.Cmd
	d.list, cmd = d.list.Update(msg)
	return d, cmd
}

// View implements Screen.
func (d *DraftList) View() string {
	s := d.common.Styles
	switch {
	case !d.loaded:
		return s.Subtle.Render("Loading drafts…")
	case d.loadErr != nil:
		return s.Error.Render("Could not read the drafts.") + "\n" + s.Subtle.Render(ansi.Wordwrap(d.loadErr.Error(), d.width, ""))
	case len(d.list.Items()) == 0:
		return s.Title.Render("No postings yet.") + "\n\n" +
			ansi.Wordwrap("Press n to start one: pick a role, a seniority, the skills and the responsibilities, and jobpost writes the posting for you to review. Every draft is saved as you go.", d.width, "")
	}
	return d.list.View()
}

// ShortHelp implements help.KeyMap.
func (d *DraftList) ShortHelp() []key.Binding {
	if d.Typing() {
		return []key.Binding{d.list.KeyMap.AcceptWhileFiltering, d.list.KeyMap.CancelWhileFiltering}
	}
	return []key.Binding{d.keys.New, d.keys.Open, d.list.KeyMap.Filter}
}

// FullHelp implements help.KeyMap.
func (d *DraftList) FullHelp() [][]key.Binding {
	km := d.list.KeyMap
	return [][]key.Binding{
		{d.keys.New, d.keys.Open, km.Filter, km.ClearFilter},
		{km.CursorUp, km.CursorDown, km.PrevPage, km.NextPage, km.GoToStart, km.GoToEnd},
	}
}

// draftDelegate draws a posting as two lines: its title, then seniority,
// location, status and when it last changed.
type draftDelegate struct{ common *Common }

func (draftDelegate) Height() int                         { return 2 }
func (draftDelegate) Spacing() int                        { return 1 }
func (draftDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }
func (dd draftDelegate) Render(w io.Writer, m list.Model, index int, it list.Item) {
	d, ok := it.(draftItem)
	if !ok {
		return
	}
	s := dd.common.Styles
	width := m.Width()
	title := d.summary.Title
	if title == "" {
		title = "Untitled posting"
	}
	details := []string{}
	if l, ok := dd.common.Catalog.Level(d.summary.Seniority); ok {
		details = append(details, l.Name)
	}
	if d.summary.Location != "" {
		details = append(details, d.summary.Location)
	}
	details = append(details, string(d.summary.Status), timeAgo(d.summary.UpdatedAt, dd.common.Now()))
	line2 := ansi.Truncate(strings.Join(details, " · "), max(width-4, 1), "…")
	line1 := ansi.Truncate(title, max(width-4, 1), "…")
	if index == m.Index() {
		fmt.Fprintf(w, "%s%s\n  %s", s.Cursor.Render("▸ "), s.Selected.Render(line1), s.Subtle.Render(line2))
		return
	}
	fmt.Fprintf(w, "  %s\n  %s", line1, s.Faint.Render(line2))
}
