package ui

import (
	"strconv"
	"strings"

	"jobpost/model"
)

// sectionID names one part of a posting the editor can change.
type sectionID int

const (
	secTitle sectionID = iota
	secRole
	secSummary
	secResponsibilities
	secMust
	secNice
	secQualifications
	secBenefits
	secCompany
	secAbout
	secLocation
	secEmployment
	secPay
	secApply
	secEEO
)

// sectionKind says how a section is edited.
type sectionKind int

const (
	kindForm  sectionKind = iota // short fields: text inputs and choices
	kindList                     // a list of lines
	kindProse                    // paragraphs in a textarea or $EDITOR
)

type section struct {
	id   sectionID
	name string
	kind sectionKind
}

// postingSections are the parts of a posting, in the order it reads.
var postingSections = []section{
	{secTitle, "Title", kindForm},
	{secRole, "Role & level", kindForm},
	{secSummary, "Summary", kindProse},
	{secResponsibilities, "What you will do", kindList},
	{secMust, "Must-have skills", kindList},
	{secNice, "Nice-to-have skills", kindList},
	{secQualifications, "Qualifications", kindList},
	{secBenefits, "Benefits", kindList},
	{secCompany, "Company", kindForm},
	{secAbout, "About the company", kindProse},
	{secLocation, "Location", kindForm},
	{secEmployment, "Employment type", kindForm},
	{secPay, "Pay", kindForm},
	{secApply, "How to apply", kindForm},
	{secEEO, "Equal opportunity", kindProse},
}

// profileSections are the parts of a posting the company profile fills.
var profileSections = []section{
	{secCompany, "Company", kindForm},
	{secAbout, "About the company", kindProse},
	{secLocation, "Usual location", kindForm},
	{secPay, "Pay currency", kindForm},
	{secBenefits, "Benefits", kindList},
	{secEEO, "Equal opportunity", kindProse},
}

// problemFields are the model.Problems field names shown against each
// section in the list.
var problemFields = map[sectionID][]string{
	secTitle:    {"title"},
	secCompany:  {"company.website"},
	secLocation: {"workplace"},
	secPay:      {"salary.min", "salary.max", "salary.currency", "salary.period"},
	secApply:    {"apply.url", "apply.email", "valid_through"},
	secEmployment: {
		"employment_type",
	},
}

// listOf returns the list a list section edits.
func listOf(p *model.Posting, id sectionID) *[]string {
	switch id {
	case secResponsibilities:
		return &p.Responsibilities
	case secMust:
		return &p.Skills.Required
	case secNice:
		return &p.Skills.Preferred
	case secQualifications:
		return &p.Qualifications
	case secBenefits:
		return &p.Benefits
	}
	return nil
}

// proseOf returns the text a prose section edits.
func proseOf(p *model.Posting, id sectionID) *string {
	switch id {
	case secSummary:
		return &p.Summary
	case secAbout:
		return &p.Company.About
	case secEEO:
		return &p.EEO
	}
	return nil
}

// previewHeading is the text of the heading the preview scrolls to for a
// section; "" means the top, where the title, meta line and pay are.
func previewHeading(p model.Posting, id sectionID) string {
	switch id {
	case secResponsibilities, secMust, secNice, secQualifications, secBenefits:
		for _, s := range p.Sections() {
			if s.Heading == sectionName(id) {
				return s.Heading
			}
		}
		return ""
	case secAbout, secCompany:
		if len(model.Paragraphs(p.Company.About)) == 0 {
			return ""
		}
		if name := model.CleanLine(p.Company.Name); name != "" {
			return "About " + name
		}
		return "About us"
	case secApply:
		return "How to apply"
	case secEEO:
		return "Equal opportunity"
	}
	return ""
}

// sectionName is the posting's heading for a list section.
func sectionName(id sectionID) string {
	for _, s := range postingSections {
		if s.id == id {
			return s.name
		}
	}
	return ""
}

// sectionSummary is the one line the section list shows for a section.
func (e *Editor) sectionSummary(id sectionID) string {
	p := e.posting
	switch id {
	case secTitle:
		return p.Title
	case secRole:
		var parts []string
		if r, ok := e.common.Catalog.Role(p.Role); ok {
			parts = append(parts, r.Name)
		}
		if l, ok := e.common.Catalog.Level(p.Seniority); ok {
			parts = append(parts, l.Name)
		}
		return strings.Join(parts, " · ")
	case secSummary, secAbout, secEEO:
		return firstLine(*proseOf(&p, id))
	case secResponsibilities, secMust, secNice, secQualifications, secBenefits:
		items := *listOf(&p, id)
		switch len(items) {
		case 0:
			return ""
		case 1:
			return "1 · " + items[0]
		}
		return strconv.Itoa(len(items)) + " · " + items[0]
	case secCompany:
		return joinSet(" · ", p.Company.Name, p.Company.Website)
	case secLocation:
		if e.profile {
			return p.Location.String()
		}
		return joinSet(" · ", p.Location.String(), p.Workplace.Label())
	case secEmployment:
		return model.EmploymentTypeLabel(p.EmploymentType)
	case secPay:
		if e.profile {
			return p.Salary.Currency
		}
		return p.Salary.String()
	case secApply:
		closes := ""
		if p.ValidThrough != "" {
			closes = "closes " + p.ValidThrough
		}
		return joinSet(" · ", p.Apply.URL, p.Apply.Email, closes)
	}
	return ""
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func joinSet(sep string, parts ...string) string {
	out := parts[:0:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
