// Package drafts is the home page: every saved posting, newest first (or
// by title), filterable, with the keys to start, open, publish, copy,
// rename, delete and track them. It sits at the bottom of the root's
// stack for the life of the program and is never rebuilt, so what it
// remembers (the cursor, the filter, the order, what u can undo) is
// simply its own state.
package drafts

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
	"jobpost/ui/components/prompt"
)

// question is what the page's prompt asks for.
type question int

const (
	askTitle      question = iota + 1 // a new title for the target draft
	askBoard                          // where the target draft went live
	askPlace                          // where a copy of the target draft is for
	readyDespite                      // mark ready although the checks find errors
	postedDespite                     // mark posted although the checks find errors
)

// Page is the drafts page.
type Page struct {
	common *common.Common
	id     common.PageID
	status common.Status
	keys   keyMap

	loaded  bool
	loadErr error
	// counter is the database's change counter as last seen: another
	// jobpost's writes move it, and the list is read again.
	counter uint64
	// loads numbers the loads issued; a load's answer counts only if it
	// is the newest.
	loads int
	// held is the drafts other sessions of a team library are editing,
	// id → user, as last polled.
	held map[string]string
	list draftList
	// bad is the drafts the last load could not read.
	bad []storage.BadRecord
	// selectID is the draft to put the cursor on once the next load lands.
	selectID string

	filter    textinput.Model
	filtering bool // the filter input has focus

	prompt         prompt.Model[question]
	choosingStatus bool
	ask            confirm.Model[question] // ready or posted despite errors
	target         model.Summary           // the draft being renamed or given a status

	// undo is the drafts this page moved to the trash, newest last; u
	// brings back the newest that is still there.
	undo []deletion

	width, height int
}

// New returns the drafts page; it loads the drafts in Init.
func New(c *common.Common) *Page {
	id := common.NewPageID()
	filter := common.NewTextInput(c.Styles.Theme, 100)
	filter.Prompt = "/ "
	filter.Placeholder = "title, role, skill, place"
	return &Page{
		common: c,
		id:     id,
		status: common.Status{Page: id},
		keys:   newKeyMap(c.Keys),
		filter: filter,
		prompt: prompt.New[question](&c.Styles, model.MaxTitleLength),
		ask:    confirm.New[question](c),
	}
}

// ID implements common.Page.
func (p *Page) ID() common.PageID { return p.id }

// Title implements common.Page.
func (p *Page) Title() string { return "Drafts" }

// Typing implements common.Page.
func (p *Page) Typing() bool { return p.filtering || p.prompt.Active() }

// Init implements common.Page: the drafts load in the background.
func (p *Page) Init() tea.Cmd { return tea.Batch(p.load(), p.watch()) }

// SetSize implements common.Component.
func (p *Page) SetSize(width, height int) tea.Cmd {
	p.width, p.height = width, height
	p.filter.SetWidth(max(width-4, 1))
	cmd := p.prompt.SetSize(width, height)
	p.ask.SetSize(width, height)
	p.list.scroll(p.rows())
	return cmd
}

// Update implements common.Page.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	cmd := p.update(msg)
	// Whatever changed (the cursor, the list, a prompt taking rows), the
	// cursor stays in view: here, so that View only reads.
	p.list.scroll(p.rows())
	return p, cmd
}

func (p *Page) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case watchDueMsg:
		return poll(p.common.Store, common.To{Page: p.id}, p.counter)
	case watchedMsg:
		p.counter, p.held = msg.counter, msg.held
		if msg.changed {
			return tea.Batch(p.load(), p.nextWatch())
		}
		return p.nextWatch()
	case common.ThemeChangedMsg:
		p.filter.SetStyles(common.InputStyles(p.common.Styles.Theme != common.Light))
		return nil
	case common.ResumedMsg:
		return p.resumed(msg.Result)
	case loadedMsg:
		return p.loadedDrafts(msg)
	case statusCheckedMsg:
		return p.statusChecked(msg)
	case changedMsg:
		if msg.err != nil {
			// The reload brings back a row taken off at once.
			return tea.Batch(p.status.Failure("Could not change the draft: "+common.ErrorText(msg.err)), p.load())
		}
		p.selectID = msg.selectID
		load := p.load()
		if msg.deleted != nil {
			gone := *msg.deleted
			gone.loadedBy = p.loads
			p.undo = append(p.undo, gone)
		}
		return tea.Batch(p.status.Success(msg.text), load)
	case undoneMsg:
		return p.undone(msg)
	case tea.PasteMsg:
		switch {
		case p.prompt.Active():
			return p.answer(msg)
		case p.filtering:
			msg.Content = common.CleanPaste(msg.Content, p.filter.CharLimit)
			return p.typeFilter(msg)
		}
	case tea.KeyPressMsg:
		switch {
		case p.prompt.Active():
			return p.answer(msg)
		case p.choosingStatus:
			return p.chooseStatus(msg)
		case p.ask.Open():
			return p.answerStatus(msg)
		case p.filtering:
			return p.updateFilter(msg)
		case p.loaded:
			// Even when the drafts could not be read, n, t and c work.
			return p.browse(msg)
		}
	}
	return nil
}

// resumed reloads the drafts when the page is on top again, with the
// cursor on the draft just closed (the filter and order stay as they
// were), and tells what the closed page left to say.
func (p *Page) resumed(result tea.Msg) tea.Cmd {
	var note tea.Cmd
	switch r := result.(type) {
	case common.DraftClosedMsg:
		p.selectID = r.ID
		if r.Open {
			// The editor goes on top at once, this list (reloaded, the
			// draft selected) underneath for esc to come back to.
			return tea.Batch(p.load(), common.Send(common.OpenDraftMsg{ID: r.ID}))
		}
		if r.Note != "" {
			note = p.status.Success(r.Note)
		}
	case common.PublishedMsg:
		p.selectID = r.ID
	}
	return tea.Batch(p.load(), note)
}

func (p *Page) loadedDrafts(msg loadedMsg) tea.Cmd {
	if msg.gen != p.loads {
		return nil // read before a change this page made since
	}
	p.loaded, p.loadErr = true, msg.err
	if msg.err != nil {
		return p.status.Failure("Could not read the drafts: " + common.ErrorText(msg.err))
	}
	want := p.selectID
	if want == "" {
		want = p.list.currentID()
	}
	p.selectID = ""
	p.list.fill(msg.summaries, want)
	p.bad, p.held = msg.bad, msg.held
	// A draft restored or deleted for good in the trash is no longer
	// something u can bring back; only a load issued after the draft
	// went there can tell.
	kept := p.undo[:0]
	for _, d := range p.undo {
		if msg.inTrash == nil || msg.gen < d.loadedBy || msg.inTrash[d.ID] {
			kept = append(kept, d)
		}
	}
	p.undo = kept
	return nil
}

func (p *Page) undone(msg undoneMsg) tea.Cmd {
	p.forget(msg.gone...)
	if msg.restored != nil {
		p.forget(*msg.restored)
	}
	var said string
	if n := len(msg.gone); n > 0 {
		said = "“" + msg.gone[0].Title + "” was deleted for good in the trash and cannot come back"
		if n > 1 {
			said = "Drafts deleted for good in the trash cannot come back"
		}
	}
	switch {
	case msg.err != nil:
		return p.status.Failure("Could not undo the delete: " + common.ErrorText(msg.err))
	case msg.restored == nil && said == "":
		return p.status.Info("Nothing to undo.")
	case msg.restored == nil:
		return p.status.Info(said + "; nothing else to undo.")
	}
	p.selectID = msg.restored.ID
	text := "Restored from the trash: “" + msg.restored.Title + "”"
	if said != "" {
		text = said + ". " + text
	}
	return tea.Batch(p.status.Success(text), p.load())
}

// forget takes deletions off the undo stack.
func (p *Page) forget(ds ...deletion) {
	for _, d := range ds {
		for i := len(p.undo) - 1; i >= 0; i-- {
			if p.undo[i].ID == d.ID {
				p.undo = append(p.undo[:i], p.undo[i+1:]...)
				break
			}
		}
	}
}

// browse handles the page's keys while no input has focus.
func (p *Page) browse(msg tea.KeyPressMsg) tea.Cmd {
	k, l := p.keys, &p.list
	switch {
	case key.Matches(msg, k.Up):
		l.move(-1)
	case key.Matches(msg, k.Down):
		l.move(1)
	case key.Matches(msg, k.PageUp):
		l.move(-p.rows())
	case key.Matches(msg, k.PageDown):
		l.move(p.rows())
	case key.Matches(msg, k.Top):
		l.move(-len(l.visible))
	case key.Matches(msg, k.Bottom):
		l.move(len(l.visible))
	case key.Matches(msg, k.New):
		return common.Send(common.NewPostingMsg{})
	case key.Matches(msg, k.Trash):
		return common.Send(common.OpenTrashMsg{})
	case key.Matches(msg, k.Profile):
		return common.Send(common.OpenProfileMsg{})
	case key.Matches(msg, k.Undo):
		if len(p.undo) == 0 {
			return p.status.Info("Nothing to undo.")
		}
		return p.undoDelete()
	case key.Matches(msg, k.Filter):
		// A new filter each time, as in every picker.
		p.filtering = true
		p.filter.SetValue("")
		l.setFilter("")
		return p.filter.Focus()
	case key.Matches(msg, k.ClearFilter) && l.term != "":
		l.setFilter("") // the cursor stays on its draft
	case key.Matches(msg, k.Mine) && p.common.User != "":
		if l.mine == "" {
			l.setMine(p.common.User)
			return p.status.Info("Showing only yours: drafts you created or changed last")
		}
		l.setMine("")
		return p.status.Info("Showing everyone's drafts")
	case key.Matches(msg, k.Sort):
		l.resort()
		order := "last change"
		if l.byTitle {
			order = "title"
		}
		return p.status.Info("Sorted by " + order)
	default:
		return p.act(msg)
	}
	return nil
}

// act handles the keys that act on the draft under the cursor.
func (p *Page) act(msg tea.KeyPressMsg) tea.Cmd {
	s, ok := p.list.current()
	if !ok {
		return nil
	}
	k, title := p.keys, common.DisplayTitle(s.Title)
	switch {
	case key.Matches(msg, k.Open):
		return common.Send(common.OpenDraftMsg{ID: s.ID})
	case key.Matches(msg, k.Publish):
		return common.Send(common.OpenPublishMsg{ID: s.ID})
	case key.Matches(msg, k.Versions):
		return common.Send(common.OpenVersionsMsg{ID: s.ID, Title: title})
	case key.Matches(msg, k.Duplicate):
		// A copy is nearly always the same job in another place: ask
		// where, with the draft's own place to edit.
		p.target = s
		cmd := p.prompt.Open(askPlace, "City, country: ", model.CleanLine(s.Location),
			"Where is the copy for? Keep the place for an exact copy.", "")
		p.prompt.SetPlaceholder("e.g. Berlin, Germany")
		return cmd
	case key.Matches(msg, k.Delete, k.Rename, k.Status):
		if h := common.HeldBy(p.common.Store, s.ID); h != nil {
			return p.refuseHeld(msg, h)
		}
	}
	switch {
	case key.Matches(msg, k.Delete):
		// Off the list at once, so a second x acts on the next draft
		// rather than on this one again.
		p.list.remove(s.ID)
		p.outdateLoads()
		return p.trash(s)
	case key.Matches(msg, k.Rename):
		p.target = s
		return p.prompt.Open(askTitle, "New title: ", s.Title, "Rename “"+title+"”",
			"A posting needs a title; esc keeps the old one.")
	case key.Matches(msg, k.Status):
		p.target, p.choosingStatus = s, true
	}
	return nil
}

// refuseHeld says why a key that would change a draft did nothing: another
// session of the team library is editing it (storage would refuse too,
// after the row had gone from the list).
func (p *Page) refuseHeld(msg tea.KeyPressMsg, h *storage.HeldError) tea.Cmd {
	k, done := p.keys, "Status not changed"
	switch {
	case key.Matches(msg, k.Delete):
		done = "Not deleted"
	case key.Matches(msg, k.Rename):
		done = "Not renamed"
	}
	return p.status.Failure(done + ": " + common.HeldReason(h))
}

// updateFilter takes keys while the filter has focus: every change
// refilters at once; enter (or a move) keeps the filter, esc drops it.
func (p *Page) updateFilter(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, p.keys.ClearFilter):
		p.filtering = false
		p.filter.Blur()
		p.list.setFilter("")
		return nil
	case key.Matches(msg, p.keys.AcceptFilter):
		p.filtering = false
		p.filter.Blur()
		if key.Matches(msg, p.keys.Up, p.keys.Down) {
			return p.browse(msg)
		}
		return nil
	}
	return p.typeFilter(msg)
}

func (p *Page) typeFilter(msg tea.Msg) tea.Cmd {
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if v := p.filter.Value(); v != before {
		p.list.setFilter(v)
	}
	return cmd
}

// answer passes a key or paste to the open prompt and acts on its answer.
func (p *Page) answer(msg tea.Msg) tea.Cmd {
	outcome, text, cmd := p.prompt.Update(msg)
	if outcome != prompt.Answered {
		return cmd
	}
	switch p.prompt.Purpose() {
	case askTitle:
		return p.rename(p.target.ID, text)
	case askPlace:
		if text == model.CleanLine(p.target.Location) {
			return p.duplicate(p.target.ID, nil)
		}
		place := parsePlace(text)
		return p.duplicate(p.target.ID, &place)
	}
	return p.markPosted(p.target.ID, text)
}

func (p *Page) chooseStatus(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	switch {
	case key.Matches(msg, k.Cancel):
		p.choosingStatus = false
	case key.Matches(msg, k.Draft):
		p.choosingStatus = false
		return p.setStatus(p.target.ID, model.StatusDraft)
	case key.Matches(msg, k.Ready):
		p.choosingStatus = false
		return p.checkBeforeStatus(model.StatusReady)
	case key.Matches(msg, k.Posted):
		p.choosingStatus = false
		return p.checkBeforeStatus(model.StatusPosted)
	}
	return nil
}
