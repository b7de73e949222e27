package postingeditor

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/components/autosave"
)

// The company profile is edited with the same shell, on a posting that
// holds only the profile's parts (company, about, benefits, EEO
// statement, usual location and pay currency), saved with
// store.SaveProfile.

// profileSaveID tags the profile's autosave messages.
const profileSaveID = "company-profile"

// ShowProfile starts editing the company profile (a shell made with
// profile set).
func (e *Shell) ShowProfile(prof model.CompanyProfile) tea.Cmd {
	p := model.Posting{
		Title:    "Company profile",
		Company:  prof.Company,
		Benefits: prof.Benefits,
		EEO:      prof.EEO,
		Location: prof.Location,
		Salary:   model.Salary{Currency: prof.Currency},
		Status:   model.StatusDraft,
	}
	store, extra := e.c.Store, newExtraCell(prof)
	e.extra = extra
	save := func(p model.Posting) error { return store.SaveProfile(profileOf(p, *extra.Load())) }
	return e.show(p, autosave.New(e.c, e.owner, profileSaveID, save))
}

// profileOf takes the profile's parts out of the shell's posting, with
// its headcount and home.
func profileOf(p model.Posting, x profileExtra) model.CompanyProfile {
	return model.CompanyProfile{
		Company:   p.Company,
		Benefits:  p.Benefits,
		EEO:       p.EEO,
		Location:  p.Location,
		Currency:  p.Salary.Currency,
		Employees: x.Employees,
		Home:      x.Home,
	}
}
