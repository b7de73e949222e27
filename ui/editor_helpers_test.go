package ui

import (
	"strings"
	"testing"

	"jobpost/model"
)

// editorPosting is a full posting of about 800 words.
func editorPosting(t testing.TB, c *Common) model.Posting {
	t.Helper()
	p := model.New(fixedNow)
	p.Title = "Senior Backend Engineer"
	p.Role, p.Seniority = "backend", "senior"
	p.Summary = strings.Repeat("You will design, build and run the services that carry our customers' orders from checkout to delivery, with a small team that owns its work end to end. ", 10)
	for _, r := range c.Catalog.ResponsibilitiesFor("backend", "senior") {
		p.Responsibilities = append(p.Responsibilities, r.Text)
	}
	p.Skills.Required = []string{"Go", "PostgreSQL", "Distributed systems", "Kubernetes"}
	p.Skills.Preferred = []string{"Kafka", "Terraform"}
	for _, q := range c.Catalog.QualificationsFor("senior") {
		p.Qualifications = append(p.Qualifications, q.Text)
	}
	for _, b := range c.Catalog.Benefits[:8] {
		p.Benefits = append(p.Benefits, b.Text)
	}
	p.Company = model.Company{Name: "Acme Logistics", Website: "https://acme.example",
		About: strings.Repeat("Acme moves parcels for ten thousand shops across Europe, on software we write ourselves. ", 7)}
	p.Location = model.Location{City: "Berlin", Country: "Germany"}
	p.Workplace = model.Hybrid
	p.EmploymentType = "FULL_TIME"
	p.Salary = model.Salary{Min: 80000, Max: 100000, Currency: "EUR", Period: "YEAR"}
	p.Apply = model.Apply{URL: "https://acme.example/jobs/42"}
	p.EEO = c.Catalog.EEOStatements[0].Text
	return p
}

// openEditor starts the app on the editor for p, saved first.
func openEditor(t testing.TB, c *Common, p model.Posting, width, height int) *driver {
	t.Helper()
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, New(c), width, height)
	d.send(openDraftMsg{id: p.ID})
	d.editor()
	return d
}

func (d *driver) editor() *Editor {
	d.t.Helper()
	e, ok := d.app().screen.(*Editor)
	if !ok {
		d.t.Fatalf("not on the editor: %T", d.app().screen)
	}
	return e
}

// stored reads the posting back from the database, after saving what is
// unsaved: the driver drops commands slower than cmdTimeout, and a save
// can be that slow on a loaded machine.
func (d *driver) stored(id string) model.Posting {
	d.t.Helper()
	if e, ok := d.app().screen.(*Editor); ok {
		if cmd := e.Flush(); cmd != nil {
			d.send(cmd())
		}
	}
	p, err := d.app().common.Store.Get(id)
	if err != nil {
		d.t.Fatal(err)
	}
	return p
}

// section moves the editor's cursor to the named section.
func (d *driver) section(name string) {
	d.t.Helper()
	e := d.editor()
	for i, s := range e.sections {
		if s.name == name {
			for e.cursor > i {
				d.keys("up")
			}
			for e.cursor < i {
				d.keys("down")
			}
			return
		}
	}
	d.t.Fatalf("no section %q", name)
}
