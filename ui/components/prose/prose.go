// Package prose is the text editor (textedit) for a posting's paragraphs
// (summary, about the company, equal-opportunity statement), with ctrl+e
// to write them in the user's own editor.
package prose

import (
	"strconv"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/textedit"
)

// Event says what an Update did.
type Event int

// The events.
const (
	None   Event = iota
	Edited       // the text changed: Result.Text is the new text, cleaned
	Closed       // esc: done with the section
)

// Result is what an Update leaves for the owner.
type Result struct {
	Event Event
	// Section is the owner's name for what the text belongs to (text
	// from $EDITOR may come back after the user moved on).
	Section int
	Text    string
}

// Model is the text editor of one prose section.
type Model struct {
	c       *common.Common
	owner   common.PageID
	area    textedit.Model
	clean   *cleaner
	section int
	title   string
	open    bool
	// trip numbers the $EDITOR round trips: text coming back from one
	// older than the latest is dropped.
	trip int
	keys KeyMap
	// ScratchDir is where the text for $EDITOR is written; empty means
	// jobpost's private folder (scratch.Dir). Tests set their own.
	ScratchDir string
}

// New returns a closed prose editor for the page owner (the $EDITOR round
// trip's messages are addressed to it).
func New(c *common.Common, owner common.PageID) Model {
	a := textedit.New()
	return Model{c: c, owner: owner, area: a, clean: &cleaner{}, keys: newKeyMap(c.Keys)}
}

// Open starts editing text, the prose of section, under title.
func (m *Model) Open(section int, title, text string) tea.Cmd {
	m.section, m.title, m.open = section, title, true
	m.SetText(text)
	m.area.Focus()
	return nil
}

// SetText shows text (after an undo, say) with the cursor at its end.
// The limits are never below what the text already holds: opening a long
// imported summary must not cut it.
func (m *Model) SetText(text string) {
	text = model.CleanText(text) // shown clean; written back only if changed
	m.area.CharLimit = max(model.MaxProseLength, utf8.RuneCountInString(text))
	m.area.SetValue(text)
}

// Close stops editing.
func (m *Model) Close() {
	m.open = false
	m.area.Blur()
}

// Room is how many more characters fit.
func (m Model) Room() int { return max(m.area.CharLimit-m.area.Length(), 0) }

// Limit is how many characters the text holds at most.
func (m Model) Limit() int { return m.area.CharLimit }

// SetSize sizes the editor below its heading line.
func (m *Model) SetSize(width, height int) {
	m.area.SetWidth(max(width-2, 10))
	m.area.SetHeight(max(height-3, 2))
}

// Update types into the editor, and runs the $EDITOR round trip.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, Result) {
	switch msg := msg.(type) {
	case fileReadyMsg, editorExitedMsg, textBackMsg:
		cmd, res := m.external(msg)
		return m, cmd, res
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Done):
			m.Close()
			return m, nil, Result{Event: Closed, Section: m.section}
		case key.Matches(msg, m.keys.External) && m.c.Remote:
			// The editor would run on the server, not in the user's
			// terminal, and on the server's files.
			return m, common.Status{Page: m.owner}.Info("Not available over SSH: the editor would run on the server"), Result{}
		case key.Matches(msg, m.keys.External):
			return m, m.startExternal(), Result{}
		}
	case tea.PasteMsg:
		msg.Content = cleanPaste(msg.Content, m.Room())
		return m.typed(msg)
	}
	if !m.open {
		return m, nil, Result{}
	}
	return m.typed(msg)
}

// typed gives msg to the editor. The text is reported only when the
// editor's own text changed: a key that only moves the cursor must never
// write the (cleaned) text back.
func (m Model) typed(msg tea.Msg) (Model, tea.Cmd, Result) {
	before := m.area.Edits()
	var cmd tea.Cmd
	m.area, cmd = m.area.Update(msg)
	if m.area.Edits() == before {
		return m, cmd, Result{}
	}
	return m, cmd, Result{Event: Edited, Section: m.section, Text: m.clean.text(m.area)}
}

// View draws the heading (count, limit, the editor ctrl+e opens, unless
// over SSH) and the editor.
func (m Model) View() string {
	s := m.c.Styles
	about := " · " + strconv.Itoa(m.area.Length()) + "/" + strconv.Itoa(m.area.CharLimit)
	if !m.c.Remote {
		about += " · ctrl+e opens " + editorName(m.c.Env)
	}
	head := s.Title.Render(m.title) + s.Faint.Render(about)
	return ansi.Truncate(head, m.area.Width()+2, "…") + "\n" + m.area.View()
}

// ShortHelp is the editor's keys besides typing; over SSH there is no
// $EDITOR.
func (m Model) ShortHelp() []key.Binding {
	if m.c.Remote {
		return []key.Binding{m.keys.Done}
	}
	return []key.Binding{m.keys.Done, m.keys.External}
}

// FullHelp is the same in one column.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
