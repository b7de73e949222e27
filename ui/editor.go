package ui

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
)

// editorMode is what has the keys: the section list or one section open.
type editorMode int

const (
	modeSections  editorMode = iota // choosing a section
	modeList                        // a list section: lines to add, edit, move
	modeForm                        // short fields
	modeProse                       // a textarea
	modePicker                      // a catalog picklist
	modeItemInput                   // typing one line of a list
	modeConfirm                     // a y/n question
)

// wideWidth is the width from which the preview sits beside the sections;
// below it the two take turns (tab).
const wideWidth = 120

// Limits on typed and pasted text: generous for any real posting, small
// enough that a pasted megabyte is cut rather than freezing the screen.
const (
	listItemLimit  = 300  // one line of a list
	proseCharLimit = 6000 // summary, about, EEO statement
	proseMaxLines  = 200  // textarea's MaxHeight: it refuses input beyond it
)

// Editor is where a posting is changed: a list of its parts on one side,
// the rendered posting on the other (or a tab away on narrow terminals).
// Every change is applied at once, autosaved, can be undone, and the
// preview catches up in the background.
type Editor struct {
	common   *Common
	keys     editorKeys
	profile  bool // editing the company profile, not a posting
	posting  model.Posting
	problems []model.FieldError
	sections []section
	cursor   int // index into sections
	offset   int // first section row shown
	mode     editorMode
	history  editHistory
	saver    *Autosaver
	// saveAsked: the user is leaving; go home once the save lands.
	saveAsked bool
	session   int // bumped each time a section opens: one undo group per visit

	item, itemOffset int // list sections: the line under the cursor
	input            textinput.Model
	inputAt          int  // where the typed line goes
	inputNew         bool // a new line rather than an edit
	inputErr         string

	form                    editorForm
	formStart               model.Posting // the posting when the form opened
	roleBefore, levelBefore string

	area        textarea.Model
	externalSeq int

	picker    Picker
	pickerEEO bool

	question string
	pending  model.Posting // what y applies

	preview      PreviewPane
	previewFocus bool // narrow: the preview is shown; wide: arrows scroll it
	manualScroll bool // the user scrolled the preview: stop following
	plainSrc     string
	plain        []string // preview lines without styling, for finding headings
	viewSrc      string
	viewLines    []string // preview lines as rendered, for drawing

	noted map[string]time.Time // when each kind of routine note last went out

	width, height int
}

// NewEditor returns the editor on a saved posting.
func NewEditor(c *Common, p model.Posting) *Editor {
	return newEditor(c, p, postingSections, NewDraftAutosaver(c.Store, p.ID))
}

func newEditor(c *Common, p model.Posting, sections []section, saver *Autosaver) *Editor {
	isDark := c.Styles.Theme != Light
	e := &Editor{
		common:   c,
		keys:     newEditorKeys(),
		posting:  p.Clone(),
		sections: sections,
		saver:    saver,
		preview:  NewPreviewPane(c.Renderer),
	}
	e.problems = e.posting.Problems()
	e.input = newTextInput(c.Styles.Theme, listItemLimit)
	e.input.Prompt = ""
	e.area = textarea.New()
	e.area.ShowLineNumbers = false
	e.area.Prompt = ""
	e.area.CharLimit = proseCharLimit
	e.area.MaxHeight = proseMaxLines
	as := textarea.DefaultStyles(isDark)
	as.Cursor.Blink = false
	e.area.SetStyles(as)
	return e
}

// Posting returns the posting as edited so far.
func (e *Editor) Posting() model.Posting { return e.posting }

// Name implements Screen.
func (e *Editor) Name() string {
	if e.profile {
		return "Company profile"
	}
	if t := model.CleanLine(e.posting.Title); t != "" {
		return "Editing: " + t
	}
	return "Editing: untitled posting"
}

// Typing implements Screen.
func (e *Editor) Typing() bool {
	switch e.mode {
	case modeForm, modeProse, modeItemInput:
		return true
	case modePicker:
		return e.picker.Filtering()
	}
	return false
}

// Flush implements Screen: unsaved edits are saved before quitting.
func (e *Editor) Flush() tea.Cmd {
	if !e.saver.Dirty() {
		return nil
	}
	return e.saver.SaveNow(e.posting)
}

func (e *Editor) wide() bool { return e.width >= wideWidth }

// paneWidths are the widths of the sections pane and the preview.
func (e *Editor) paneWidths() (left, right int) {
	if !e.wide() {
		return e.width, e.width
	}
	left = min(max(e.width*2/5, 44), 64)
	return left, e.width - left - 3
}

// SetSize implements Screen.
func (e *Editor) SetSize(width, height int) tea.Cmd {
	e.width, e.height = width, height
	lw, rw := e.paneWidths()
	e.form.setWidth(lw)
	e.input.SetWidth(max(lw-8, 8))
	e.area.SetWidth(max(lw-2, 10))
	e.area.SetHeight(max(height-3, 2))
	e.picker.SetSize(lw, max(height-1, 2))
	cmd := e.preview.SetSize(rw, max(height-1, 1))
	// The first render is not debounced: the preview should be there on
	// opening.
	cmd = tea.Batch(cmd, e.preview.SetMarkdown(e.posting.Markdown(), false))
	e.followPreview()
	return cmd
}

// Update implements Screen.
func (e *Editor) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case autosaveDueMsg:
		if cmd := e.saver.Due(msg, e.posting); cmd != nil {
			return e, tea.Batch(e.note("saving", info("Saving…")), cmd)
		}
		return e, nil
	case autosavedMsg:
		return e, e.saved(msg)
	case renderDueMsg, renderedMsg:
		var cmd tea.Cmd
		e.preview, cmd = e.preview.Update(msg)
		e.followPreview()
		return e, cmd
	case editorFileMsg, editorExitedMsg, editorTextMsg:
		return e, e.updateExternal(msg)
	case tea.PasteMsg:
		return e, e.paste(msg)
	case tea.KeyPressMsg:
		return e, e.updateKey(msg)
	}
	// Anything else (cursor blinks) goes to whatever has focus.
	var cmd tea.Cmd
	switch e.mode {
	case modeForm:
		cmd, _ = e.form.update(msg, e.keys.form)
	case modeProse:
		e.area, cmd = e.area.Update(msg)
	case modeItemInput:
		e.input, cmd = e.input.Update(msg)
	}
	return e, cmd
}

// saved takes a save's result.
func (e *Editor) saved(msg autosavedMsg) tea.Cmd {
	cmd := e.saver.Saved(msg)
	if msg.id != e.saver.id {
		return cmd
	}
	if msg.err != nil {
		e.saveAsked = false // stay: the failure is on screen, and retried
		return cmd
	}
	switch {
	case e.saveAsked && e.saver.Landed(msg):
		return tea.Batch(goHome, success("Saved “"+msg.title+"”"))
	case e.saveAsked:
		return e.saver.SaveNow(e.posting) // edited while that save ran
	}
	return tea.Batch(cmd, e.note("saved", success("Saved")))
}

// noteEvery is the least time between two routine save notes: typing
// saves every pause, and the status bar should not flicker with it.
const noteEvery = 2 * time.Second

// note returns cmd unless a note of the same kind went out lately.
func (e *Editor) note(kind string, cmd tea.Cmd) tea.Cmd {
	now := e.common.Now()
	if last, ok := e.noted[kind]; ok && now.Sub(last) < noteEvery && now.Sub(last) >= 0 {
		return nil
	}
	if e.noted == nil {
		e.noted = map[string]time.Time{}
	}
	e.noted[kind] = now
	return cmd
}

func (e *Editor) updateKey(km tea.KeyPressMsg) tea.Cmd {
	k := e.keys
	// ctrl+z and ctrl+y work everywhere, text inputs included.
	switch {
	case key.Matches(km, k.UndoTyping):
		return e.undo(false)
	case key.Matches(km, k.RedoTyping):
		return e.undo(true)
	}
	switch e.mode {
	case modeForm:
		return e.updateForm(km)
	case modeProse:
		return e.updateProse(km)
	case modeItemInput:
		return e.updateItemInput(km)
	case modePicker:
		return e.updatePicker(km)
	case modeConfirm:
		return e.updateConfirm(km)
	}
	// The section list and list sections share undo, preview and
	// scrolling keys.
	switch {
	case key.Matches(km, k.Undo):
		return e.undo(false)
	case key.Matches(km, k.Redo):
		return e.undo(true)
	case key.Matches(km, k.Preview):
		e.previewFocus = !e.previewFocus
		return nil
	case key.Matches(km, k.ScrollDown):
		e.scrollPreview(e.preview.vp.Height() - 1)
		return nil
	case key.Matches(km, k.ScrollUp):
		e.scrollPreview(-(e.preview.vp.Height() - 1))
		return nil
	case e.previewFocus && key.Matches(km, k.Up):
		e.scrollPreview(-1)
		return nil
	case e.previewFocus && key.Matches(km, k.Down):
		e.scrollPreview(1)
		return nil
	}
	if e.previewFocus && !e.wide() && !key.Matches(km, k.Back) {
		return nil // the sections are hidden: their keys would act unseen
	}
	if e.mode == modeList {
		return e.updateList(km)
	}
	return e.updateSections(km)
}

func (e *Editor) scrollPreview(n int) {
	e.manualScroll = true
	if n > 0 {
		e.preview.vp.ScrollDown(n)
	} else {
		e.preview.vp.ScrollUp(-n)
	}
}

func (e *Editor) updateSections(km tea.KeyPressMsg) tea.Cmd {
	k := e.keys
	switch {
	case key.Matches(km, k.Up):
		e.moveCursor(e.cursor - 1)
	case key.Matches(km, k.Down):
		e.moveCursor(e.cursor + 1)
	case key.Matches(km, k.Top):
		e.moveCursor(0)
	case key.Matches(km, k.Bottom):
		e.moveCursor(len(e.sections) - 1)
	case key.Matches(km, k.Edit):
		return e.open()
	case key.Matches(km, k.Publish) && !e.profile:
		return e.publish()
	case key.Matches(km, k.Back):
		if e.previewFocus {
			e.previewFocus = false
			return nil
		}
		return e.leave()
	}
	return nil
}

func (e *Editor) moveCursor(i int) {
	e.cursor = min(max(i, 0), len(e.sections)-1)
	e.manualScroll = false
	e.followPreview()
}

// current is the section under the cursor, the one open if any is.
func (e *Editor) current() section { return e.sections[e.cursor] }

// resumeEditorMsg returns to an editor after publishing.
type resumeEditorMsg struct {
	editor    *Editor
	published model.Posting
}

// adoptPublished takes what publishing changed (and saved): the status
// and where it was posted. Nothing else is touched, so the next autosave
// cannot undo it.
func (e *Editor) adoptPublished(p model.Posting) {
	e.posting.Status = p.Status
	e.posting.Posted = p.Clone().Posted
}

// leave goes back to the drafts, saving first if anything is unsaved.
func (e *Editor) leave() tea.Cmd {
	if e.saver.Dirty() {
		e.saveAsked = true
		// In sequence, so that "Saving…" cannot land after "Saved".
		return tea.Sequence(info("Saving…"), e.saver.SaveNow(e.posting))
	}
	return goHome
}

// publish opens the publish screen on the posting as it stands, saved
// first; esc there comes back to this editor, undo history and all.
func (e *Editor) publish() tea.Cmd {
	back := func(p model.Posting) tea.Msg { return resumeEditorMsg{editor: e, published: p} }
	open := send(openPublishMsg{posting: e.posting.Clone(), back: back})
	if e.saver.Dirty() {
		return tea.Sequence(e.saver.SaveNow(e.posting), open)
	}
	return open
}

// open starts editing the section under the cursor.
func (e *Editor) open() tea.Cmd {
	e.session++
	e.history.breakGroup()
	e.previewFocus = false
	e.manualScroll = false
	e.followPreview()
	sec := e.current()
	switch sec.kind {
	case kindList:
		e.mode = modeList
		e.item, e.itemOffset = 0, 0
		return nil
	case kindProse:
		if sec.id == secEEO && len(e.common.Catalog.EEOStatements) > 0 {
			return e.openEEOPicker()
		}
		return e.openProse()
	}
	return e.openForm()
}

// group names the undo step of one field in this visit to a section.
func (e *Editor) group(field string) string {
	return strconv.Itoa(e.session) + ":" + field
}

// edit applies fn to a copy of the posting as one undo step of group.
func (e *Editor) edit(group string, fn func(p *model.Posting)) tea.Cmd {
	next := e.posting.Clone()
	fn(&next)
	return e.commit(next, group)
}

// commit makes next the posting, recording the step for undo.
func (e *Editor) commit(next model.Posting, group string) tea.Cmd {
	e.history.record(e.posting, group)
	e.posting = next
	return e.afterChange()
}

// afterChange re-checks the posting, schedules a save and asks the
// preview for a (debounced) render: typing never waits for Glamour.
func (e *Editor) afterChange() tea.Cmd {
	if !e.profile {
		e.posting.UpdatedAt = e.common.Now().UTC()
	}
	e.problems = e.posting.Problems()
	cmd := e.preview.SetMarkdown(e.posting.Markdown(), true)
	e.followPreview()
	return tea.Batch(cmd, e.saver.Changed())
}

// undo takes back (or, with redo, restores) one step.
func (e *Editor) undo(redo bool) tea.Cmd {
	step, word := e.history.Undo, "Undone"
	if redo {
		step, word = e.history.Redo, "Redone"
	}
	p, ok := step(e.posting)
	// The editor does not change the status; undo must not either (it
	// may have been marked posted since the snapshot).
	p.Status, p.Posted = e.posting.Status, e.posting.Posted
	if !ok {
		if redo {
			return info("Nothing to redo")
		}
		return info("Nothing to undo")
	}
	e.posting = p
	e.reloadMode()
	return tea.Batch(e.afterChange(), info(word))
}

// reloadMode shows the posting again in whatever is open after an undo.
func (e *Editor) reloadMode() {
	e.session++
	switch e.mode {
	case modeForm:
		focus := e.form.focus
		e.form = newSectionForm(e.common.Catalog, e.posting, e.current().id, e.profile)
		e.styleForm()
		e.form.focusField(focus)
		e.form.candidate(e.posting)
	case modeProse:
		e.area.SetValue(*proseOf(&e.posting, e.current().id))
	case modeItemInput, modePicker:
		if e.current().kind == kindList {
			e.mode = modeList
		} else {
			e.mode = modeSections
		}
		e.input.Blur()
	case modeConfirm:
		e.mode = modeSections
	}
	if l := listOf(&e.posting, e.current().id); l != nil {
		e.item = min(e.item, max(len(*l)-1, 0))
	}
}

// followPreview scrolls the preview to the heading of the section being
// looked at or edited, unless the user has scrolled it themselves.
func (e *Editor) followPreview() {
	if e.manualScroll || e.width == 0 {
		return
	}
	heading := previewHeading(e.posting, e.current().id)
	if heading == "" {
		e.preview.vp.GotoTop()
		return
	}
	if content := e.preview.vp.GetContent(); content != e.plainSrc {
		e.plainSrc = content
		e.plain = strings.Split(ansi.Strip(content), "\n")
	}
	// A long heading may wrap: its start is enough.
	if r := []rune(heading); len(r) > 24 {
		heading = string(r[:24])
	}
	at := -1
	for i, l := range e.plain {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "## "+heading) || strings.HasPrefix(t, heading) {
			at = i
			break
		}
	}
	if at >= 0 {
		e.preview.vp.SetYOffset(at)
	}
}

// paste takes pasted text into whatever input has focus, cleaned and cut
// to that input's limit.
func (e *Editor) paste(msg tea.PasteMsg) tea.Cmd {
	switch e.mode {
	case modeForm:
		cmd, changed := e.form.update(msg, e.keys.form)
		return tea.Batch(cmd, e.formChanged(changed), pasteNote(msg.Content, shortFieldLimit))
	case modeItemInput:
		room := e.input.CharLimit - len([]rune(e.input.Value()))
		var cmd tea.Cmd
		e.input, cmd = e.input.Update(tea.PasteMsg{Content: cleanPaste(msg.Content, max(room, 0))})
		e.inputErr = ""
		return tea.Batch(cmd, pasteNote(msg.Content, room))
	case modeProse:
		room := e.area.CharLimit - e.area.Length()
		text := cleanProsePaste(msg.Content, max(room, 0))
		var cmd tea.Cmd
		e.area, cmd = e.area.Update(tea.PasteMsg{Content: text})
		return tea.Batch(cmd, e.proseChanged(), pasteNote(msg.Content, room))
	case modePicker:
		var cmd tea.Cmd
		e.picker, cmd, _ = e.picker.Update(msg)
		return cmd
	}
	return nil
}

// pasteNote says so when a paste was cut.
func pasteNote(pasted string, room int) tea.Cmd {
	if len(pasted) <= max(room, 0) || len([]rune(pasted)) <= max(room, 0) {
		return nil
	}
	return info("The paste was cut to fit: at most " + strconv.Itoa(max(room, 0)) + " more characters here.")
}

// cleanProsePaste is cleanPaste for prose: line breaks stay.
func cleanProsePaste(s string, limit int) string {
	if len(s) > limit*4 {
		s = s[:limit*4]
	}
	s = model.CleanText(s)
	if r := []rune(s); len(r) > limit {
		s = string(r[:limit])
	}
	return s
}

// View implements Screen.
func (e *Editor) View() string {
	if e.width == 0 {
		return ""
	}
	lw, rw := e.paneWidths()
	if e.wide() {
		return joinColumns(e.paneView(lw, e.height), e.previewView(rw, e.height), lw, e.height,
			e.common.Styles.Faint.Render(" │ "))
	}
	if e.previewFocus && (e.mode == modeSections || e.mode == modeList) {
		return e.previewView(e.width, e.height)
	}
	return e.paneView(e.width, e.height)
}

// joinColumns puts two blocks side by side, each cut or filled to size.
func joinColumns(left, right string, lw, h int, sep string) string {
	ll := strings.Split(fitBlock(left, lw, h), "\n")
	rl := strings.Split(right, "\n")
	var b strings.Builder
	for i := range h {
		if i > 0 {
			b.WriteByte('\n')
		}
		l := ll[i]
		b.WriteString(l)
		if pad := lw - ansi.StringWidth(l); pad > 0 {
			b.WriteString(strings.Repeat(" ", pad))
		}
		b.WriteString(sep)
		if i < len(rl) {
			b.WriteString(rl[i])
		}
	}
	return b.String()
}

func (e *Editor) previewView(w, h int) string {
	s := e.common.Styles
	title := "Preview"
	if e.profile {
		title = "How new postings start"
	}
	hint := ""
	switch {
	case e.previewFocus && e.wide():
		hint = " · ↑/↓ scroll · tab back"
	case e.previewFocus:
		hint = " · ↑/↓ scroll · tab sections"
	case !e.wide():
		hint = " · tab"
	}
	if vp := e.preview.vp; vp.TotalLineCount() > vp.Height() {
		hint += " · " + strconv.Itoa(int(e.preview.ScrollPercent()*100+0.5)) + "%"
	}
	head := s.Title.Render(title) + s.Faint.Render(hint)
	return ansi.Truncate(head, w, "…") + "\n" + e.previewBody(h-1)
}

// previewBody is the visible part of the preview. It slices the rendered
// lines itself: the viewport's own View re-wraps and pads every line with
// lipgloss on each frame, which cost most of a keystroke's time.
func (e *Editor) previewBody(h int) string {
	vp := &e.preview.vp
	if vp.TotalLineCount() == 0 {
		return e.preview.View()
	}
	if content := vp.GetContent(); content != e.viewSrc {
		e.viewSrc = content
		e.viewLines = strings.Split(content, "\n")
	}
	top := min(max(vp.YOffset(), 0), len(e.viewLines))
	return strings.Join(e.viewLines[top:min(top+max(h, 0), len(e.viewLines))], "\n")
}

// paneView draws the sections pane: the list, or the section open.
func (e *Editor) paneView(w, h int) string {
	switch e.mode {
	case modeList, modeItemInput:
		return e.listView(w, h)
	case modeForm:
		return e.formView(w, h)
	case modeProse:
		return e.proseView(w, h)
	case modePicker:
		return e.pickerView(w, h)
	case modeConfirm:
		return e.confirmView(w, h)
	}
	return e.sectionsView(w, h)
}

// problemOf returns the first problem of a section, if any.
func (e *Editor) problemOf(id sectionID) (model.FieldError, bool) {
	for _, f := range problemFields[id] {
		for _, p := range e.problems {
			if p.Field == f {
				return p, true
			}
		}
	}
	return model.FieldError{}, false
}

func (e *Editor) sectionsView(w, h int) string {
	s := e.common.Styles
	head := s.Title.Render("Sections")
	if e.profile {
		head = s.Title.Render("Company profile") + s.Faint.Render(" · every new posting starts with it")
	}
	lines := []string{ansi.Truncate(head, w, "…")}
	rows := max(h-2, 1)
	if e.cursor < e.offset {
		e.offset = e.cursor
	}
	if e.cursor >= e.offset+rows {
		e.offset = e.cursor - rows + 1
	}
	e.offset = max(min(e.offset, len(e.sections)-rows), 0)
	// Names get the room they need (the longest is "Nice-to-have skills")
	// up to half the column; the summaries take the rest.
	nameW := 8
	for _, sec := range e.sections {
		nameW = max(nameW, ansi.StringWidth(sec.name))
	}
	nameW = min(nameW, max(w/2-2, 8))
	end := min(e.offset+rows, len(e.sections))
	for i := e.offset; i < end; i++ {
		sec := e.sections[i]
		prefix, mark := "  ", " "
		if i == e.cursor {
			prefix = s.Cursor.Render("▸ ")
		}
		if _, bad := e.problemOf(sec.id); bad {
			mark = s.Error.Render("!")
		}
		name := ansi.Truncate(sec.name, nameW, "…")
		name += strings.Repeat(" ", nameW-ansi.StringWidth(name))
		if i == e.cursor {
			name = s.Selected.Render(name)
		}
		room := w - 4 - nameW
		sum := ""
		if room > 3 {
			sum = s.Subtle.Render(ansi.Truncate(model.CleanLine(e.sectionSummary(sec.id)), room, "…"))
		}
		lines = append(lines, prefix+mark+name+" "+sum)
	}
	if p, bad := e.problemOf(e.current().id); bad && h > 3 {
		for len(lines) < h-1 {
			lines = append(lines, "")
		}
		lines = append(lines, s.Error.Render(ansi.Truncate("! "+p.Error(), w, "…")))
	}
	return strings.Join(lines, "\n")
}

// ShortHelp implements help.KeyMap.
func (e *Editor) ShortHelp() []key.Binding {
	k := e.keys
	switch e.mode {
	case modeForm:
		return []key.Binding{k.form.Accept, k.form.Next, k.form.Cycle, k.UndoTyping, k.form.Cancel}
	case modeProse:
		return []key.Binding{k.Done, k.External, k.UndoTyping}
	case modeItemInput:
		return []key.Binding{k.form.Accept, k.form.Cancel}
	case modePicker:
		if e.pickerEEO {
			return []key.Binding{e.keys.form.Accept, e.picker.keys.Filter, e.keys.Back}
		}
		return []key.Binding{k.Toggle, k.Choose, e.picker.keys.Filter, k.Back}
	case modeConfirm:
		return []key.Binding{k.Yes, k.No}
	case modeList:
		keys := []key.Binding{k.AddCatalog, k.AddTyped, k.EditItem, k.Delete, k.MoveUp, k.MoveDown}
		if id := e.current().id; id == secMust || id == secNice {
			keys = append(keys, k.MoveSkill)
		}
		return append(keys, k.Undo, k.Back)
	}
	if e.previewFocus && !e.wide() {
		return []key.Binding{k.Up, k.Down, k.ScrollUp, k.ScrollDown, k.Preview}
	}
	keys := []key.Binding{k.Edit, k.Up, k.Down, k.Preview, k.Undo, k.Redo}
	if !e.profile {
		keys = append(keys, k.Publish)
	}
	return append(keys, k.Back)
}

// FullHelp implements help.KeyMap.
func (e *Editor) FullHelp() [][]key.Binding {
	k := e.keys
	return [][]key.Binding{
		e.ShortHelp(),
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.Undo, k.Redo, k.UndoTyping, k.RedoTyping},
		{k.Preview, k.ScrollUp, k.ScrollDown},
	}
}

// sameContent reports whether two postings differ only in their stamps.
func sameContent(a, b model.Posting) bool {
	a.UpdatedAt = b.UpdatedAt
	return reflect.DeepEqual(a, b)
}
