package postingeditor

import (
	"errors"
	"strconv"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/components/form"
)

// The company profile's size and home: the headcount (some pay laws apply
// only from a size on) and where the company is based (some follow the
// employer). They are the profile's own, with no place in a posting, so
// the shell keeps them beside the posting it edits: in an atomic cell,
// since the autosave reads them on its own goroutine. (Undo covers the
// posting's parts, not these two.)

// Size is the profile's section for the headcount and home location.
const Size = Checks + 1

// profileExtra is what the profile has that a posting has not.
type profileExtra struct {
	Employees int
	Home      model.Location
}

// sizeSection is the profile's row for them.
var sizeSection = section{Size, "Size & home", formKind}

// newExtraCell holds prof's extras for the shell and its saver.
func newExtraCell(prof model.CompanyProfile) *atomic.Pointer[profileExtra] {
	cell := &atomic.Pointer[profileExtra]{}
	cell.Store(&profileExtra{Employees: prof.Employees, Home: prof.Home})
	return cell
}

// extras are the profile's extras as edited so far.
func (e Shell) extras() profileExtra {
	if e.extra == nil {
		return profileExtra{}
	}
	return *e.extra.Load()
}

// sizeForm is the form of the Size section. Its fields write to a
// candidate of the shell's own (the form's fields write to a posting,
// which has no room for them); sizeChanged takes it.
func (e *Shell) sizeForm() form.Model {
	theme := e.c.Styles.Theme
	cand := e.extras()
	e.sizeCand = &cand
	employees := ""
	if cand.Employees > 0 {
		employees = strconv.Itoa(cand.Employees)
	}
	line := func(label, value string, set func(string) error) form.Field {
		return form.Text(theme, label, "", value, model.MaxShortLength, func(_ *model.Posting, v string) error { return set(model.CleanLine(v)) })
	}
	return form.New(e.c,
		line("Employees", employees, func(v string) error {
			v = strings.ReplaceAll(strings.ReplaceAll(v, ",", ""), " ", "")
			if v == "" {
				cand.Employees = 0
				return nil
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return errors.New("must be a whole number of people, or empty when unknown")
			}
			cand.Employees = n
			return nil
		}),
		line("Home city", cand.Home.City, func(v string) error { cand.Home.City = v; return nil }),
		line("Region", cand.Home.Region, func(v string) error { cand.Home.Region = v; return nil }),
		line("Country", cand.Home.Country, func(v string) error {
			if v != "" && model.CountryCode(v) == "" {
				return errors.New("is not a country jobpost knows: write its name or code")
			}
			cand.Home.Country = v
			return nil
		}),
	)
}

// sizeChanged takes the Size form's values when all are valid.
func (e *Shell) sizeChanged() tea.Cmd {
	if _, ok := e.form.Candidate(e.posting); !ok || e.sizeCand == nil || *e.sizeCand == e.extras() {
		return nil
	}
	next := *e.sizeCand
	e.extra.Store(&next)
	return e.saver.Changed()
}

// sizeSummary is the Size row's summary: "250 employees · Denver, CO, US".
func (e Shell) sizeSummary() string {
	x := e.extras()
	people := ""
	switch {
	case x.Employees == 1:
		people = "1 employee"
	case x.Employees > 1:
		people = model.Thousands(x.Employees) + " employees"
	}
	return joinSet(people, x.Home.String())
}
