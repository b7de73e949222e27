package ui

import (
	"fmt"
	"io"
	"slices"
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
	// Lower-cased once here so that draftFilter compares bytes.
	filter := strings.ToLower(strings.Join(append([]string{s.Title, s.Role, s.Location}, s.Skills...), " "))
	return draftItem{summary: s, filter: filter}
}

// draftListMode is what the drafts screen's keys do at the moment.
type draftListMode int

const (
	browsing  draftListMode = iota
	prompting               // renaming, or saying where it was posted
	choosingStatus
)

// DraftList is the home screen: every saved posting, newest first, with
// the keys to start, open, copy, rename, delete and track them.
type DraftList struct {
	common    *Common
	list      list.Model
	keys      draftListKeys
	loaded    bool
	loadErr   error
	summaries []model.Summary
	byTitle   bool   // sort by title instead of last change
	selectID  string // put the cursor here after the next load

	mode   draftListMode
	prompt Prompt
	target model.Summary // the draft being renamed or given a status
	// pendingSelect is the draft to put the cursor on once a refilter
	// lands.
	pendingSelect string

	width, height int
}

type draftListKeys struct {
	New, Open, Publish, Profile, Duplicate, Rename, Delete, Undo, Trash, Status, Sort, History, Cancel key.Binding
	Draft, Ready, Posted                                                                               key.Binding
}

func newDraftListKeys() draftListKeys {
	return draftListKeys{
		New:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Publish:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "publish: copy, export")),
		Profile:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "company profile")),
		Duplicate: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "duplicate")),
		Rename:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rename")),
		Delete:    key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "delete")),
		Undo:      key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo delete")),
		Trash:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "trash")),
		Status:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "set status")),
		Sort:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sort by title/last change")),
		History:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "versions")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Draft:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "draft")),
		Ready:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "ready")),
		Posted:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "posted")),
	}
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
	l.FilterInput.CharLimit = 100
	l.Filter = draftFilter
	l.FilterInput.SetStyles(inputStyles(c.Styles.Theme != Light))
	return &DraftList{common: c, list: l, keys: newDraftListKeys(), prompt: NewPrompt(&c.Styles, model.MaxTitleLength)}
}

// Name implements Screen.
func (d *DraftList) Name() string { return "Drafts" }

// Typing implements Screen.
func (d *DraftList) Typing() bool {
	return d.list.FilterState() == list.Filtering || d.mode == prompting
}

// Flush implements Screen: every change here is saved as it is made.
func (d *DraftList) Flush() tea.Cmd { return nil }

// SetSize implements Screen.
func (d *DraftList) SetSize(width, height int) tea.Cmd {
	d.width, d.height = width, height
	d.prompt.SetWidth(width)
	d.list.SetSize(width, max(height-d.promptHeight(), 1))
	return nil
}

// promptHeight is the lines a rename or status prompt takes below the list.
func (d *DraftList) promptHeight() int {
	if d.mode == browsing {
		return 0
	}
	return 2
}

func (d *DraftList) setMode(m draftListMode) {
	d.mode = m
	d.SetSize(d.width, d.height)
}

// Update implements Screen.
func (d *DraftList) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case draftsLoadedMsg:
		d.loaded, d.loadErr = true, msg.err
		if msg.err != nil {
			return d, failure("Could not read the drafts: " + msg.err.Error())
		}
		d.summaries = msg.summaries
		return d, d.refill()
	case draftOpMsg:
		if msg.err != nil {
			return d, failure(msg.err.Error())
		}
		if msg.deleted != "" {
			d.common.trashed = append(d.common.trashed, msg.deleted)
		}
		d.selectID = msg.selectID
		return d, tea.Batch(success(msg.text), loadDrafts(d.common.Store))
	case tea.PasteMsg:
		if d.mode == prompting {
			return d, d.updatePrompt(msg)
		}
	case tea.KeyPressMsg:
		switch d.mode {
		case prompting:
			return d, d.updatePrompt(msg)
		case choosingStatus:
			return d, d.updateStatus(msg)
		}
		if d.list.FilterState() != list.Filtering {
			if cmd, ok := d.updateBrowsing(msg); ok {
				return d, cmd
			}
		}
	}
	before, wasFiltered := d.selectedID(), d.list.FilterState() != list.Unfiltered
	var cmd tea.Cmd
	d.list, cmd = d.list.Update(msg)
	if _, refiltered := msg.(list.FilterMatchesMsg); refiltered && d.pendingSelect != "" {
		d.selectByID(d.pendingSelect)
		d.pendingSelect = ""
	}
	switch n := len(d.list.VisibleItems()); {
	case wasFiltered && d.list.FilterState() == list.Unfiltered:
		d.selectByID(before) // clearing the filter keeps the draft, not the row number
	case n > 0 && d.list.Index() >= n:
		// A refilter after a delete can leave the cursor past the end.
		d.list.Select(n - 1)
	}
	return d, cmd
}

func (d *DraftList) selectedID() string {
	if it, ok := d.list.SelectedItem().(draftItem); ok {
		return it.summary.ID
	}
	return ""
}

func (d *DraftList) selectByID(id string) {
	for i, it := range d.list.VisibleItems() {
		if di, ok := it.(draftItem); ok && di.summary.ID == id {
			d.list.Select(i)
			return
		}
	}
}

// updateBrowsing handles the screen's own keys; ok is false for keys the
// list itself should have.
func (d *DraftList) updateBrowsing(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := d.keys
	if key.Matches(msg, k.New) {
		return send(newPostingMsg{}), true
	}
	if key.Matches(msg, k.Trash) {
		return send(openTrashMsg{}), true
	}
	if key.Matches(msg, k.Profile) {
		return send(openProfileMsg{}), true
	}
	if key.Matches(msg, k.Undo) {
		trashed := d.common.trashed
		if len(trashed) == 0 {
			return info("Nothing to undo."), true
		}
		id := trashed[len(trashed)-1]
		d.common.trashed = trashed[:len(trashed)-1]
		return restoreDraft(d.common.Store, id), true
	}
	if key.Matches(msg, k.Sort) {
		d.byTitle = !d.byTitle
		order := "last change"
		if d.byTitle {
			order = "title"
		}
		if it, ok := d.list.SelectedItem().(draftItem); ok {
			d.selectID = it.summary.ID
		}
		return tea.Batch(d.refill(), info("Sorted by "+order)), true
	}
	it, ok := d.list.SelectedItem().(draftItem)
	if !ok {
		return nil, false
	}
	s := it.summary
	now := d.common.Now()
	switch {
	case key.Matches(msg, k.Open):
		return send(openDraftMsg{id: s.ID}), true
	case key.Matches(msg, k.Publish):
		return openPublish(d.common.Store, s.ID, func(model.Posting) tea.Msg { return goHomeMsg{} }), true
	case key.Matches(msg, k.Duplicate):
		return duplicateDraft(d.common.Store, s.ID, now), true
	case key.Matches(msg, k.Delete):
		return trashDraft(d.common.Store, s.ID, displayTitle(s.Title)), true
	case key.Matches(msg, k.History):
		return send(openRevisionsMsg{id: s.ID, title: displayTitle(s.Title)}), true
	case key.Matches(msg, k.Rename):
		d.target = s
		d.setMode(prompting)
		return d.prompt.Open("rename", "New title: ", s.Title, "Rename “"+displayTitle(s.Title)+"”",
			"A posting needs a title; esc keeps the old one."), true
	case key.Matches(msg, k.Status):
		d.target = s
		d.setMode(choosingStatus)
		return nil, true
	}
	return nil, false
}

func (d *DraftList) updatePrompt(msg tea.Msg) tea.Cmd {
	purpose := d.prompt.Purpose()
	result, answer, cmd := d.prompt.Update(msg)
	if result == promptTyping {
		return cmd
	}
	d.setMode(browsing)
	if result == promptCancelled {
		return nil
	}
	id, now := d.target.ID, d.common.Now()
	if purpose == "rename" {
		return changeDraft(d.common.Store, id, now, func(p *model.Posting) string {
			p.Title = answer
			return "Renamed to “" + answer + "”"
		})
	}
	return markPosted(d.common.Store, id, answer, now)
}

func (d *DraftList) updateStatus(msg tea.KeyPressMsg) tea.Cmd {
	set := func(st model.Status) tea.Cmd {
		d.setMode(browsing)
		return changeDraft(d.common.Store, d.target.ID, d.common.Now(), func(p *model.Posting) string {
			p.Status = st
			if st != model.StatusPosted {
				p.Posted = nil
			}
			return "“" + displayTitle(p.Title) + "” is now " + string(st)
		})
	}
	switch {
	case key.Matches(msg, d.keys.Cancel):
		d.setMode(browsing)
	case key.Matches(msg, d.keys.Draft):
		return set(model.StatusDraft)
	case key.Matches(msg, d.keys.Ready):
		return set(model.StatusReady)
	case key.Matches(msg, d.keys.Posted):
		d.setMode(prompting)
		cmd := d.prompt.Open("board", "Posted on: ", "", "Where did “"+displayTitle(d.target.Title)+"” go live? Today's date is kept with it.",
			"Say where it was posted, e.g. LinkedIn; esc cancels.")
		d.prompt.SetPlaceholder("LinkedIn, Indeed, our careers page…")
		return cmd
	}
	return nil
}

// refill puts the summaries into the list in the chosen order, keeping the
// cursor on the same draft (or the one asked for).
func (d *DraftList) refill() tea.Cmd {
	want, index := d.selectID, d.list.Index()
	if want == "" {
		want = d.selectedID()
	}
	d.selectID = ""
	sorted := d.summaries
	if d.byTitle {
		sorted = slices.Clone(d.summaries)
		slices.SortStableFunc(sorted, func(a, b model.Summary) int {
			return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
		})
	}
	items := make([]list.Item, len(sorted))
	for i, s := range sorted {
		items[i] = newDraftItem(s)
	}
	cmd := d.list.SetItems(items)
	// Under a filter the visible drafts are worked out again in the
	// background; the draft is looked for once they arrive too.
	d.pendingSelect = want
	d.selectByID(want)
	if d.selectedID() != want && len(d.list.VisibleItems()) > 0 {
		// The draft under the cursor is gone (deleted): stay at the same
		// row, or the last one, so there is always a selection.
		d.list.Select(min(index, len(d.list.VisibleItems())-1))
	}
	return cmd
}

// View implements Screen.
func (d *DraftList) View() string {
	s := d.common.Styles
	switch {
	case !d.loaded:
		return s.Subtle.Render("Loading drafts…")
	case d.loadErr != nil:
		return s.Error.Render("Could not read the drafts.") + "\n" + s.Subtle.Render(ansi.Wordwrap(d.loadErr.Error(), d.width, ""))
	case len(d.summaries) == 0:
		return s.Title.Render("No postings yet.") + "\n\n" +
			ansi.Wordwrap("Press n to start one: pick a role, a seniority, the skills and the responsibilities, and jobpost writes the posting for you to review. Every draft is saved as you go. Deleted drafts wait in the trash (t).", d.width, "")
	}
	out := d.list.View()
	switch d.mode {
	case prompting:
		out += "\n" + d.prompt.View(d.width)
	case choosingStatus:
		out += "\n" + s.Subtle.Render(ansi.Truncate("Status of “"+displayTitle(d.target.Title)+"” (now "+string(d.target.Status)+"):", d.width, "…")) +
			"\n" + "d draft · r ready · p posted · esc cancel"
	}
	return out
}

// ShortHelp implements help.KeyMap.
func (d *DraftList) ShortHelp() []key.Binding {
	k := d.keys
	switch {
	case d.mode == prompting:
		return d.prompt.ShortHelp()
	case d.mode == choosingStatus:
		return []key.Binding{k.Draft, k.Ready, k.Posted, k.Cancel}
	case d.list.FilterState() == list.Filtering:
		return []key.Binding{d.list.KeyMap.AcceptWhileFiltering, d.list.KeyMap.CancelWhileFiltering}
	}
	return []key.Binding{k.New, k.Open, d.list.KeyMap.Filter, k.Duplicate, k.Rename, k.Delete, k.Status}
}

// FullHelp implements help.KeyMap.
func (d *DraftList) FullHelp() [][]key.Binding {
	if d.mode != browsing {
		return [][]key.Binding{d.ShortHelp()}
	}
	k, lk := d.keys, d.list.KeyMap
	return [][]key.Binding{
		{k.New, k.Open, k.Publish, k.Duplicate, k.Rename, k.Status},
		{k.Delete, k.Undo, k.Trash, k.History, k.Sort, k.Profile},
		{lk.Filter, lk.ClearFilter, lk.CursorUp, lk.CursorDown, lk.PrevPage, lk.NextPage, lk.GoToStart, lk.GoToEnd},
	}
}

func displayTitle(t string) string {
	if t == "" {
		return "Untitled posting"
	}
	return t
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
	width := max(m.Width()-4, 1)
	details := make([]string, 0, 4)
	if l, ok := dd.common.Catalog.Level(d.summary.Seniority); ok {
		details = append(details, l.Name)
	}
	if d.summary.Location != "" {
		details = append(details, d.summary.Location)
	}
	details = append(details, statusLabel(d.summary), timeAgo(d.summary.UpdatedAt, dd.common.Now()))
	line1 := ansi.Truncate(displayTitle(d.summary.Title), width, "…")
	line2 := ansi.Truncate(strings.Join(details, " · "), width, "…")
	if index == m.Index() {
		fmt.Fprintf(w, "%s%s\n  %s", s.Cursor.Render("▸ "), s.Selected.Render(line1), s.Subtle.Render(line2))
		return
	}
	fmt.Fprintf(w, "  %s\n  %s", line1, s.Faint.Render(line2))
}

// statusLabel says how far a posting has come: "draft", "ready", or
// "posted on LinkedIn, 23 Nov".
func statusLabel(s model.Summary) string {
	switch s.Status {
	case model.StatusReady:
		return "ready"
	case model.StatusPosted:
		label := "posted"
		if s.PostedBoard != "" {
			label += " on " + model.CleanLine(s.PostedBoard)
		}
		if !s.PostedOn.IsZero() {
			label += ", " + s.PostedOn.Local().Format("2 Jan")
		}
		return label
	}
	return "draft"
}
