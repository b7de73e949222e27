package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

// DraftView shows a saved posting as it will read, rendered by Glamour.
type DraftView struct {
	common  *Common
	posting model.Posting
	preview PreviewPane
	keys    draftViewKeys
}

type draftViewKeys struct {
	Edit, Back, Scroll key.Binding
}

// NewDraftView returns a view of p.
func NewDraftView(c *Common, p model.Posting) *DraftView {
	return &DraftView{
		common:  c,
		posting: p,
		preview: NewPreviewPane(c.Renderer),
		keys: draftViewKeys{
			Edit:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "revise")),
			Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
			Scroll: key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp("↑/↓", "scroll")),
		},
	}
}

// Name implements Screen.
func (v *DraftView) Name() string { return v.posting.Title }

// Typing implements Screen.
func (v *DraftView) Typing() bool { return false }

// Flush implements Screen: a view changes nothing.
func (v *DraftView) Flush() tea.Cmd { return nil }

// SetSize implements Screen.
func (v *DraftView) SetSize(width, height int) tea.Cmd {
	cmd := v.preview.SetSize(width, height)
	return tea.Batch(cmd, v.preview.SetMarkdown(v.posting.Markdown(), false))
}

// Update implements Screen.
func (v *DraftView) Update(msg tea.Msg) (Screen, tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, v.keys.Edit):
			return v, send(editPostingMsg{posting: v.posting})
		case key.Matches(km, v.keys.Back):
			return v, goHome
		}
	}
	var cmd tea.Cmd
	v.preview, cmd = v.preview.Update(msg)
	return v, cmd
}

// View implements Screen.
func (v *DraftView) View() string { return v.preview.View() }

// ShortHelp implements help.KeyMap.
func (v *DraftView) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Edit, v.keys.Scroll, v.keys.Back}
}

// FullHelp implements help.KeyMap.
func (v *DraftView) FullHelp() [][]key.Binding { return [][]key.Binding{v.ShortHelp()} }
