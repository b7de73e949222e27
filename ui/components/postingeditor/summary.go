package postingeditor

import (
	"strconv"
	"strings"

	"jobpost/data"
	"jobpost/model"
)

// summary is the one line the section list shows for a section.
func (e Shell) summary(id ID) string {
	p := &e.posting
	switch id {
	case Title:
		return p.Title
	case Role:
		var parts []string
		if r, ok := e.c.Catalog.Role(p.Role); ok {
			parts = append(parts, r.Name)
		}
		if l, ok := e.c.Catalog.Level(p.Seniority); ok {
			parts = append(parts, l.Name)
		}
		return strings.Join(parts, " · ")
	case Summary, About, EEO:
		first, _, _ := strings.Cut(strings.TrimSpace(*proseOf(p, id)), "\n")
		return first
	case Responsibilities, Must, Nice, Qualifications, Benefits:
		items := *listOf(p, id)
		if len(items) == 0 {
			return ""
		}
		return strconv.Itoa(len(items)) + " · " + items[0]
	case Company:
		return joinSet(p.Company.Name, p.Company.Website)
	case Location:
		if e.profile {
			return p.Location.String()
		}
		applicants := ""
		if len(p.ApplicantLocations) > 0 {
			applicants = "applicants in " + placeList(p.ApplicantLocations)
		}
		return joinSet(p.Location.String(), choiceName(e.c.Catalog.WorkplaceTypes, string(p.Workplace), p.Workplace.Label()), applicants)
	case Employment:
		return choiceName(e.c.Catalog.EmploymentTypes, p.EmploymentType, model.EmploymentTypeLabel(p.EmploymentType))
	case Pay:
		if e.profile {
			return p.Salary.Currency
		}
		return p.Salary.String()
	case Checks:
		return e.checksSummary()
	case Size:
		return e.sizeSummary()
	case Apply:
		closes := ""
		if p.ValidThrough != "" {
			closes = "closes " + p.ValidThrough
		}
		return joinSet(p.Apply.URL, p.Apply.Email, closes)
	}
	return ""
}

// choiceName is the catalog's name for id, the word the section's form
// shows ("Contractor"); other, for a value the catalog does not name.
func choiceName(choices []data.Choice, id, other string) string {
	for _, c := range choices {
		if c.ID == id {
			return c.Name
		}
	}
	return other
}

// joinSet joins the parts that are set with " · ".
func joinSet(parts ...string) string {
	out := parts[:0:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}
