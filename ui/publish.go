package ui

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/internal/atomicfile"
	"jobpost/internal/clipboard"
	"jobpost/model"
	"jobpost/storage"
)

// publishFormats are the formats the publish screen offers, in the order a
// recruiter most often needs them: plain text pastes best into the
// boards' rich-text editors.
var publishFormats = []model.Format{model.FormatText, model.FormatHTML, model.FormatMarkdown, model.FormatJSONLD, model.FormatJSON}

var formatNames = map[model.Format]string{
	model.FormatText: "Plain text", model.FormatHTML: "HTML", model.FormatMarkdown: "Markdown",
	model.FormatJSONLD: "JSON-LD", model.FormatJSON: "JSON",
}

type (
	// openPublishMsg opens the publish screen on a posting; back makes
	// the message that returns to where it was opened from, given the
	// posting as publishing left it (it may have been marked posted).
	openPublishMsg struct {
		posting model.Posting
		back    func(model.Posting) tea.Msg
	}
	// copiedMsg reports the desktop clipboard tool's part of a copy.
	copiedMsg struct {
		format model.Format
		chars  int
		tool   string
		err    error
	}
	// exportedMsg reports a file export.
	exportedMsg struct {
		path   string
		format model.Format
		size   int
		err    error
	}
)

// openPublish reads a draft and opens the publish screen on it.
func openPublish(store *storage.Store, id string, back func(model.Posting) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		p, err := store.Get(id)
		if err != nil {
			return draftOpMsg{err: err}
		}
		return openPublishMsg{posting: p, back: back}
	}
}

// publishMode is what the publish screen's keys do at the moment.
type publishMode int

const (
	publishBrowsing  publishMode = iota
	publishPrompting             // typing the export path, or where it was posted
	publishReplace               // the file exists: replace it?
)

// PublishScreen is the last step: the posting in each format a board
// takes, to copy to the clipboard, export to a file, or mark as posted.
type PublishScreen struct {
	common  *Common
	posting model.Posting
	back    func(model.Posting) tea.Msg
	keys    publishKeys

	format   int                     // index into publishFormats
	rendered map[model.Format]string // each format, made once
	problems map[model.Format]error  // formats that cannot be made yet
	warned   []string                // warnings for the format on show
	chars    int                     // its length in characters
	vp       viewport.Model

	mode    publishMode
	prompt  Prompt
	pending string // the path waiting for "replace?"

	width, height int
}

type publishKeys struct {
	Next, Prev, Copy, Export, Posted, Back, Yes, No, Top, Bottom key.Binding
}

func newPublishKeys() publishKeys {
	return publishKeys{
		Next:   key.NewBinding(key.WithKeys("tab", "right", "l"), key.WithHelp("tab", "next format")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "left", "h"), key.WithHelp("shift+tab", "previous format")),
		Copy:   key.NewBinding(key.WithKeys("c", "y"), key.WithHelp("c", "copy")),
		Export: key.NewBinding(key.WithKeys("e", "w"), key.WithHelp("e", "export to a file")),
		Posted: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark as posted")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Top:    key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top")),
		Bottom: key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom")),
		Yes:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "replace it")),
		No:     key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "keep it")),
	}
}

// NewPublishScreen returns the publish screen for p.
func NewPublishScreen(c *Common, p model.Posting, back func(model.Posting) tea.Msg) *PublishScreen {
	s := &PublishScreen{
		common: c, posting: p, back: back, keys: newPublishKeys(),
		rendered: map[model.Format]string{}, problems: map[model.Format]error{},
	}
	s.vp = viewport.New()
	s.vp.SoftWrap = true
	s.prompt = NewPrompt(&c.Styles, 1024)
	opts := model.ExportOptions{Now: c.Now(), ExperienceMonths: c.Catalog.ExperienceMonths(p.Seniority)}
	for _, f := range publishFormats {
		// Exports are pure and take well under a millisecond each.
		out, err := model.Export(p, f, opts)
		if err != nil {
			s.problems[f] = err
			continue
		}
		s.rendered[f] = string(out)
	}
	s.show()
	return s
}

func (s *PublishScreen) current() model.Format { return publishFormats[s.format] }

func (s *PublishScreen) show() {
	f := s.current()
	s.chars = utf8.RuneCountInString(s.rendered[f])
	s.warned = model.PostingWarnings(s.posting, f, s.rendered[f], s.common.Now())
	content := s.rendered[f]
	if err := s.problems[f]; err != nil {
		content = formatNames[f] + " cannot be made yet: " + err.Error()
	}
	// Wrapped at word boundaries here; the viewport's own soft wrap cuts
	// words in half.
	s.vp.SetContent(ansi.Wrap(content, max(s.width, 10), ""))
	s.vp.GotoTop()
}

// Name implements Screen.
func (s *PublishScreen) Name() string { return "Publish: " + displayTitle(s.posting.Title) }

// Typing implements Screen.
func (s *PublishScreen) Typing() bool { return s.mode == publishPrompting }

// Flush implements Screen: nothing here waits to be saved.
func (s *PublishScreen) Flush() tea.Cmd { return nil }

// SetSize implements Screen.
func (s *PublishScreen) SetSize(width, height int) tea.Cmd {
	s.prompt.SetWidth(width)
	rewrap := width != s.width
	s.width, s.height = width, height
	s.vp.SetWidth(width)
	s.vp.SetHeight(max(height-3-s.promptHeight(), 1))
	if rewrap {
		s.show()
	}
	return nil
}

func (s *PublishScreen) promptHeight() int {
	if s.mode == publishBrowsing {
		return 0
	}
	return 2
}

func (s *PublishScreen) setMode(m publishMode) {
	s.mode = m
	s.SetSize(s.width, s.height)
}

// Update implements Screen.
func (s *PublishScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case copiedMsg:
		return s, s.copied(msg)
	case exportedMsg:
		switch {
		case errors.Is(msg.err, fs.ErrExist):
			s.pending = msg.path
			s.setMode(publishReplace)
			return s, nil
		case msg.err != nil:
			return s, failure("Not exported: " + msg.err.Error())
		}
		s.common.lastExportDir = filepath.Dir(msg.path)
		return s, success("Exported " + formatNames[msg.format] + " to " + shortPath(msg.path) + " (" + model.Thousands(msg.size) + " bytes)")
	case draftOpMsg:
		if msg.err != nil {
			return s, failure(msg.err.Error())
		}
		return s, success(msg.text)
	case tea.PasteMsg:
		if s.mode == publishPrompting {
			return s, s.updatePrompt(msg)
		}
	case tea.KeyPressMsg:
		switch s.mode {
		case publishPrompting:
			return s, s.updatePrompt(msg)
		case publishReplace:
			switch {
			case key.Matches(msg, s.keys.Yes):
				s.setMode(publishBrowsing)
				return s, s.export(s.pending, true)
			case key.Matches(msg, s.keys.No):
				s.setMode(publishBrowsing)
				return s, info("Kept " + shortPath(s.pending) + " as it was.")
			}
			return s, nil
		}
		if cmd, ok := s.updateBrowsing(msg); ok {
			return s, cmd
		}
	}
	var cmd tea.Cmd
	s.vp, cmd = s.vp.Update(msg)
	return s, cmd
}

func (s *PublishScreen) updateBrowsing(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Next):
		s.format = (s.format + 1) % len(publishFormats)
		s.show()
	case key.Matches(msg, k.Prev):
		s.format = (s.format + len(publishFormats) - 1) % len(publishFormats)
		s.show()
	case key.Matches(msg, k.Back):
		return send(s.back(s.posting)), true
	case key.Matches(msg, k.Top):
		s.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		s.vp.GotoBottom()
	case key.Matches(msg, k.Copy):
		return s.copy(), true
	case key.Matches(msg, k.Export):
		if err := s.problems[s.current()]; err != nil {
			return failure(formatNames[s.current()] + " cannot be made yet: " + err.Error()), true
		}
		s.setMode(publishPrompting)
		return s.prompt.Open("export", "Export to: ", filepath.Join(s.common.lastExportDir, model.Slug(s.posting.Title)+s.current().Ext()),
			"The extension picks the format (.txt .html .md .jsonld .json); an existing file is never replaced without asking.",
			"Type a file name, or esc to cancel."), true
	case key.Matches(msg, k.Posted):
		s.setMode(publishPrompting)
		cmd := s.prompt.Open("board", "Posted on: ", "", "Where did it go live? Today's date is kept with it.",
			"Say where it was posted, e.g. LinkedIn; esc cancels.")
		s.prompt.SetPlaceholder("LinkedIn, Indeed, our careers page…")
		return cmd, true
	default:
		return nil, false
	}
	return nil, true
}

func (s *PublishScreen) updatePrompt(msg tea.Msg) tea.Cmd {
	purpose := s.prompt.Purpose()
	result, answer, cmd := s.prompt.Update(msg)
	if result == promptTyping {
		return cmd
	}
	s.setMode(publishBrowsing)
	switch {
	case result == promptCancelled:
		return nil
	case purpose == "export":
		return s.export(answer, false)
	}
	now := s.common.Now()
	s.posting.Status = model.StatusPosted
	s.posting.Posted = &model.Posted{Board: answer, On: now.UTC()}
	return markPosted(s.common.Store, s.posting.ID, answer, now)
}

// copy puts the current format on the clipboard by OSC 52, through Bubble
// Tea (it works over SSH, and in tmux with set-clipboard on), and through
// the desktop's clipboard tool when there is one.
func (s *PublishScreen) copy() tea.Cmd {
	f := s.current()
	if err := s.problems[f]; err != nil {
		return failure(formatNames[f] + " cannot be made yet: " + err.Error())
	}
	text := s.rendered[f]
	chars := utf8.RuneCountInString(text)
	getenv := s.common.getenv()
	native := func() tea.Msg {
		tool, err := clipboard.NativeEnv(context.Background(), text, getenv)
		return copiedMsg{format: f, chars: chars, tool: tool, err: err}
	}
	return tea.Batch(tea.SetClipboard(text), native)
}

func (s *PublishScreen) copied(msg copiedMsg) tea.Cmd {
	via := "the terminal (OSC 52)"
	if msg.tool != "" {
		via += " and " + msg.tool
	}
	text := "Copied " + formatNames[msg.format] + ", " + model.Thousands(msg.chars) + " characters, via " + via + "."
	if msg.tool == "" && s.common.getenv()("TMUX") != "" {
		text += " If nothing arrived, tmux needs: set -g set-clipboard on"
	}
	if msg.err != nil {
		return failure(text + " The desktop clipboard tool failed: " + msg.err.Error())
	}
	if w := s.warnings(); len(w) > 0 {
		return failure(text + " " + strings.Join(w, " "))
	}
	return success(text)
}

// export writes the posting to path, in the format its extension names or
// else the one on screen, in a tea.Cmd.
func (s *PublishScreen) export(path string, replace bool) tea.Cmd {
	f := s.current()
	switch byExt, ok := model.FormatFromPath(path); {
	case ok:
		f = byExt
	case filepath.Ext(path) == "":
		path += f.Ext() // "posting" becomes "posting.txt"
	default:
		return failure("jobpost cannot write " + filepath.Ext(path) + " files: use .txt, .html, .md, .jsonld or .json.")
	}
	data, err := []byte(s.rendered[f]), s.problems[f]
	if err != nil {
		return failure(formatNames[f] + " cannot be made yet: " + err.Error())
	}
	return func() tea.Msg {
		full, err := expandPath(path)
		if err == nil {
			if _, statErr := os.Stat(filepath.Dir(full)); statErr != nil {
				err = errors.New("there is no folder " + shortPath(filepath.Dir(full)))
			} else {
				err = atomicfile.Write(full, data, replace)
			}
		}
		return exportedMsg{path: full, format: f, size: len(data), err: err}
	}
}

// expandPath makes a typed path absolute: ~/ is the home directory, and a
// relative path is taken from the directory jobpost was started in.
func expandPath(p string) (string, error) {
	if rest, ok := strings.CutPrefix(p, "~/"); ok {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, rest), nil
	}
	return filepath.Abs(p)
}

// warnings are what the current format should be pasted with: board
// limits gone over, a closing date passed. Made by show, not per frame.
func (s *PublishScreen) warnings() []string { return s.warned }

// View implements Screen.
func (s *PublishScreen) View() string {
	st := s.common.Styles
	tabs := make([]string, len(publishFormats))
	for i, f := range publishFormats {
		if i == s.format {
			tabs[i] = st.StepCurrent.Render(formatNames[f])
		} else {
			tabs[i] = st.Subtle.Render(formatNames[f])
		}
	}
	f := s.current()
	var about string
	switch {
	case s.problems[f] != nil:
		about = st.Error.Render("Not ready: " + s.problems[f].Error())
	case len(s.warnings()) > 0:
		about = st.Error.Render(model.Thousands(s.chars) + " characters. " + strings.Join(s.warnings(), " "))
	default:
		about = st.Subtle.Render(model.Thousands(s.chars) + " characters · " + formatUse[f])
	}
	lines := []string{
		ansi.Truncate(strings.Join(tabs, st.Faint.Render(" │ ")), s.width, "…"),
		ansi.Truncate(about, s.width, "…"),
		st.Faint.Render(strings.Repeat("─", max(s.width, 1))),
		s.vp.View(),
	}
	switch s.mode {
	case publishPrompting:
		lines = append(lines, s.prompt.View(s.width))
	case publishReplace:
		lines = append(lines, st.Error.Render(ansi.Truncate(shortPath(s.pending)+" exists. Replace it? y / n", s.width, "…")), "")
	}
	return strings.Join(lines, "\n")
}

// formatUse says where each format goes.
var formatUse = map[model.Format]string{
	model.FormatText:     "pastes cleanly into LinkedIn, Indeed and other rich-text forms",
	model.FormatHTML:     "for Greenhouse, Lever and boards that take HTML",
	model.FormatMarkdown: "for docs, READMEs and forums that render Markdown",
	model.FormatJSONLD:   "schema.org JobPosting for your careers page (Google for Jobs)",
	model.FormatJSON:     "jobpost's own format: jobpost import reads it back",
}

// ShortHelp implements help.KeyMap.
func (s *PublishScreen) ShortHelp() []key.Binding {
	k := s.keys
	switch s.mode {
	case publishPrompting:
		return s.prompt.ShortHelp()
	case publishReplace:
		return []key.Binding{k.Yes, k.No}
	}
	return []key.Binding{k.Next, k.Copy, k.Export, k.Posted, k.Back}
}

// FullHelp implements help.KeyMap.
func (s *PublishScreen) FullHelp() [][]key.Binding {
	k := s.keys
	return [][]key.Binding{
		{k.Next, k.Prev, k.Copy, k.Export, k.Posted, k.Back},
		{s.vp.KeyMap.Up, s.vp.KeyMap.Down, s.vp.KeyMap.PageUp, s.vp.KeyMap.PageDown, k.Top, k.Bottom},
	}
}
