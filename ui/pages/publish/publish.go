// Package publish is the last step of a posting: the posting in each
// format a board takes, to copy to the clipboard, export to a file, or
// mark as posted. It loads its draft itself, and re-makes every format
// whenever the posting changes, so each tab shows the posting as it is.
package publish

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
	"jobpost/ui/components/findings"
	"jobpost/ui/components/prompt"
)

// question names what the page is asking: the prompt's answers and the
// confirm's purpose.
type question int

const (
	exportPath   question = iota + 1 // the file to export to
	postedOn                         // the board it went live on
	postedURL                        // where the live ad is (optional)
	recordPosted                     // record it as posted?
	replaceFile                      // the export file exists: replace it?
)

// Page is the publish screen for one draft.
type Page struct {
	c      *common.Common
	id     common.PageID
	status common.Status
	keys   keyMap

	draftID   string
	exportDir string // where the next export is suggested

	loaded  bool
	loadErr error
	posting model.Posting
	outputs []output // index for index with formats
	posted  bool     // marked posted here: the page below hears of it

	format int      // index into formats
	warned []string // warnings for the format on show
	about  []string // the lines under the tabs, drawn
	chars  int      // the format's length in characters
	vp     viewport.Model

	prompt  prompt.Model[question]
	confirm confirm.Model[question]
	pending string     // the path waiting for "replace?"
	checks  checkState // the findings (checks.go)
	// The board and ad URL waiting for "record it?".
	pendingBoard, pendingURL string

	width, height int
}

// New returns the publish screen for the draft with id draftID; exports
// are suggested in exportDir ("" is the directory jobpost started in).
func New(c *common.Common, draftID string, exportDir string) *Page {
	id := common.NewPageID()
	vp := viewport.New()
	vp.SoftWrap = true
	return &Page{
		c: c, id: id, status: common.Status{Page: id}, keys: newKeyMap(c.Keys),
		draftID: draftID, exportDir: exportDir,
		vp:      vp,
		prompt:  prompt.New[question](&c.Styles, 1024),
		confirm: confirm.New[question](c),
		checks:  checkState{list: findings.New(c)},
	}
}

// ID implements common.Page.
func (p *Page) ID() common.PageID { return p.id }

// Init reads the draft and makes every format, in the background.
func (p *Page) Init() tea.Cmd {
	store, cat, now, to, id := p.c.Store, p.c.Catalog, p.c.Today(), common.To{Page: p.id}, p.draftID
	return func() tea.Msg {
		post, err := store.Get(id)
		if err != nil {
			return loadedMsg{To: to, err: err}
		}
		return loadedMsg{To: to, posting: post, outputs: renderAll(cat, post, now)}
	}
}

// Title implements common.Page.
func (p *Page) Title() string {
	if !p.loaded {
		return "Publish"
	}
	return "Publish: " + common.DisplayTitle(p.posting.Title)
}

// Typing implements common.Page.
func (p *Page) Typing() bool { return p.prompt.Active() }

// SetSize implements common.Component.
func (p *Page) SetSize(width, height int) tea.Cmd {
	rewrap := width != p.width
	p.width, p.height = width, height
	p.prompt.SetSize(width, height)
	p.confirm.SetSize(width, height)
	p.vp.SetWidth(width)
	p.checks.list.SetSize(width, max(height-3, 1))
	if rewrap {
		p.show()
	}
	p.layout()
	return nil
}

// layout gives the viewport the lines the tabs, the notes and any
// question leave.
func (p *Page) layout() {
	foot := 0
	switch {
	case p.prompt.Active():
		foot = p.prompt.Height()
	case p.confirm.Open():
		foot = p.confirm.Height()
	}
	p.vp.SetHeight(max(p.height-2-len(p.about)-foot, 1))
}

func (p *Page) current() model.Format { return formats[p.format] }

// show puts the current format in the viewport, from the top.
func (p *Page) show() {
	if !p.loaded {
		return
	}
	f, o := p.current(), p.outputs[p.format]
	p.chars = utf8.RuneCountInString(o.text)
	p.warned = model.PostingWarnings(p.posting, f, o.text, p.c.Today())
	content := o.text
	if o.err != nil {
		content = notReady(f, o.err)
	}
	// Shown without controls: JSON keeps a C1 control in a string as it
	// is, and the screen must not obey it (copies and exports keep it).
	// Wrapped at word boundaries here; the viewport's own soft wrap cuts
	// words in half.
	p.vp.SetContent(ansi.Wrap(common.SafeFrame(content), max(p.width, 10), ""))
	p.vp.GotoTop()
	p.about = p.aboutLines()
	p.layout()
}

// adopt takes the posting as it now is and every format made from it.
func (p *Page) adopt(post model.Posting, outs []output) {
	p.posting, p.outputs, p.loaded = post, outs, true
	offset := p.vp.YOffset()
	p.show()
	p.vp.SetYOffset(offset)
}

// Update implements common.Page.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			p.loadErr = msg.err
			return p, p.status.Failure("Could not open the draft: " + common.ErrorText(msg.err))
		}
		p.adopt(msg.posting, msg.outputs)
		return p, p.recheck()
	case checkedMsg:
		p.checked(msg)
		return p, nil
	case markedMsg:
		if msg.err != nil {
			return p, p.status.Failure("Not marked as posted: " + common.ErrorText(msg.err))
		}
		p.posted = true
		p.adopt(msg.posting, msg.outputs)
		return p, tea.Batch(p.recheck(), p.status.Success(markedText(msg.posting, msg.board)))
	case copiedMsg:
		return p, p.copied(msg)
	case exportedMsg:
		return p, p.exported(msg)
	case tea.PasteMsg:
		if p.prompt.Active() {
			return p, p.answer(msg)
		}
		return p, nil
	case tea.KeyPressMsg:
		switch {
		case p.prompt.Active():
			return p, p.answer(msg)
		case p.confirm.Open() && p.confirm.Purpose() == recordPosted:
			return p, p.recordAnswer(msg)
		case p.confirm.Open() && p.confirm.Purpose() != replaceFile:
			return p, p.answerDespite(msg)
		case p.confirm.Open():
			return p, p.replace(msg)
		case p.checks.open:
			return p, p.checksKey(msg)
		}
		return p, p.browse(msg)
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg) // the mouse wheel
	return p, cmd
}

// browse handles a key while no question is open.
func (p *Page) browse(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	if key.Matches(msg, k.Back) {
		if p.posted {
			return common.Back(p.id, common.PublishedMsg{ID: p.posting.ID, Status: p.posting.Status, Posted: p.posting.Posted})
		}
		return common.Back(p.id, nil)
	}
	if !p.loaded {
		return nil
	}
	switch {
	case key.Matches(msg, k.Next):
		p.format = (p.format + 1) % len(formats)
		p.show()
	case key.Matches(msg, k.Prev):
		p.format = (p.format + len(formats) - 1) % len(formats)
		p.show()
	case key.Matches(msg, k.Up):
		p.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		p.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		p.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		p.vp.PageDown()
	case key.Matches(msg, k.Top):
		p.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		p.vp.GotoBottom()
	case key.Matches(msg, k.Copy):
		if cmd, asked := p.despite(copyDespite); asked {
			return cmd
		}
		return p.copy()
	case key.Matches(msg, k.Export) && p.c.Remote:
		return p.noExportOverSSH()
	case key.Matches(msg, k.Export):
		if cmd, asked := p.despite(exportDespite); asked {
			return cmd
		}
		return p.askExportPath()
	case key.Matches(msg, k.Checks):
		return p.openChecks()
	case key.Matches(msg, k.Posted):
		return p.askBoard()
	default:
		var cmd tea.Cmd
		p.vp, cmd = p.vp.Update(msg) // space, f, b: the pager's own keys
		return cmd
	}
	return nil
}

// answer takes a key or paste for the open prompt.
func (p *Page) answer(msg tea.Msg) tea.Cmd {
	outcome, text, cmd := p.prompt.Update(msg)
	p.layout()
	if outcome != prompt.Answered {
		return cmd
	}
	switch p.prompt.Purpose() {
	case exportPath:
		return p.export(text, false)
	case postedOn:
		return p.askAdURL(text, "", "Where is the live ad? Optional: enter skips it.")
	case postedURL:
		return p.adURL(text)
	}
	return nil
}

// View implements common.Page.
func (p *Page) View() string {
	st := p.c.Styles
	switch {
	case p.loadErr != nil:
		return st.Error.Render(ansi.Truncate("Could not open the draft: "+common.ErrorText(p.loadErr), p.width, "…")) +
			"\n" + st.Subtle.Render("esc goes back.")
	case !p.loaded:
		return st.Subtle.Render("Loading…")
	}
	tabs := make([]string, len(formats))
	for i, f := range formats {
		if i == p.format {
			tabs[i] = st.StepCurrent.Render(formatNames[f])
		} else {
			tabs[i] = st.Subtle.Render(formatNames[f])
		}
	}
	lines := []string{ansi.Truncate(strings.Join(tabs, st.Faint.Render(" │ ")), p.width, "…")}
	lines = append(lines, p.about...)
	if p.checks.open {
		return strings.Join(append(lines[:1], p.checksView()), "\n")
	}
	lines = append(lines, st.Faint.Render(strings.Repeat("─", max(p.width, 1))), p.vp.View())
	switch {
	case p.prompt.Active():
		lines = append(lines, p.prompt.View())
	case p.confirm.Open():
		lines = append(lines, p.confirm.View())
	}
	return strings.Join(lines, "\n")
}

// aboutNotes is how many lines the notes under the tabs may take: enough
// for a warning to be read whole at 80 columns.
const aboutNotes = 3

// aboutLines are the notes under the tabs: on the format, and the checks.
func (p *Page) aboutLines() []string { return append(p.formatNotes(), p.checksLines()...) }

// formatNotes are the length and where the format goes, or what is wrong
// with it.
func (p *Page) formatNotes() []string {
	st := p.c.Styles
	f, o := p.current(), p.outputs[p.format]
	var text string
	switch {
	case o.err != nil:
		text = "Not ready: " + o.err.Error()
	case len(p.warned) > 0:
		text = model.Thousands(p.chars) + " characters. " + strings.Join(p.warned, " ")
	default:
		return []string{st.Subtle.Render(ansi.Truncate(model.Thousands(p.chars)+" characters · "+formatUse[f], p.width, "…"))}
	}
	lines := common.Wrap(text, p.width)
	if len(lines) > aboutNotes {
		lines = lines[:aboutNotes]
		lines[aboutNotes-1] = ansi.Truncate(lines[aboutNotes-1], max(p.width-1, 1), "") + "…"
	}
	for i, l := range lines {
		lines[i] = st.Error.Render(l)
	}
	return lines
}

// ShortHelp implements help.KeyMap.
func (p *Page) ShortHelp() []key.Binding {
	switch {
	case p.prompt.Active():
		return p.prompt.ShortHelp()
	case p.confirm.Open():
		return p.confirm.ShortHelp()
	}
	// What the screen is for first: at 80 columns the root drops keys
	// from the end to keep "? help" and "q quit". (f for the checks is
	// on their line under the tabs, and in the full help.)
	k := p.keys
	if p.checks.open {
		return append(p.checks.list.ShortHelp(), common.WithHelp(k.Back, "esc", "back to the format"))
	}
	if p.c.Remote {
		return []key.Binding{k.Copy, common.WithHelp(k.Posted, "m", "mark posted"), k.Next, common.WithHelp(k.Back, "esc", "back")}
	}
	return []key.Binding{k.Copy, common.WithHelp(k.Export, "e", "export"), common.WithHelp(k.Posted, "m", "mark posted"), k.Next, common.WithHelp(k.Back, "esc", "back")}
}

// quiet clears the page's status message as it asks a question: "Exported
// …" is not about the file it asks to replace now.
func (p *Page) quiet() tea.Cmd { return p.status.Info("") }

// FullHelp implements help.KeyMap.
func (p *Page) FullHelp() [][]key.Binding {
	switch {
	case p.prompt.Active():
		return p.prompt.FullHelp()
	case p.confirm.Open():
		return p.confirm.FullHelp()
	}
	k := p.keys
	if p.c.Remote {
		return [][]key.Binding{
			{k.Next, k.Prev, k.Copy, k.Posted, k.Checks, k.Back},
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		}
	}
	return [][]key.Binding{
		{k.Next, k.Prev, k.Copy, k.Export, k.Posted, k.Checks, k.Back},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
	}
}
