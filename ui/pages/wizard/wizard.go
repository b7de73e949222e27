// Package wizard is the new-posting wizard: role → seniority → skills →
// responsibilities → details → preview, with a step indicator. Every choice
// survives going back a step; the catalog's defaults for the role and
// level fill what the recruiter has not touched; the draft is saved from
// the moment it has a title, and leaving a half-made one asks whether to
// keep it.
package wizard

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/data"
	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/autosave"
	"jobpost/ui/components/confirm"
	"jobpost/ui/components/form"
	"jobpost/ui/components/picker"
	"jobpost/ui/components/preview"
	"jobpost/ui/components/prompt"
)

// step is one page of the wizard.
type step int

const (
	stepRole step = iota
	stepSeniority
	stepSkills
	stepResponsibilities
	stepDetails
	stepPreview
	stepCount
)

var stepNames = [stepCount]string{"Role", "Seniority", "Skills", "Responsibilities", "Details", "Preview"}

// ask names what the wizard is asking: a typed title, skill or duty, or
// whether to keep a half-made draft.
type ask int

const (
	askTitle ask = iota + 1
	askSkill
	askDuty
	askDiscard
)

// Page is the wizard on one new posting.
type Page struct {
	c      *common.Common
	id     common.PageID
	status common.Status
	keys   keyMap
	step   step

	posting     model.Posting
	roleTitle   string // the title chosen or typed, before any seniority
	customTitle bool   // the title was typed

	saver   *autosave.Saver
	guard   *draftGuard // keeps a late save from bringing a discarded draft back
	leaving leaving     // what happens once the draft is safe (or gone)

	roleChoices []roleChoice
	roles       picker.Model
	// The family question after a typed title: the title waiting for its
	// family ("" while not asking), and whether the cursor is on a guess.
	typed    string
	guessed  bool
	families picker.Model
	levels   picker.Model
	skills   picker.Model
	resps    picker.Model
	// The role and level the skills and responsibilities were built for.
	skillsRole            string
	respsRole, respsLevel string
	// Touched lists keep the user's marks when they are rebuilt; untouched
	// ones take the defaults of the new role and level.
	skillsTouched, respsTouched bool
	// skillsLevel is the level the skills list was built for.
	skillsLevel string

	// The details step's form (built on first reaching it, then kept)
	// and the countries matching what is typed in its country field.
	details      form.Model
	detailsBuilt bool
	countries    picker.Model

	prompt  prompt.Model[ask] // a typed title, skill or responsibility
	confirm confirm.Model[ask]
	preview preview.Pane

	width, height int
}

// New starts the wizard on a new posting. The company profile is read in
// Init and fills the posting when it arrives; keys typed before then are
// not lost.
func New(c *common.Common) *Page {
	id := common.NewPageID()
	p := &Page{
		c: c, id: id, status: common.Status{Page: id}, keys: newKeyMap(c.Keys),
		prompt:  prompt.New[ask](&c.Styles, model.MaxTitleLength),
		confirm: confirm.New[ask](c),
		preview: preview.New(c, id),
		posting: model.New(c.Today()),
	}
	guard := &draftGuard{}
	p.guard = guard
	p.saver = autosave.New(c, id, p.posting.ID, func(post model.Posting) error { return guard.save(c.Store, post) })
	p.roles, p.roleChoices = rolePicker(c)
	p.levels = levelPicker(c)
	return p
}

// ID implements common.Page.
func (p *Page) ID() common.PageID { return p.id }

// Init reads the company profile.
func (p *Page) Init() tea.Cmd { return p.loadProfile() }

// Title implements common.Page.
func (p *Page) Title() string {
	if p.posting.Title != "" {
		return "New posting: " + p.posting.Title
	}
	return "New posting"
}

// Typing implements common.Page.
func (p *Page) Typing() bool {
	// The details step is a form: every key is text or a choice there.
	return p.prompt.Active() || p.step == stepDetails || (p.step != stepPreview && p.currentPicker().Filtering())
}

// SetSize implements common.Component.
func (p *Page) SetSize(width, height int) tea.Cmd {
	p.width, p.height = width, height
	body := max(height-3, 1)
	for _, l := range []*picker.Model{&p.roles, &p.families, &p.levels, &p.skills, &p.resps} {
		if len(l.Items()) > 0 {
			l.SetSize(width, body)
		}
	}
	if p.detailsBuilt {
		p.details.SetWidth(width)
	}
	if len(p.countries.Items()) > 0 {
		p.countries.SetSize(width, countryRows+1)
	}
	p.prompt.SetSize(width, height)
	p.confirm.SetSize(width, height)
	return p.preview.SetSize(width, body)
}

// currentPicker is the list of the step; the preview has none.
func (p *Page) currentPicker() *picker.Model {
	switch {
	case p.step == stepRole && p.askingFamily():
		return &p.families
	case p.step == stepRole:
		return &p.roles
	case p.step == stepSeniority:
		return &p.levels
	case p.step == stepSkills:
		return &p.skills
	}
	return &p.resps
}

// Update implements common.Page.
func (p *Page) Update(msg tea.Msg) (common.Page, tea.Cmd) {
	switch msg := msg.(type) {
	case profileMsg:
		return p, p.applyProfile(msg)
	case autosave.DueMsg:
		return p, p.saveDue(msg)
	case autosave.SavedMsg:
		return p, p.saved(msg)
	case discardedMsg:
		return p, p.discarded(msg)
	case tea.KeyPressMsg, tea.PasteMsg:
		return p, p.key(msg)
	}
	var cmd tea.Cmd
	p.preview, cmd = p.preview.Update(msg) // renders, the mouse wheel
	return p, cmd
}

// key takes a key press or a paste: the open question first, then the
// step's list, then the step's own keys.
func (p *Page) key(msg tea.Msg) tea.Cmd {
	switch {
	case p.leaving == discarding, p.leaving == discarded:
		return nil // the draft is on its way out
	case p.confirm.Open():
		return p.answerLeave(msg)
	case p.prompt.Active():
		return p.answerPrompt(msg)
	case p.step == stepPreview:
		return p.updatePreview(msg)
	case p.step == stepDetails:
		return p.updateDetails(msg)
	}
	list := p.currentPicker()
	next, cmd, used := list.Update(msg)
	*list = next
	km, ok := msg.(tea.KeyPressMsg)
	if used || !ok {
		return cmd
	}
	switch p.step {
	case stepRole:
		if p.askingFamily() {
			return p.updateFamily(km)
		}
		return p.updateRole(km)
	case stepSeniority:
		return p.updateSeniority(km)
	case stepSkills:
		return p.updateSkills(km)
	case stepResponsibilities:
		return p.updateResponsibilities(km)
	}
	return nil
}

// goTo moves to a step, building its list from the choices so far.
func (p *Page) goTo(s step) tea.Cmd {
	p.step = s
	switch s {
	case stepSkills:
		p.buildSkills()
		// The level's duties are the posting's from now on, even if the
		// wizard is left before their step.
		p.buildResponsibilities()
	case stepResponsibilities:
		p.buildResponsibilities()
	case stepDetails:
		p.buildDetails()
	case stepPreview:
		p.buildSkills()
		p.buildResponsibilities()
		p.sync()
		p.preview.GotoTop()
		return tea.Batch(p.preview.SetMarkdown(p.posting.Markdown(), false), p.changed())
	}
	p.sync()
	return p.changed()
}

// sync writes the lists' marks into the posting.
func (p *Page) sync() {
	if len(p.skills.Items()) > 0 {
		p.posting.Skills.Required = labels(p.skills, must)
		p.posting.Skills.Preferred = labels(p.skills, nice)
	}
	if len(p.resps.Items()) > 0 {
		p.posting.Responsibilities = labels(p.resps, ticked)
	}
}

// View implements common.Page.
func (p *Page) View() string {
	lines := []string{p.stepsView(), p.questionView()}
	body := max(p.height-3, 1)
	switch {
	case p.prompt.Active():
		lines = append(lines, p.prompt.View())
	case p.step == stepPreview:
		lines = append(lines, "", p.preview.View())
	case p.step == stepDetails:
		lines = append(lines, "", common.FitBlock(p.detailsView(), p.width, body))
	case p.confirm.Open():
		// The question sits at the foot of the list it interrupts.
		list := common.FitBlock(p.currentPicker().View(), p.width, max(body-p.confirm.Height(), 0))
		lines = append(lines, "", list, p.confirm.View())
	default:
		lines = append(lines, "", p.currentPicker().View())
	}
	return strings.Join(lines, "\n")
}

// stepsView is the step indicator: every step's name when they fit,
// else the current one's name among the others' numbers.
func (p *Page) stepsView() string {
	s := p.c.Styles
	steps := func(name func(i int) string) string {
		parts := make([]string, 0, stepCount)
		for i := range stepCount {
			st := s.StepTodo
			switch {
			case i == p.step:
				st = s.StepCurrent
			case i < p.step:
				st = s.StepDone
			}
			parts = append(parts, st.Render(name(int(i))))
		}
		return fmt.Sprintf("Step %d/%d  ", p.step+1, stepCount) + strings.Join(parts, s.Faint.Render(" › "))
	}
	line := steps(func(i int) string { return stepNames[i] })
	if ansi.StringWidth(line) > p.width {
		line = steps(func(i int) string {
			if step(i) == p.step {
				return stepNames[i]
			}
			return fmt.Sprint(i + 1)
		})
	}
	return ansi.Truncate(line, p.width, "…")
}

// questionView is the line under the steps: what the step asks, and how
// the choices so far stand. A long title gives way to what is said
// around it.
func (p *Page) questionView() string {
	s := p.c.Styles
	w := p.width
	var text string
	switch p.step {
	case stepRole:
		text = p.roleQuestion()
	case stepSeniority:
		if p.customTitle {
			text = quoteIn("How senior is ", p.posting.Title, " ("+p.familyName()+")?", w)
		} else {
			// The title before the level: not "Senior …" once one was chosen.
			text = quoteIn("How senior is the ", p.roleTitle, " role? The years show beside each level.", w)
		}
	case stepSkills:
		musts, nices := p.skills.Count(must), p.skills.Count(nice)
		if musts > data.MaxMustHaves {
			return s.Error.Render(ansi.Truncate(fmt.Sprintf("%d must-haves: keep it to %d or fewer — mark the rest nice-to-have (n).", musts, data.MaxMustHaves), w, "…"))
		}
		text = fmt.Sprintf("Skills: %d must-have, %d nice-to-have. space cycles, m/n set.", musts, nices)
	case stepResponsibilities:
		text = fmt.Sprintf("What will they do? %d chosen; the defaults suit the role and level.", p.resps.Count(ticked))
	case stepDetails:
		text = "Where, on what terms, for what pay, how to apply? Any may stay empty for now."
	case stepPreview:
		// The title is in the title line and the preview itself.
		text = "How it will read: enter saves and opens it in the editor, esc goes back."
		if missing := missingDetails(p.posting); len(missing) > 0 {
			// What is missing comes first; the keys (in the help line
			// too) only as far as they fit whole.
			text = "Not stated yet: " + strings.Join(missing, ", ") + "."
			for _, more := range []string{" enter saves and opens the editor.", " enter saves."} {
				if ansi.StringWidth(text+more) <= w {
					text += more
					break
				}
			}
		}
	}
	return s.Subtle.Render(ansi.Truncate(text, w, "…"))
}

// roleQuestion is the role step's line: the question, the family question
// after a typed title, or the title already chosen and what tab does
// with it.
func (p *Page) roleQuestion() string {
	w := p.width
	switch {
	case p.askingFamily() && p.guessed:
		return quoteIn("Role family for ", p.typed, "? Guessed from the title: enter takes it.", w)
	case p.askingFamily():
		return quoteIn("Role family for ", p.typed, "? It sets the skills and duties offered.", w)
	case p.posting.Role == "":
		return "Which role are you hiring for? Pick a title, or press c to type your own."
	case p.customTitle:
		return quoteIn("Your title: ", p.posting.Title, " ("+p.familyName()+"); tab keeps it.", w)
	}
	return quoteIn("Chosen: ", p.roleTitle, "; tab keeps it, enter picks another.", w)
}

// familyName is the name of the posting's role family.
func (p *Page) familyName() string {
	if r, ok := p.c.Catalog.Role(p.posting.Role); ok {
		return r.Name
	}
	return p.posting.Role
}
