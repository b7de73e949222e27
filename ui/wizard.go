package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/data"
	"jobpost/model"
)

// wizardStep is one page of the new-posting wizard.
type wizardStep int

const (
	stepRole wizardStep = iota
	stepSeniority
	stepSkills
	stepResponsibilities
	stepPreview
	stepCount
)

var stepNames = [stepCount]string{"Role", "Seniority", "Skills", "Responsibilities", "Preview"}

// maxMustHaves is where the wizard starts warning: long must-have lists
// put off good candidates who match most but not all of them.
const maxMustHaves = 8

// customPrefix marks the ids of items the user typed in.
const customPrefix = "custom:"

// roleChoice is one row of the role step: a title within a role family.
type roleChoice struct {
	role  data.Role
	title string
}

// Wizard walks a recruiter through role → seniority → skills →
// responsibilities → preview. Every choice survives going back a step, and
// the draft is autosaved from the moment it has a title.
type Wizard struct {
	common *Common
	keys   wizardKeys
	step   wizardStep

	posting     model.Posting
	roleTitle   string // the catalog title chosen, before the seniority is applied
	customTitle bool   // the title was typed, so seniority does not rewrite it
	autosave    *Autosaver

	roleChoices []roleChoice
	roles       Picker
	levels      Picker
	skills      Picker
	resps       Picker
	// The role and level the skills and responsibilities were built for.
	skillsRole            string
	respsRole, respsLevel string
	// Touched lists keep the user's marks when they are rebuilt; untouched
	// ones take the defaults of the new role and level.
	skillsTouched, respsTouched bool

	prompt    Prompt // a custom title, or a skill or responsibility of your own
	preview   PreviewPane
	width     int
	height    int
	saveAsked bool // the user pressed save; go home once it lands
}

// NewWizard starts the wizard on a new posting.
func NewWizard(c *Common) *Wizard {
	w := &Wizard{common: c, keys: newWizardKeys(), preview: NewPreviewPane(c.Renderer)}
	w.prompt = NewPrompt(&c.Styles, model.MaxTitleLength)
	cat := c.Catalog
	var items []PickItem
	for _, r := range cat.Roles {
		for i, t := range r.Titles {
			w.roleChoices = append(w.roleChoices, roleChoice{role: r, title: t})
			items = append(items, PickItem{ID: fmt.Sprintf("%s/%d", r.ID, i), Label: t, Group: r.Name, Search: r.ID})
		}
	}
	w.roles = NewPicker(&c.Styles, items, nil)
	items = items[:0:0]
	for _, l := range cat.Seniority {
		items = append(items, PickItem{ID: l.ID, Label: l.Name, Detail: l.Years() + " · " + l.Ownership})
	}
	w.levels = NewPicker(&c.Styles, items, nil)
	w.levels.SelectID("intermediate")
	w.posting = model.New(c.Now())
	w.autosave = NewDraftAutosaver(c.Store, w.posting.ID)
	return w
}

// applyProfile fills the company's parts of the posting from the saved
// company profile; parts already set are kept.
func (w *Wizard) applyProfile(prof model.CompanyProfile) {
	prof.Apply(&w.posting)
}

// Name implements Screen.
func (w *Wizard) Name() string {
	if w.posting.Title != "" {
		return "New posting: " + w.posting.Title
	}
	return "New posting"
}

// Typing implements Screen.
func (w *Wizard) Typing() bool { return w.prompt.Active() || w.currentPicker().Filtering() }

// Flush implements Screen: a posting with a title is saved before quitting.
func (w *Wizard) Flush() tea.Cmd {
	if w.posting.Title == "" || !w.autosave.Dirty() {
		return nil
	}
	return w.autosave.SaveNow(w.posting)
}

// SetSize implements Screen.
func (w *Wizard) SetSize(width, height int) tea.Cmd {
	w.width, w.height = width, height
	body := max(height-3, 1)
	for _, p := range []*Picker{&w.roles, &w.levels, &w.skills, &w.resps} {
		p.SetSize(width, body)
	}
	w.prompt.SetWidth(width)
	return w.preview.SetSize(width, body)
}

func (w *Wizard) currentPicker() *Picker {
	switch w.step {
	case stepRole:
		return &w.roles
	case stepSeniority:
		return &w.levels
	case stepSkills:
		return &w.skills
	case stepResponsibilities:
		return &w.resps
	}
	return &Picker{}
}

// Update implements Screen.
func (w *Wizard) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case autosaveDueMsg:
		return w, w.autosave.Due(msg, w.posting)
	case autosavedMsg:
		cmd := w.autosave.Saved(msg)
		switch {
		case msg.id != w.autosave.id || !w.saveAsked:
		case msg.err != nil:
			w.saveAsked = false // stay: the failure is on screen, and retried
		case w.autosave.Landed(msg):
			return w, tea.Batch(goHome, success("Saved “"+msg.title+"”"))
		default:
			return w, w.autosave.SaveNow(w.posting) // changed while that save ran
		}
		return w, cmd
	case renderDueMsg, renderedMsg:
		var cmd tea.Cmd
		w.preview, cmd = w.preview.Update(msg)
		return w, cmd
	case tea.PasteMsg, tea.KeyPressMsg:
		if w.prompt.Active() {
			return w, w.updatePrompt(msg)
		}
	}
	if w.step == stepPreview {
		return w, w.updatePreview(msg)
	}
	picker := w.currentPicker()
	next, cmd, used := picker.Update(msg)
	*picker = next
	if used {
		return w, cmd
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return w, nil
	}
	switch w.step {
	case stepRole:
		return w, w.updateRole(km)
	case stepSeniority:
		return w, w.updateSeniority(km)
	case stepSkills:
		return w, w.updateSkills(km)
	case stepResponsibilities:
		return w, w.updateResponsibilities(km)
	}
	return w, nil
}

func (w *Wizard) updateRole(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, w.keys.Choose):
		_, i, ok := w.roles.Current()
		if !ok {
			return nil
		}
		rc := w.roleChoices[i]
		w.setRole(rc.role, rc.title, false)
		return w.goTo(stepSeniority)
	case key.Matches(km, w.keys.Keep) && w.posting.Role != "":
		// Back on this step after choosing: go on with the title as it is
		// (a typed one would be lost by choosing from the list again).
		return w.goTo(stepSeniority)
	case key.Matches(km, w.keys.Custom):
		start := w.posting.Title
		if start == "" {
			if _, i, ok := w.roles.Current(); ok {
				start = w.roleChoices[i].title
			}
		}
		return w.ask("title", "Job title: ", start)
	case key.Matches(km, w.keys.Cancel):
		return w.leave()
	}
	return nil
}

// leave goes back to the drafts, saving first if there is anything to save.
func (w *Wizard) leave() tea.Cmd {
	if w.posting.Title != "" && w.autosave.Dirty() {
		w.saveAsked = true
		return w.autosave.SaveNow(w.posting)
	}
	return goHome
}

// setRole applies a role family and title chosen from the catalog or typed.
func (w *Wizard) setRole(r data.Role, title string, custom bool) {
	w.posting.Summary = w.common.Catalog.SummaryAfterRoleChange(w.posting.Summary, w.posting.Role, r.ID)
	w.posting.Role = r.ID
	w.roleTitle, w.customTitle = title, custom
	if custom {
		w.posting.Title = title
	}
	w.applyTitle()
}

// applyTitle puts the seniority into a catalog title ("Senior Backend
// Engineer"); a typed title is left as typed.
func (w *Wizard) applyTitle() {
	if w.customTitle || w.roleTitle == "" {
		return
	}
	if l, ok := w.common.Catalog.Level(w.posting.Seniority); ok {
		w.posting.Title = l.Title(w.roleTitle)
	} else {
		w.posting.Title = w.roleTitle
	}
}

func (w *Wizard) updateSeniority(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, w.keys.Choose):
		it, _, ok := w.levels.Current()
		if !ok {
			return nil
		}
		prev := w.posting.Seniority
		w.posting.Seniority = it.ID
		w.applyTitle()
		w.applyLevelDefaults(prev)
		return w.goTo(stepSkills)
	case key.Matches(km, w.keys.Back):
		return w.goTo(stepRole)
	}
	return nil
}

// applyLevelDefaults gives the posting the qualifications and employment
// type its level suggests, unless it has its own (anything but what the
// previous level suggested).
func (w *Wizard) applyLevelDefaults(prevLevel string) {
	cat := w.common.Catalog
	if quals := w.posting.Qualifications; len(quals) == 0 || slices.Equal(quals, cat.QualificationTexts(prevLevel)) {
		w.posting.Qualifications = cat.QualificationTexts(w.posting.Seniority)
	}
	level, _ := cat.Level(w.posting.Seniority)
	prev, hadPrev := cat.Level(prevLevel)
	if w.posting.EmploymentType == "" || (hadPrev && w.posting.EmploymentType == prev.DefaultEmploymentType()) {
		w.posting.EmploymentType = level.DefaultEmploymentType()
	}
}

func (w *Wizard) updateSkills(km tea.KeyPressMsg) tea.Cmd {
	_, i, ok := w.skills.Current()
	set := func(m Mark) tea.Cmd {
		if !ok {
			return nil
		}
		if w.skills.Mark(i) == m {
			m = Unmarked
		}
		w.skills.SetMark(i, m)
		w.skillsTouched = true
		return w.changed()
	}
	switch {
	case key.Matches(km, w.keys.Cycle):
		if !ok {
			return nil
		}
		// space cycles: not asked → must-have → nice-to-have → not asked
		next := map[Mark]Mark{Unmarked: Checked, Checked: Preferred, Preferred: Unmarked}[w.skills.Mark(i)]
		w.skills.SetMark(i, Unmarked)
		return set(next)
	case key.Matches(km, w.keys.Must):
		return set(Checked)
	case key.Matches(km, w.keys.Nice):
		return set(Preferred)
	case key.Matches(km, w.keys.Add):
		return w.ask("skill", "Skill: ", "")
	case key.Matches(km, w.keys.Next):
		return w.goTo(stepResponsibilities)
	case key.Matches(km, w.keys.Back):
		return w.goTo(stepSeniority)
	}
	return nil
}

func (w *Wizard) updateResponsibilities(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, w.keys.Toggle):
		_, i, ok := w.resps.Current()
		if !ok {
			return nil
		}
		if w.resps.Mark(i) == Checked {
			w.resps.SetMark(i, Unmarked)
		} else {
			w.resps.SetMark(i, Checked)
		}
		w.respsTouched = true
		return w.changed()
	case key.Matches(km, w.keys.Add):
		return w.ask("responsibility", "Responsibility: ", "")
	case key.Matches(km, w.keys.Next):
		return w.goTo(stepPreview)
	case key.Matches(km, w.keys.Back):
		return w.goTo(stepSkills)
	}
	return nil
}

func (w *Wizard) updatePreview(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, w.keys.Save):
			w.saveAsked = true
			w.posting.UpdatedAt = w.common.Now().UTC()
			// In sequence: batched, a fast save's "Saved" could be
			// overwritten by this "Saving…".
			return tea.Sequence(info("Saving…"), w.autosave.SaveNow(w.posting))
		case key.Matches(km, w.keys.Back):
			return w.goTo(stepResponsibilities)
		}
	}
	var cmd tea.Cmd
	w.preview, cmd = w.preview.Update(msg)
	return cmd
}

// goTo moves to a step, building its list from the choices so far.
func (w *Wizard) goTo(s wizardStep) tea.Cmd {
	w.step = s
	switch s {
	case stepSkills:
		w.buildSkills()
		// The level's duties are the posting's from now on, even if the
		// wizard is left before their step.
		w.buildResponsibilities()
	case stepResponsibilities:
		w.buildResponsibilities()
	case stepPreview:
		w.buildSkills()
		w.buildResponsibilities()
		w.sync()
		w.preview.GotoTop()
		return tea.Batch(w.preview.SetMarkdown(w.posting.Markdown(), false), w.changed())
	}
	w.sync()
	if w.posting.Title == "" {
		return nil
	}
	return w.changed()
}

// changed stamps the posting and schedules an autosave.
func (w *Wizard) changed() tea.Cmd {
	w.sync()
	w.posting.UpdatedAt = w.common.Now().UTC()
	if w.posting.Title == "" {
		return nil
	}
	return w.autosave.Changed()
}

// buildSkills (re)builds the skills list for the chosen role: that role's
// skills first, by category. Marks the user set are kept.
func (w *Wizard) buildSkills() {
	if w.skills.items != nil && w.skillsRole == w.posting.Role {
		return
	}
	cat := w.common.Catalog
	prev := marksByID(w.skills)
	role, _ := cat.Role(w.posting.Role)
	items := append(skillItems(cat, w.posting.Role), customItems(prev, "Your own skills")...)
	w.skills = NewPicker(&w.common.Styles, items, skillMarks(w.common.Styles))
	for i, it := range items {
		switch {
		case w.skillsTouched:
			w.skills.SetMark(i, prev[it.ID])
		case slices.Contains(role.DefaultSkills, it.ID):
			w.skills.SetMark(i, Checked)
		}
	}
	w.skillsRole = w.posting.Role
	w.SetSize(w.width, w.height)
}

// buildResponsibilities (re)builds the duties list for the role and level,
// pre-checking the catalog's defaults; ticks the user set are kept.
func (w *Wizard) buildResponsibilities() {
	if w.resps.items != nil && w.respsRole == w.posting.Role && w.respsLevel == w.posting.Seniority {
		return
	}
	cat := w.common.Catalog
	prev := marksByID(w.resps)
	seen := map[string]bool{}
	for _, it := range w.resps.items {
		seen[it.ID] = true
	}
	var items []PickItem
	var defaults []bool
	for _, r := range cat.ResponsibilitiesFor(w.posting.Role, w.posting.Seniority) {
		items = append(items, PickItem{ID: r.ID, Label: r.Text})
		defaults = append(defaults, r.Default)
	}
	// Duties chosen for another role or level stay, in their order, so
	// nothing picked is lost.
	for _, old := range w.resps.items {
		id := old.ID
		if prev[id] != Checked || strings.HasPrefix(id, customPrefix) || containsItem(items, id) {
			continue
		}
		if r, ok := findResponsibility(cat, id); ok {
			items = append(items, PickItem{ID: r.ID, Label: r.Text})
			defaults = append(defaults, false)
		}
	}
	items = append(items, customItems(prev, "")...)
	w.resps = NewPicker(&w.common.Styles, items, checkMarks(w.common.Styles))
	for i, it := range items {
		switch {
		case w.respsTouched && seen[it.ID]:
			w.resps.SetMark(i, prev[it.ID])
		case w.respsTouched && prev[it.ID] == Checked:
			w.resps.SetMark(i, Checked)
		case i < len(defaults) && defaults[i]:
			w.resps.SetMark(i, Checked)
		case prev[it.ID] == Checked:
			w.resps.SetMark(i, Checked)
		}
	}
	w.respsRole, w.respsLevel = w.posting.Role, w.posting.Seniority
	w.SetSize(w.width, w.height)
}

// sync writes the lists' marks into the posting.
func (w *Wizard) sync() {
	if w.skills.items != nil {
		w.posting.Skills.Required = labels(w.skills, Checked)
		w.posting.Skills.Preferred = labels(w.skills, Preferred)
	}
	if w.resps.items != nil {
		w.posting.Responsibilities = labels(w.resps, Checked)
	}
}

// ask opens the prompt for a typed title, skill or responsibility.
func (w *Wizard) ask(purpose, label, value string) tea.Cmd {
	empty := "Type something first, or press esc to cancel."
	if purpose == "title" {
		empty = "A posting needs a title. Type one, or press esc to cancel."
	}
	return w.prompt.Open(purpose, label, value, "enter to accept · esc to cancel", empty)
}

func (w *Wizard) updatePrompt(msg tea.Msg) tea.Cmd {
	purpose := w.prompt.Purpose()
	result, value, cmd := w.prompt.Update(msg)
	if result != promptAnswered {
		return cmd
	}
	switch purpose {
	case "title":
		// The family is the one under the cursor; when the filter hides
		// every title, the one chosen before, else the first.
		role, ok := w.common.Catalog.Role(w.posting.Role)
		if _, i, cur := w.roles.Current(); cur {
			role, ok = w.roleChoices[i].role, true
		}
		if !ok {
			role = w.roleChoices[0].role
		}
		w.setRole(role, value, true)
		return w.goTo(stepSeniority)
	case "skill":
		w.skillsTouched = true
		w.skills.Append(PickItem{ID: customPrefix + value, Label: value, Group: "Your own skills"}, Checked)
	case "responsibility":
		w.respsTouched = true
		w.resps.Append(PickItem{ID: customPrefix + value, Label: value}, Checked)
	}
	return w.changed()
}

// skillMarks and checkMarks draw the marks, styled once rather than per
// row per frame.
func skillMarks(s Styles) func(Mark) string {
	views := map[Mark]string{
		Unmarked:  s.Faint.Render("[    ]"),
		Checked:   s.MustHave.Render("[must]"),
		Preferred: s.NiceToHave.Render("[nice]"),
	}
	return func(m Mark) string { return views[m] }
}

func checkMarks(s Styles) func(Mark) string {
	views := map[Mark]string{Unmarked: s.Faint.Render("[ ]"), Checked: s.Checked.Render("[x]")}
	return func(m Mark) string { return views[m] }
}

// View implements Screen.
func (w *Wizard) View() string {
	lines := []string{w.stepsView(), w.promptView()}
	switch {
	case w.prompt.Active():
		lines = append(lines, w.prompt.View(w.width))
	case w.step == stepPreview:
		lines = append(lines, "", w.preview.View())
	default:
		lines = append(lines, "", w.currentPicker().View())
	}
	out := strings.Join(lines, "\n")
	return out
}

func (w *Wizard) stepsView() string {
	s := w.common.Styles
	parts := make([]string, 0, stepCount)
	for i, name := range stepNames {
		st := s.StepTodo
		switch {
		case wizardStep(i) == w.step:
			st = s.StepCurrent
		case wizardStep(i) < w.step:
			st = s.StepDone
		}
		parts = append(parts, st.Render(name))
	}
	line := fmt.Sprintf("Step %d/%d  ", w.step+1, stepCount) + strings.Join(parts, s.Faint.Render(" › "))
	return ansi.Truncate(line, w.width, "…")
}

func (w *Wizard) promptView() string {
	s := w.common.Styles
	var text string
	switch w.step {
	case stepRole:
		text = "Which role are you hiring for? Pick a title, or press c to type your own."
	case stepSeniority:
		role := w.posting.Title
		if !w.customTitle && w.roleTitle != "" {
			role = w.roleTitle // not "Senior …" once a level was chosen
		}
		text = "How senior is the “" + role + "” role? The years show beside each level."
	case stepSkills:
		must, nice := w.skills.Count(Checked), w.skills.Count(Preferred)
		text = fmt.Sprintf("Skills: %d must-have, %d nice-to-have. space cycles, m/n set.", must, nice)
		if must > maxMustHaves {
			return s.Error.Render(ansi.Truncate(fmt.Sprintf("%d must-haves: keep it to %d or fewer — mark the rest nice-to-have (n).", must, maxMustHaves), w.width, "…"))
		}
	case stepResponsibilities:
		text = fmt.Sprintf("What will they do? %d chosen; the defaults suit the role and level.", w.resps.Count(Checked))
	case stepPreview:
		text = "Preview of “" + w.posting.Title + "”. enter saves the draft, esc goes back."
	}
	return s.Subtle.Render(ansi.Truncate(text, w.width, "…"))
}

// ShortHelp implements help.KeyMap.
func (w *Wizard) ShortHelp() []key.Binding {
	if w.prompt.Active() {
		return w.prompt.ShortHelp()
	}
	k := w.keys
	pk := w.currentPicker().keys
	switch w.step {
	case stepRole:
		if w.posting.Role != "" {
			return []key.Binding{k.Choose, k.Keep, k.Custom, pk.Filter, k.Cancel}
		}
		return []key.Binding{k.Choose, k.Custom, pk.Filter, k.Cancel}
	case stepSeniority:
		return []key.Binding{k.Choose, k.Back}
	case stepSkills:
		return []key.Binding{k.Cycle, k.Must, k.Nice, k.Add, pk.Filter, k.Next, k.Back}
	case stepResponsibilities:
		return []key.Binding{k.Toggle, k.Add, pk.Filter, k.Next, k.Back}
	}
	return []key.Binding{k.Save, k.Back}
}

// FullHelp implements help.KeyMap.
func (w *Wizard) FullHelp() [][]key.Binding {
	pk := w.currentPicker().keys
	nav := []key.Binding{pk.Up, pk.Down, pk.PageUp, pk.PageDown, pk.Top, pk.Bottom}
	return [][]key.Binding{w.ShortHelp(), nav}
}

func marksByID(p Picker) map[string]Mark {
	m := make(map[string]Mark, len(p.items))
	for i, it := range p.items {
		if p.marks[i] != Unmarked {
			m[it.ID] = p.marks[i]
		}
	}
	return m
}

// customItems turns the custom ids among marks into picker items.
func customItems(marks map[string]Mark, group string) []PickItem {
	var out []PickItem
	for id := range marks {
		if name, ok := strings.CutPrefix(id, customPrefix); ok {
			out = append(out, PickItem{ID: id, Label: name, Group: group})
		}
	}
	slices.SortFunc(out, func(a, b PickItem) int { return strings.Compare(a.Label, b.Label) })
	return out
}

func labels(p Picker, m Mark) []string {
	var out []string
	for _, i := range p.Marked(m) {
		out = append(out, p.items[i].Label)
	}
	return out
}

func findResponsibility(cat *data.Catalog, id string) (data.Responsibility, bool) {
	for _, r := range cat.Responsibilities {
		if r.ID == id {
			return r, true
		}
	}
	return data.Responsibility{}, false
}

func containsItem(items []PickItem, id string) bool {
	return slices.ContainsFunc(items, func(it PickItem) bool { return it.ID == id })
}
