package findings

import (
	"jobpost/model"
	"jobpost/storage"
)

// Profile is the company profile a check judges a posting with (its
// headcount and home decide some pay laws). With none saved, or none
// readable, the posting is judged without one: those laws then say "may
// apply" rather than nothing. Call it inside a tea.Cmd: it reads the disk.
func Profile(store storage.Library) model.CompanyProfile {
	if store == nil {
		return model.CompanyProfile{}
	}
	prof, _, _ := store.Profile()
	return prof
}
