package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
)

type (
	// openRevisionsMsg opens the saved versions of a draft.
	openRevisionsMsg struct{ id, title string }
	// revisionsLoadedMsg carries a draft's saved versions.
	revisionsLoadedMsg struct {
		revisions []storage.Revision
		err       error
	}
)

func loadRevisions(store *storage.Store, id string) tea.Cmd {
	return func() tea.Msg {
		revs, err := store.Revisions(id)
		return revisionsLoadedMsg{revisions: revs, err: err}
	}
}

// restoredMsg reports a version restored. It is a type of its own so that
// a drafts-screen operation finishing late (a draftOpMsg) cannot be taken
// for it and send the user home.
type restoredMsg draftOpMsg

func restored(op tea.Cmd) tea.Cmd {
	return func() tea.Msg { return restoredMsg(op().(draftOpMsg)) }
}

// RevisionsScreen lists the saved versions of one draft, newest first,
// with the chosen one rendered below; any of them can be restored.
type RevisionsScreen struct {
	common    *Common
	id, title string
	revisions []storage.Revision
	picker    Picker
	preview   PreviewPane
	loaded    bool
	shown     int // index of the revision in the preview
	keys      revisionKeys
	width     int
	height    int
}

type revisionKeys struct {
	Restore, Back key.Binding
}

// NewRevisionsScreen returns the versions screen of draft id.
func NewRevisionsScreen(c *Common, id, title string) *RevisionsScreen {
	return &RevisionsScreen{
		common: c, id: id, title: title,
		picker:  NewPicker(&c.Styles, nil, nil),
		preview: NewPreviewPane(c.Renderer),
		shown:   -1,
		keys: revisionKeys{
			Restore: key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", "restore this version")),
			Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to drafts")),
		},
	}
}

// Name implements Screen.
func (r *RevisionsScreen) Name() string { return "Versions of " + r.title }

// Typing implements Screen.
func (r *RevisionsScreen) Typing() bool { return r.picker.Filtering() }

// Flush implements Screen.
func (r *RevisionsScreen) Flush() tea.Cmd { return nil }

// listHeight is the rows the versions list gets; the preview has the rest.
func (r *RevisionsScreen) listHeight() int { return min(max(r.height/3, 3), len(r.revisions)+1) }

// SetSize implements Screen.
func (r *RevisionsScreen) SetSize(width, height int) tea.Cmd {
	r.width, r.height = width, height
	r.picker.SetSize(width, r.listHeight())
	return r.preview.SetSize(width, max(height-r.listHeight()-2, 1))
}

// Update implements Screen.
func (r *RevisionsScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case revisionsLoadedMsg:
		r.loaded = true
		if msg.err != nil {
			return r, failure("Could not read the versions: " + msg.err.Error())
		}
		r.revisions = msg.revisions
		items := make([]PickItem, len(msg.revisions))
		for i, rev := range msg.revisions {
			label := fmt.Sprintf("%s (%s)", timeAgo(rev.SavedAt, r.common.Now()), rev.SavedAt.Local().Format("2 Jan 15:04:05"))
			if i == 0 {
				label += " — current"
			}
			items[i] = PickItem{ID: fmt.Sprint(rev.Seq), Label: label, Detail: rev.Posting.Title}
		}
		r.picker = NewPicker(&r.common.Styles, items, nil)
		return r, tea.Batch(r.SetSize(r.width, r.height), r.showCurrent())
	case restoredMsg:
		if msg.err != nil {
			return r, failure(msg.err.Error())
		}
		return r, tea.Batch(goHome, success(msg.text))
	case renderDueMsg, renderedMsg:
		var cmd tea.Cmd
		r.preview, cmd = r.preview.Update(msg)
		return r, cmd
	case tea.KeyPressMsg:
		if r.picker.Filtering() {
			// Every key is the filter's: r must type an r, not restore.
			next, cmd, _ := r.picker.Update(msg)
			r.picker = next
			return r, tea.Batch(cmd, r.showCurrent())
		}
		switch {
		case key.Matches(msg, r.keys.Back):
			return r, goHome
		case key.Matches(msg, r.keys.Restore):
			_, i, ok := r.picker.Current()
			if !ok {
				return r, nil
			}
			if i == 0 {
				return r, info("That is the current version already.")
			}
			rev := r.revisions[i].Posting
			when := r.revisions[i].SavedAt.Local().Format("2 Jan 15:04")
			return r, restored(changeDraft(r.common.Store, r.id, r.common.Now(), func(p *model.Posting) string {
				// The text comes back; where the posting stands (posted on
				// LinkedIn, say) is today's fact and stays.
				id, created, status, posted := p.ID, p.CreatedAt, p.Status, p.Posted
				*p = rev
				p.ID, p.CreatedAt, p.Status, p.Posted = id, created, status, posted
				return "Restored the version saved " + when
			}))
		}
		next, cmd, used := r.picker.Update(msg)
		r.picker = next
		if used {
			return r, tea.Batch(cmd, r.showCurrent())
		}
		var pcmd tea.Cmd
		r.preview, pcmd = r.preview.Update(msg)
		return r, pcmd
	}
	return r, nil
}

// showCurrent renders the revision under the cursor.
func (r *RevisionsScreen) showCurrent() tea.Cmd {
	_, i, ok := r.picker.Current()
	if !ok || i == r.shown {
		return nil
	}
	r.shown = i
	r.preview.GotoTop()
	return r.preview.SetMarkdown(r.revisions[i].Posting.Markdown(), true)
}

// View implements Screen.
func (r *RevisionsScreen) View() string {
	s := r.common.Styles
	switch {
	case !r.loaded:
		return s.Subtle.Render("Loading versions…")
	case len(r.revisions) == 0:
		return s.Subtle.Render("No saved versions of this draft yet.")
	}
	return r.picker.View() + "\n" + s.Faint.Render("────") + "\n" + r.preview.View()
}

// ShortHelp implements help.KeyMap.
func (r *RevisionsScreen) ShortHelp() []key.Binding {
	return []key.Binding{r.picker.keys.Up, r.picker.keys.Down, r.keys.Restore, r.keys.Back}
}

// FullHelp implements help.KeyMap.
func (r *RevisionsScreen) FullHelp() [][]key.Binding { return [][]key.Binding{r.ShortHelp()} }
