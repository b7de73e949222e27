// Package postingeditor is the posting editor's shell, shared by the editor
// page (a draft) and the company profile page: it owns the posting, its
// undo history, the autosaver and the preview, and lists the posting's
// sections. Each section is edited by a component of its own — form,
// listedit, prose, a catalog picker — whose Update reports an edit or a
// close; the shell commits every edit in one place (commit).
package postingeditor

import (
	"reflect"
	"slices"
	"strconv"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/autosave"
	"jobpost/ui/components/confirm"
	"jobpost/ui/components/findings"
	"jobpost/ui/components/form"
	"jobpost/ui/components/listedit"
	"jobpost/ui/components/picker"
	"jobpost/ui/components/preview"
	"jobpost/ui/components/prose"
)

// WideWidth is the width from which the preview sits beside the
// sections; below it the two take turns (tab).
const WideWidth = 120

// Request is what the shell asks of its page, once everything is saved.
type Request int

// The requests.
const (
	NoRequest Request = iota
	Leave             // esc on the section list
	Publish           // p on the section list
)

// mode is what has the keys.
type mode int

const (
	browsing   mode = iota // the section list
	formOpen               // a form section
	listOpen               // a list section
	proseOpen              // a prose section
	pickerOpen             // a catalog picker
	asking                 // the question after a role change
)

// question names what the y/n question is about.
type question int

const (
	refreshDefaults question = iota // the catalog's defaults for a new role or level
	retitle                         // a title that still names the old level
)

// Shell is the posting editor: the section list on one side, the rendered
// posting on the other (or a tab away on narrow terminals). Every change
// is applied at once, autosaved, can be undone, and the preview catches up
// in the background.
type Shell struct {
	c        *common.Common
	owner    common.PageID
	ready    bool   // the posting is loaded
	failure  string // why it could not be
	readOnly string // why the posting cannot be changed now (readonly.go), or ""
	status   common.Status
	keys     KeyMap
	profile  bool // the company profile, not a posting
	posting  model.Posting
	problems []model.FieldError
	sections []section
	cursor   int
	offset   int // first section row shown
	mode     mode
	history  History
	saver    *autosave.Saver
	pending  Request // waits for the save to land
	// savedFirst: the latest request waited for a save.
	savedFirst bool
	session    int // bumped each time a section opens: one undo group per visit

	form                    form.Model
	roleBefore, levelBefore string
	list                    listedit.Model
	prose                   prose.Model
	picker                  picker.Model
	pickingEEO              bool
	ask                     confirm.Model[question]
	refreshed               model.Posting // what y to refreshDefaults applies
	retitled                string        // what y to retitle makes the title

	preview preview.Pane
	checks  checkState // the Checks section (checks.go)
	// extra is the profile's headcount and home (headcount.go); sizeCand
	// what the Size form has made of them.
	extra    *atomic.Pointer[profileExtra]
	sizeCand *profileExtra
	// unsettled: prose typed since the problems and the preview were
	// last worked out (settle.go); settleSeq numbers the pauses waited for.
	unsettled    bool
	settleSeq    int
	previewFocus bool // narrow: the preview is shown; wide: arrows scroll it

	noted  map[string]time.Time // when each kind of routine note last went out
	saidAt time.Time            // when the latest note of substance went out (say)

	width, height int
}

// New returns the shell for the page owner, saying "Opening…" until the
// page hands it what it loaded (ShowDraft, ShowProfile) or why it could
// not (ShowFailure). profile: the company profile, not a posting.
func New(c *common.Common, owner common.PageID, profile bool) Shell {
	secs := append(postingSections[:len(postingSections):len(postingSections)], checksSection)
	if profile {
		secs = append(profileSections[:len(profileSections):len(profileSections)], sizeSection)
	}
	return Shell{
		c:        c,
		owner:    owner,
		status:   common.Status{Page: owner},
		keys:     newKeyMap(c.Keys),
		profile:  profile,
		sections: secs,
		form:     form.New(c),
		list:     listedit.New(c),
		prose:    prose.New(c, owner),
		ask:      confirm.New[question](c),
		preview:  preview.New(c, owner),
		checks:   checkState{results: findings.New(c)},
	}
}

// ShowDraft starts editing a saved draft.
func (e *Shell) ShowDraft(p model.Posting) tea.Cmd {
	return e.show(p, autosave.ForDraft(e.c, e.owner, p.ID))
}

func (e *Shell) show(p model.Posting, saver *autosave.Saver) tea.Cmd {
	e.posting, e.saver, e.ready = p.Clone(), saver, true
	e.problems = e.posting.Problems()
	return tea.Batch(e.SetSize(e.width, e.height), e.recheck(false))
}

// ShowFailure says why there is nothing to edit; esc goes back.
func (e *Shell) ShowFailure(text string) { e.failure = text }

// Ready reports whether there is something to edit.
func (e Shell) Ready() bool { return e.ready }

// Posting is the posting as edited so far.
func (e Shell) Posting() model.Posting { return e.posting }

// AdoptPublished takes what publishing changed (and saved): the status
// and every board it was posted on. Nothing else is touched, so the next
// autosave cannot undo it, and the undo history stays.
func (e *Shell) AdoptPublished(status model.Status, posted model.Placements) {
	e.posting.Status = status
	e.posting.Posted = slices.Clone(posted)
}

// Typing reports whether a text input has the keys.
func (e Shell) Typing() bool {
	switch e.mode {
	case formOpen, proseOpen:
		return true
	case listOpen:
		return e.list.Typing()
	case pickerOpen:
		return e.picker.Filtering()
	}
	return false
}

// Unsaved reports whether a change is not yet on disk, counting what is
// typed but not yet in the posting (see settled).
func (e Shell) Unsaved() bool {
	if !e.ready || e.readOnly != "" {
		return false
	}
	_, typed := e.settled()
	return typed || e.saver.Dirty()
}

// SaveFailing reports whether the last save failed.
func (e Shell) SaveFailing() bool { return e.ready && e.readOnly == "" && e.saver.Failing() }

// SaveNow saves what is unsaved, or returns nil. It is how the program
// saves on its way out (q, ctrl+c, SIGTERM, SIGHUP), so what is typed but
// not yet in the posting goes in first, as one undo step. The command it
// returns is the save alone: the root may run it directly and read its
// result.
func (e *Shell) SaveNow() tea.Cmd {
	if !e.ready || e.readOnly != "" {
		return nil
	}
	if next, typed := e.settled(); typed {
		if e.mode == listOpen {
			e.list.Accept() // the line is in next: close its input
		}
		// The render and the timer this schedules are not wanted on the
		// way out; the next save's result brings the preview up to date
		// if the program goes on (saved).
		_ = e.commit(next, "")
	}
	if !e.saver.Dirty() {
		return nil
	}
	return e.saver.SaveNow(e.posting)
}

// settled is the posting with what is typed but not yet in it: a line
// being typed in a list, as enter would put it; the valid fields of a
// form that is not valid as a whole. (Prose is in the posting as it is
// typed.) typed is false when there is nothing such.
func (e Shell) settled() (next model.Posting, typed bool) {
	switch e.mode {
	case listOpen:
		list := e.list
		if _, ok := list.Pending(); !ok {
			return e.posting, false
		}
		next = e.posting.Clone()
		*listOf(&next, e.current().id) = list.Accept().Lines
		return next, true
	case formOpen:
		next, ok := e.form.Settled(e.posting)
		return next, ok && !sameContent(next, e.posting)
	}
	return e.posting, false
}

func (e Shell) wide() bool { return e.width >= WideWidth }

// paneWidths are the widths of the sections pane and the preview.
func (e Shell) paneWidths() (left, right int) {
	if !e.wide() {
		return e.width, e.width
	}
	left = min(max(e.width*2/5, 44), 64)
	return left, e.width - left - 3
}

// SetSize implements common.Component.
func (e *Shell) SetSize(width, height int) tea.Cmd {
	e.width, e.height = width, height
	if !e.ready {
		return nil
	}
	e.scrollSections()
	lw, rw := e.paneWidths()
	e.form.SetWidth(lw)
	e.list.SetSize(lw, height)
	e.prose.SetSize(lw, height)
	e.picker.SetSize(lw, max(height-1, 2))
	e.ask.SetSize(lw, height)
	e.checks.results.SetSize(lw, max(height-2, 1))
	cmd := e.preview.SetSize(rw, max(height-1, 1))
	// The first render is not debounced: the preview should be there on
	// opening.
	cmd = tea.Batch(cmd, e.preview.SetMarkdown(e.posting.Markdown(), false))
	e.follow()
	return cmd
}

// Update takes a key, a paste, a save's or a render's result.
func (e Shell) Update(msg tea.Msg) (Shell, tea.Cmd, Request) {
	if !e.ready {
		if km, ok := msg.(tea.KeyPressMsg); ok && key.Matches(km, e.keys.Back) {
			return e, nil, Leave
		}
		return e, nil, NoRequest
	}
	switch msg := msg.(type) {
	case autosave.DueMsg:
		if cmd := e.saver.Due(msg, e.posting); cmd != nil {
			return e, tea.Batch(e.note("saving", e.status.Info("Saving…")), cmd), NoRequest
		}
		return e, nil, NoRequest
	case autosave.SavedMsg:
		cmd, req := e.saved(msg)
		return e, cmd, req
	case settleMsg:
		return e, e.settle(msg.seq), NoRequest
	case checkDueMsg, checkedMsg:
		cmd, _ := e.checkMsg(msg)
		return e, cmd, NoRequest
	case tea.PasteMsg:
		return e, e.paste(msg), NoRequest
	case tea.KeyPressMsg:
		cmd, req := e.key(msg)
		return e, cmd, req
	}
	// The rest: the preview's renders, the $EDITOR round trip.
	var pcmd, tcmd tea.Cmd
	e.preview, pcmd = e.preview.Update(msg)
	e.follow()
	var res prose.Result
	e.prose, tcmd, res = e.prose.Update(msg)
	return e, tea.Batch(pcmd, tcmd, e.proseResult(res)), NoRequest
}

// saved takes a save's result. "Saved" is said only when everything typed
// so far is on disk: an older save landing while a newer change waits is
// not worth a word.
func (e *Shell) saved(msg autosave.SavedMsg) (tea.Cmd, Request) {
	cmd := e.saver.Saved(msg)
	switch {
	case msg.SaveErr() != nil:
		e.pending = NoRequest // stay: the failure is on screen, and retried
		return cmd, NoRequest
	case !e.saver.Landed(msg) && e.pending != NoRequest:
		return e.saver.SaveNow(e.posting), NoRequest // edited while that save ran
	case !e.saver.Landed(msg):
		return cmd, NoRequest
	case e.pending != NoRequest:
		req := e.pending
		e.pending, e.savedFirst = NoRequest, true
		return cmd, req
	}
	// A change saved by SaveNow has not been rendered yet; the preview
	// skips a render of what it already shows.
	render := e.preview.SetMarkdown(e.posting.Markdown(), false)
	return tea.Batch(cmd, render, e.note("saved", e.status.Success("Saved"))), NoRequest
}

// SavedFirst reports whether the latest Request came after a save.
func (e Shell) SavedFirst() bool { return e.savedFirst }

// request makes req once everything is saved.
func (e *Shell) request(req Request) (tea.Cmd, Request) {
	if !e.saver.Dirty() {
		e.savedFirst = false
		return nil, req
	}
	e.pending = req
	// In sequence, so that "Saving…" cannot land after the save.
	return tea.Sequence(e.status.Info("Saving…"), e.saver.SaveNow(e.posting)), NoRequest
}

// noteEvery is the least time between two routine save notes: typing
// saves every pause, and the status bar should not flicker with it.
const noteEvery = 2 * time.Second

// note returns cmd unless a note of the same kind went out lately, or a
// note of substance is still up (say).
func (e *Shell) note(kind string, cmd tea.Cmd) tea.Cmd {
	now := e.c.Today()
	if last, ok := e.noted[kind]; ok && now.Sub(last) < noteEvery && now.Sub(last) >= 0 {
		return nil
	}
	if since := now.Sub(e.saidAt); !e.saidAt.IsZero() && since >= 0 && since < e.c.Timing.StatusTTL {
		return nil
	}
	if e.noted == nil {
		e.noted = map[string]time.Time{}
	}
	e.noted[kind] = now
	return cmd
}

// say sends cmd, a note of substance ("Moved “Go” to nice-to-have"): the
// routine save notes hold off while it is up, or the save a moment later
// would replace it before anyone read it.
func (e *Shell) say(cmd tea.Cmd) tea.Cmd {
	e.saidAt = e.c.Today()
	return cmd
}

// current is the section under the cursor, the one open if any is.
func (e Shell) current() section { return e.sections[e.cursor] }

// group names the undo step of one field in this visit to a section.
func (e Shell) group(field string) string {
	return strconv.Itoa(e.session) + ":" + field
}

// commit makes next the posting, recording the step for undo: the one
// place every edit goes through.
func (e *Shell) commit(next model.Posting, group string) tea.Cmd {
	e.history.record(e.posting, group)
	e.posting = next
	return e.afterChange()
}

// commitTyped is commit for a key typed in prose: the problems and the
// preview wait for a pause in the keys (settle.go).
func (e *Shell) commitTyped(next model.Posting, group string) tea.Cmd {
	e.history.record(e.posting, group)
	e.posting = next
	e.stamp()
	return tea.Batch(e.later(), e.saver.Changed())
}

// stamp notes when the posting changed (the profile has no such date).
func (e *Shell) stamp() {
	if !e.profile {
		e.posting.UpdatedAt = e.c.Today().UTC()
	}
}

// afterChange re-checks the posting, shows it in the open list, schedules
// a save and asks the preview for a (debounced) render: typing never
// waits for Glamour.
func (e *Shell) afterChange() tea.Cmd {
	e.stamp()
	e.unsettled = false
	e.problems = e.posting.Problems()
	if e.mode == listOpen {
		e.showList()
	}
	cmd := e.preview.SetMarkdown(e.posting.Markdown(), true)
	e.follow()
	return tea.Batch(cmd, e.saver.Changed(), e.recheck(true))
}

// undo takes back (or, with redo, restores) one step.
func (e *Shell) undo(redo bool) tea.Cmd {
	step, word, none := e.history.Undo, "Undone", "Nothing to undo"
	if redo {
		step, word, none = e.history.Redo, "Redone", "Nothing to redo"
	}
	p, ok := step(e.posting)
	if !ok {
		return e.status.Info(none)
	}
	// The editor does not change the status; undo must not either (it
	// may have been marked posted since the snapshot).
	p.Status, p.Posted = e.posting.Status, e.posting.Posted
	e.posting = p
	e.reload()
	return tea.Batch(e.afterChange(), e.say(e.status.Info(word)))
}

// reload shows the posting again in whatever is open, after an undo.
func (e *Shell) reload() {
	e.session++
	switch e.mode {
	case formOpen:
		focus := e.form.Focused()
		e.form = e.formFor(e.current().id)
		lw, _ := e.paneWidths()
		e.form.SetWidth(lw)
		e.form.Focus(focus)
		e.form.Candidate(e.posting)
	case proseOpen:
		e.prose.SetText(*proseOf(&e.posting, e.current().id))
	case listOpen:
		e.list.CancelTyping()
	case pickerOpen:
		e.mode = browsing
		if e.current().kind == listKind {
			e.mode = listOpen
		}
	case asking:
		e.ask.Close()
		e.mode = browsing
	}
}

// follow scrolls the preview to the heading of the section being looked
// at or edited, unless the user has scrolled it themselves.
func (e *Shell) follow() {
	if e.width == 0 {
		return
	}
	e.preview.ShowHeading(previewHeading(e.posting, e.current().id))
}

// sameContent reports whether two postings differ only in their stamps.
func sameContent(a, b model.Posting) bool {
	a.UpdatedAt = b.UpdatedAt
	return reflect.DeepEqual(a, b)
}
