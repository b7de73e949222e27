package ui

import (
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
	nav     int // drop it if the user has moved on since
}

// loadProfile reads the company profile in the background.
func loadProfile(store *storage.Store, forNew bool, nav int) tea.Cmd {
	return func() tea.Msg {
		p, _, err := store.Profile()
		return profileLoadedMsg{profile: p, forNew: forNew, err: err, nav: nav}
	}
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
	store := c.Store
	save := func(p model.Posting) error { return store.SaveProfile(profileOf(p)) }
	e := newEditor(c, p, profileSections, NewAutosaver(profileSaveID, save))
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
