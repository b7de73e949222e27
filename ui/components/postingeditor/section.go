package postingeditor

import (
	"jobpost/model"
)

// ID names one part of a posting the editor changes.
type ID int

// The sections.
const (
	Title ID = iota
	Role
	Summary
	Responsibilities
	Must
	Nice
	Qualifications
	Benefits
	Company
	About
	Location
	Employment
	Pay
	Apply
	EEO
)

// kind says how a section is edited.
type kind int

const (
	formKind  kind = iota // short fields: text inputs and choices
	listKind              // a list of lines
	proseKind             // paragraphs in a textarea or $EDITOR
)

type section struct {
	id   ID
	name string
	kind kind
}

// postingSections are the parts of a posting, in the order it reads.
var postingSections = []section{
	{Title, "Title", formKind},
	{Role, "Role & level", formKind},
	{Summary, "Summary", proseKind},
	{Responsibilities, "What you will do", listKind},
	{Must, "Must-have skills", listKind},
	{Nice, "Nice-to-have skills", listKind},
	{Qualifications, "Qualifications", listKind},
	{Benefits, "Benefits", listKind},
	{Company, "Company", formKind},
	{About, "About the company", proseKind},
	{Location, "Location", formKind},
	{Employment, "Employment type", formKind},
	{Pay, "Pay", formKind},
	{Apply, "How to apply", formKind},
	{EEO, "Equal opportunity", proseKind},
}

// profileSections are the parts of a posting the company profile fills.
var profileSections = []section{
	{Company, "Company", formKind},
	{About, "About the company", proseKind},
	{Location, "Usual location", formKind},
	{Pay, "Pay currency", formKind},
	{Benefits, "Benefits", listKind},
	{EEO, "Equal opportunity", proseKind},
}

// problemFields are the model.Problems fields shown against each section
// in the list.
var problemFields = map[ID][]string{
	Title:      {"title"},
	Company:    {"company.website"},
	Location:   {"workplace"},
	Pay:        {"salary.min", "salary.max", "salary.currency", "salary.period"},
	Apply:      {"apply.url", "apply.email", "valid_through"},
	Employment: {"employment_type"},
}

// listOf is the list a list section edits.
func listOf(p *model.Posting, id ID) *[]string {
	switch id {
	case Responsibilities:
		return &p.Responsibilities
	case Must:
		return &p.Skills.Required
	case Nice:
		return &p.Skills.Preferred
	case Qualifications:
		return &p.Qualifications
	case Benefits:
		return &p.Benefits
	}
	return nil
}

// proseOf is the text a prose section edits.
func proseOf(p *model.Posting, id ID) *string {
	switch id {
	case Summary:
		return &p.Summary
	case About:
		return &p.Company.About
	case EEO:
		return &p.EEO
	}
	return nil
}

// previewHeading is the heading the preview scrolls to for a section; ""
// means the top, where the title, meta line and pay are.
func previewHeading(p model.Posting, id ID) string {
	switch id {
	case Responsibilities, Must, Nice, Qualifications, Benefits:
		name := sectionName(id)
		for _, s := range p.Sections() {
			if s.Heading == name {
				return s.Heading
			}
		}
		return ""
	case About, Company:
		if len(model.Paragraphs(p.Company.About)) == 0 {
			return ""
		}
		if name := model.CleanLine(p.Company.Name); name != "" {
			return "About " + name
		}
		return "About us"
	case Apply:
		return "How to apply"
	case EEO:
		return "Equal opportunity"
	}
	return ""
}

// sectionName is the posting's heading for a section.
func sectionName(id ID) string {
	for _, s := range postingSections {
		if s.id == id {
			return s.name
		}
	}
	return ""
}
