package drafts

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
)

// Answers to the page's own requests; each is addressed to the page, so
// one arriving after the program moved on goes nowhere.
type (
	// loadedMsg carries the drafts, those that could not be read, and
	// which drafts the trash holds (so that undo offers only what it can
	// still bring back; nil when the trash could not be read), and which
	// drafts other sessions are editing. gen tells it from the page's
	// other loads: only the newest counts.
	loadedMsg struct {
		common.To
		gen       int
		summaries []model.Summary
		bad       []storage.BadRecord
		inTrash   map[string]bool
		held      map[string]string
		err       error
	}
	// changedMsg reports a change to the drafts: what to tell the user,
	// and which draft to put the cursor on once they are reloaded.
	changedMsg struct {
		common.To
		text     string
		err      error
		selectID string
		deleted  *deletion // a draft moved to the trash, for undo
	}
	// undoneMsg reports an undo: the deletion restored (nil if none
	// could be) and the ones found deleted for good on the way.
	undoneMsg struct {
		common.To
		restored *deletion
		gone     []deletion
		err      error
	}
)

// deletion is a draft moved to the trash from this page. loadedBy is the
// first load issued after the move: only a load from then on can say
// whether the draft is still in the trash.
type deletion struct {
	ID, Title string
	loadedBy  int
}

// load reads the drafts. Each load is numbered: one that lands after a
// newer one was issued read the store before a change the page has seen
// since (a draft deleted, restored, renamed), and is dropped.
func (p *Page) load() tea.Cmd {
	p.loads++
	to, store, gen := common.To{Page: p.id}, p.common.Store, p.loads
	return func() tea.Msg {
		summaries, bad, err := store.ListAll()
		if err != nil {
			return loadedMsg{To: to, gen: gen, err: err}
		}
		// A trash that cannot be read hides no draft; undo just keeps
		// what it has.
		inTrash, _ := trashed(store)
		return loadedMsg{To: to, gen: gen, summaries: summaries, bad: bad, inTrash: inTrash, held: store.Held()}
	}
}

// outdateLoads makes every load on its way stale: the page has just
// changed the list itself, and they may have read the store before.
func (p *Page) outdateLoads() { p.loads++ }

// trashed is the ids of the drafts in the trash. It does I/O.
func trashed(store storage.Library) (map[string]bool, error) {
	items, err := store.Trash()
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(items))
	for _, t := range items {
		ids[t.Summary.ID] = true
	}
	return ids, nil
}

// change reads, changes and saves draft id in a tea.Cmd; what change
// returns is told to the user.
func (p *Page) change(id string, change func(*model.Posting) string) tea.Cmd {
	to, store, now := common.To{Page: p.id}, p.common.Store, p.common.Today()
	return func() tea.Msg {
		var text string
		saved, err := common.ChangeDraft(store, id, now, func(d *model.Posting) { text = change(d) })
		if err != nil {
			return changedMsg{To: to, err: err}
		}
		return changedMsg{To: to, text: text, selectID: saved.ID}
	}
}

// duplicate saves a copy of a draft under a new id, as a fresh draft
// with the same title, for place (nil, or the draft's own place: an exact
// copy). A title naming the old city names the new one.
func (p *Page) duplicate(id string, place *model.Location) tea.Cmd {
	to, store, now := common.To{Page: p.id}, p.common.Store, p.common.Today()
	return func() tea.Msg {
		d, err := store.Get(id)
		if err != nil {
			return changedMsg{To: to, err: err}
		}
		fresh := model.New(now)
		d.ID, d.CreatedAt, d.UpdatedAt = fresh.ID, fresh.CreatedAt, fresh.UpdatedAt
		d.Status, d.Posted = model.StatusDraft, nil
		// A new draft: whoever copies it creates it (storage names them).
		d.CreatedBy, d.UpdatedBy = "", ""
		text := "Copied as it is (r renames it): “" + common.DisplayTitle(d.Title) + "”"
		if place != nil && *place != d.Location {
			d.Title = replaceWord(d.Title, d.Location.City, place.City)
			d.Location = *place
			text = "Copied for " + orNowhere(place.String()) + ": “" + common.DisplayTitle(d.Title) + "”"
		}
		if err := store.Save(d); err != nil {
			return changedMsg{To: to, err: err}
		}
		return changedMsg{To: to, text: text, selectID: d.ID}
	}
}

func orNowhere(place string) string {
	if place == "" {
		return "no place in particular"
	}
	return place
}

// trash moves a draft to the trash.
func (p *Page) trash(s model.Summary) tea.Cmd {
	to, store := common.To{Page: p.id}, p.common.Store
	gone := deletion{ID: s.ID, Title: common.DisplayTitle(s.Title)}
	return func() tea.Msg {
		if err := store.Delete(gone.ID); err != nil {
			return changedMsg{To: to, err: err}
		}
		// The title last: a long one is what the status bar cuts.
		return changedMsg{To: to, text: "Moved to the trash (u brings it back): “" + gone.Title + "”", deleted: &gone}
	}
}

// undoDelete brings back the newest deletion still in the trash; those
// deleted for good since (in the trash screen) are passed over and
// reported, never retried.
func (p *Page) undoDelete() tea.Cmd {
	to, store := common.To{Page: p.id}, p.common.Store
	stack := append([]deletion(nil), p.undo...)
	return func() tea.Msg {
		inTrash, err := trashed(store)
		if err != nil {
			return undoneMsg{To: to, err: err}
		}
		var gone []deletion
		for i := len(stack) - 1; i >= 0; i-- {
			d := stack[i]
			if !inTrash[d.ID] {
				gone = append(gone, d)
				continue
			}
			if err := store.Restore(d.ID); err != nil {
				return undoneMsg{To: to, gone: gone, err: err}
			}
			return undoneMsg{To: to, restored: &d, gone: gone}
		}
		return undoneMsg{To: to, gone: gone}
	}
}

// markPosted records that a draft went live on board today.
func (p *Page) markPosted(id, board string) tea.Cmd {
	now := p.common.Today()
	return p.change(id, func(d *model.Posting) string {
		d.MarkPosted(board, "", now) // keeps the other boards
		return "Marked as posted on " + board + ", " + now.Format("2 Jan 2006")
	})
}

// setStatus sets a draft's status; only "posted" keeps where it went live.
func (p *Page) setStatus(id string, st model.Status) tea.Cmd {
	return p.change(id, func(d *model.Posting) string {
		d.Status = st
		if st != model.StatusPosted {
			d.Posted = nil
		}
		return "Now " + string(st) + ": “" + common.DisplayTitle(d.Title) + "”"
	})
}

// rename gives a draft a new title.
func (p *Page) rename(id, title string) tea.Cmd {
	return p.change(id, func(d *model.Posting) string {
		d.Title = title
		return "Renamed to “" + title + "”"
	})
}
