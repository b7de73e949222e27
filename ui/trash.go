package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/storage"
)

type (
	// openTrashMsg opens the trash.
	openTrashMsg struct{}
	// trashLoadedMsg carries the trash's contents.
	trashLoadedMsg struct {
		items []storage.TrashItem
		err   error
	}
)

func loadTrash(store *storage.Store) tea.Cmd {
	return func() tea.Msg {
		items, err := store.Trash()
		return trashLoadedMsg{items: items, err: err}
	}
}

// purgeDraft deletes a trashed draft for good.
func purgeDraft(store *storage.Store, id, title string) tea.Cmd {
	return func() tea.Msg {
		if err := store.Purge(id); err != nil {
			return draftOpMsg{err: err}
		}
		return draftOpMsg{text: "Deleted “" + title + "” for good"}
	}
}

// TrashScreen lists deleted drafts; each can be restored or purged.
// Purging asks first: it is the one action in jobpost that loses work.
type TrashScreen struct {
	common     *Common
	items      []storage.TrashItem
	picker     Picker
	loaded     bool
	confirming bool
	keys       trashKeys
	width      int
	height     int
}

type trashKeys struct {
	Restore, Purge, Yes, No, Back key.Binding
}

// NewTrashScreen returns the trash; its contents arrive in a message.
func NewTrashScreen(c *Common) *TrashScreen {
	return &TrashScreen{
		common: c,
		picker: NewPicker(&c.Styles, nil, nil),
		keys: trashKeys{
			Restore: key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", "restore")),
			Purge:   key.NewBinding(key.WithKeys("P", "x"), key.WithHelp("x", "delete for good")),
			Yes:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, delete it")),
			No:      key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
			Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to drafts")),
		},
	}
}

// Name implements Screen.
func (t *TrashScreen) Name() string { return "Trash" }

// Typing implements Screen.
func (t *TrashScreen) Typing() bool { return t.picker.Filtering() }

// Flush implements Screen.
func (t *TrashScreen) Flush() tea.Cmd { return nil }

// SetSize implements Screen.
func (t *TrashScreen) SetSize(width, height int) tea.Cmd {
	t.width, t.height = width, height
	t.picker.SetSize(width, max(height-2, 1))
	return nil
}

// Update implements Screen.
func (t *TrashScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case trashLoadedMsg:
		t.loaded = true
		if msg.err != nil {
			return t, failure("Could not read the trash: " + msg.err.Error())
		}
		t.items = msg.items
		items := make([]PickItem, len(msg.items))
		for i, it := range msg.items {
			items[i] = PickItem{
				ID:     it.Summary.ID,
				Label:  displayTitle(it.Summary.Title),
				Detail: "deleted " + timeAgo(it.DeletedAt, t.common.Now()),
			}
		}
		t.picker = NewPicker(&t.common.Styles, items, nil)
		t.SetSize(t.width, t.height)
		return t, nil
	case draftOpMsg:
		if msg.err != nil {
			return t, failure(msg.err.Error())
		}
		return t, tea.Batch(success(msg.text), loadTrash(t.common.Store))
	case tea.KeyPressMsg:
		if t.confirming {
			switch {
			case key.Matches(msg, t.keys.Yes):
				t.confirming = false
				if it, _, ok := t.picker.Current(); ok {
					return t, purgeDraft(t.common.Store, it.ID, it.Label)
				}
			case key.Matches(msg, t.keys.No):
				t.confirming = false
			}
			return t, nil
		}
		next, cmd, used := t.picker.Update(msg)
		t.picker = next
		if used {
			return t, cmd
		}
		it, _, ok := t.picker.Current()
		switch {
		case key.Matches(msg, t.keys.Back):
			return t, goHome
		case ok && key.Matches(msg, t.keys.Restore):
			return t, restoreDraft(t.common.Store, it.ID)
		case ok && key.Matches(msg, t.keys.Purge):
			t.confirming = true
		}
	}
	return t, nil
}

// View implements Screen.
func (t *TrashScreen) View() string {
	s := t.common.Styles
	switch {
	case !t.loaded:
		return s.Subtle.Render("Loading the trash…")
	case len(t.items) == 0:
		return s.Title.Render("The trash is empty.") + "\n\n" + s.Subtle.Render("Drafts you delete wait here until you restore them or delete them for good.")
	case t.confirming:
		it, _, _ := t.picker.Current()
		return s.Error.Render("Delete “"+it.Label+"” for good? Its saved versions go too. y / n") + "\n\n" + t.picker.View()
	}
	return s.Subtle.Render("Deleted drafts. enter restores one; x deletes it for good.") + "\n\n" + t.picker.View()
}

// ShortHelp implements help.KeyMap.
func (t *TrashScreen) ShortHelp() []key.Binding {
	if t.confirming {
		return []key.Binding{t.keys.Yes, t.keys.No}
	}
	return []key.Binding{t.keys.Restore, t.keys.Purge, t.picker.keys.Filter, t.keys.Back}
}

// FullHelp implements help.KeyMap.
func (t *TrashScreen) FullHelp() [][]key.Binding {
	pk := t.picker.keys
	return [][]key.Binding{t.ShortHelp(), {pk.Up, pk.Down, pk.PageUp, pk.PageDown, pk.Top, pk.Bottom}}
}
