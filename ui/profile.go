package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
)

// The company profile is edited with the editor itself, on a posting that
// holds only the profile's parts (company, about, benefits, EEO statement,
// usual location and pay currency), and saved with store.SaveProfile.

// profileSaveID tags the profile's autosave messages, apart from any
// draft's.
const profileSaveID = "company-profile"

// profileLoadedMsg carries the saved company profile. forNew says it was
// read to start a new posting rather than to edit the profile.
type profileLoadedMsg struct {
	profile model.CompanyProfile
	forNew  bool
	err     error
}

// loadProfile reads the company profile in the background.
func loadProfile(store *storage.Store, forNew bool) tea.Cmd {
	return func() tea.Msg {
		p, _, err := store.Profile()
		return profileLoadedMsg{profile: p, forNew: forNew, err: err}
	}
}

// newWizardWithProfile starts the wizard on a new posting filled from the
// company profile.
func newWizardWithProfile(c *Common, prof model.CompanyProfile) *Wizard {
	w := NewWizard(c, nil)
	prof.Apply(&w.posting)
	return w
}

// NewProfileEditor returns the editor on the company profile.
func NewProfileEditor(c *Common, prof model.CompanyProfile) *Editor {
	p := model.Posting{
		Title:    "Company profile",
		Company:  prof.Company,
		Benefits: prof.Benefits,
		EEO:      prof.EEO,
		Location: prof.Location,
		Salary:   model.Salary{Currency: prof.Currency},
		Status:   model.StatusDraft,
	}
	e := newEditor(c, p, profileSections, &profileSaver{store: c.Store})
	e.profile = true
	return e
}

// profileOf takes the profile's parts out of the editor's posting.
func profileOf(p model.Posting) model.CompanyProfile {
	return model.CompanyProfile{
		Company:  p.Company,
		Benefits: p.Benefits,
		EEO:      p.EEO,
		Location: p.Location,
		Currency: p.Salary.Currency,
	}
}

// editorSaver keeps what the editor edits on disk: a draft (Autosaver) or
// the company profile (profileSaver).
type editorSaver interface {
	Changed() tea.Cmd
	Due(msg autosaveDueMsg, p model.Posting) tea.Cmd
	SaveNow(p model.Posting) tea.Cmd
	Saved(msg autosavedMsg) tea.Cmd
	Dirty() bool
}

// profileSaver is Autosaver's twin for the company profile: the same
// messages, so the app's save-before-quit works for both.
type profileSaver struct {
	store    *storage.Store
	gen      int
	savedGen int
}

func (s *profileSaver) Changed() tea.Cmd {
	s.gen++
	gen := s.gen
	return tea.Tick(autosaveDelay, func(time.Time) tea.Msg { return autosaveDueMsg{id: profileSaveID, gen: gen} })
}

func (s *profileSaver) Due(msg autosaveDueMsg, p model.Posting) tea.Cmd {
	if msg.id != profileSaveID || msg.gen != s.gen {
		return nil
	}
	return s.save(p, false)
}

func (s *profileSaver) SaveNow(p model.Posting) tea.Cmd { return s.save(p, true) }

func (s *profileSaver) save(p model.Posting, final bool) tea.Cmd {
	store, gen, prof := s.store, s.gen, profileOf(clonePosting(p))
	return func() tea.Msg {
		err := store.SaveProfile(prof)
		return autosavedMsg{id: profileSaveID, gen: gen, title: "company profile", err: err, final: final}
	}
}

func (s *profileSaver) Saved(msg autosavedMsg) tea.Cmd {
	if msg.id != profileSaveID {
		return nil
	}
	if msg.err != nil {
		gen := s.gen
		return tea.Batch(
			failure("Profile not saved: "+msg.err.Error()+" — trying again"),
			tea.Tick(autosaveRetry, func(time.Time) tea.Msg { return autosaveDueMsg{id: profileSaveID, gen: gen} }),
		)
	}
	s.savedGen = max(s.savedGen, msg.gen)
	return nil
}

func (s *profileSaver) Dirty() bool { return s.savedGen < s.gen }
