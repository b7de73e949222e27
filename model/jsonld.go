package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// seniorityMonths is the least experience, in months, each catalog
// seniority level usually asks for.
var seniorityMonths = map[string]int{
	"intern": 0, "junior": 0, "intermediate": 24, "senior": 60, "lead": 96, "principal": 144,
}

// ExperienceMonths returns the usual minimum experience, in months, for a
// catalog seniority id; ok is false for an id it does not know. Callers
// holding the catalog should prefer its own figure (MinYears × 12).
func ExperienceMonths(seniority string) (months int, ok bool) {
	months, ok = seniorityMonths[seniority]
	return months, ok
}

// EducationRequirement is the schooling a posting asks for, as JSON-LD's
// educationRequirements states it.
type EducationRequirement struct {
	// Credential is a schema.org credentialCategory: "high school",
	// "associate degree", "bachelor degree", "professional certificate" or
	// "postgraduate degree"; empty states none.
	Credential string
	// ExperienceInPlace says experience may stand in for it (JobPosting's
	// experienceInPlaceOfEducation).
	ExperienceInPlace bool
}

// seniorityEducation is what each catalog seniority level usually asks for:
// a bachelor's degree or equivalent experience, and nothing of an intern.
var seniorityEducation = map[string]EducationRequirement{
	"intern":       {},
	"junior":       {Credential: "bachelor degree", ExperienceInPlace: true},
	"intermediate": {Credential: "bachelor degree", ExperienceInPlace: true},
	"senior":       {Credential: "bachelor degree", ExperienceInPlace: true},
	"lead":         {Credential: "bachelor degree", ExperienceInPlace: true},
	"principal":    {Credential: "bachelor degree", ExperienceInPlace: true},
}

// EducationFor returns the usual education requirement for a catalog
// seniority id; ok is false for an id it does not know. Callers holding
// the catalog should prefer its own (data.Catalog.Education).
func EducationFor(seniority string) (e EducationRequirement, ok bool) {
	e, ok = seniorityEducation[seniority]
	return e, ok
}

// MissingFieldsError says which fields a format needs that the posting
// lacks, by their JSON paths ("title", "company.name", "location"), rather
// than writing something a board would reject.
type MissingFieldsError struct {
	Fields []string
}

func (e *MissingFieldsError) Error() string {
	return "Google for Jobs needs these fields filled in: " + strings.Join(e.Fields, ", ")
}

// JSONLD encodes p as a schema.org JobPosting for Google for Jobs, with the
// experience and education its seniority usually asks for (see
// ExperienceMonths and EducationFor). The posting date is when it went
// live, else when it was created, else now. Fields Google requires that p
// lacks make it fail with a *MissingFieldsError.
func (p Posting) JSONLD(now time.Time) ([]byte, error) {
	return p.jsonLD(now, p.ldFacts(ExportOptions{}), true)
}

// JSONLDWithExperience is JSONLD stating months of required experience;
// months ≤ 0 states none.
func (p Posting) JSONLDWithExperience(now time.Time, months int) ([]byte, error) {
	if months == 0 {
		months = -1
	}
	return p.jsonLD(now, p.ldFacts(ExportOptions{ExperienceMonths: months}), true)
}

// ldFacts are what JSON-LD states beyond the posting's own fields, taken
// from opts where the caller (holding the catalog) gave them, else from
// the usual figures for the posting's seniority and from its country as
// stored.
type ldFacts struct {
	months                   int // ≤ 0: none stated
	education                EducationRequirement
	countryCode, countryName string
}

func (p Posting) ldFacts(opts ExportOptions) ldFacts {
	f := ldFacts{months: opts.ExperienceMonths}
	if f.months == 0 {
		if m, ok := ExperienceMonths(p.Seniority); ok {
			f.months = m
		}
	}
	if opts.Education != nil {
		f.education = *opts.Education
	} else {
		f.education, _ = EducationFor(p.Seniority)
	}
	country := CleanLine(p.Location.Country)
	f.countryCode, f.countryName = CleanLine(opts.CountryCode), CleanLine(opts.CountryName)
	if f.countryCode == "" {
		// Without the catalog's, the country table gives the code and
		// name; a two-letter country it lacks is taken for its code, and
		// anything else is stated as written.
		if co, ok := LookupCountry(country); ok {
			f.countryCode = co.Code
			if f.countryName == "" {
				f.countryName = co.Name
			}
		} else if f.countryCode = country; len(country) == 2 && isASCIILetters(country) {
			f.countryCode = strings.ToUpper(country)
		}
	}
	if f.countryName == "" {
		f.countryName = country
	}
	return f
}

func isASCIILetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

type ldPosting struct {
	Context                       string             `json:"@context"`
	Type                          string             `json:"@type"`
	Title                         string             `json:"title"`
	Description                   string             `json:"description"`
	DatePosted                    string             `json:"datePosted"`
	ValidThrough                  string             `json:"validThrough,omitempty"`
	EmploymentType                string             `json:"employmentType,omitempty"`
	HiringOrganization            ldOrganization     `json:"hiringOrganization"`
	JobLocation                   *ldPlace           `json:"jobLocation,omitempty"`
	JobLocationType               string             `json:"jobLocationType,omitempty"`
	ApplicantLocationRequirements any                `json:"applicantLocationRequirements,omitempty"`
	BaseSalary                    *ldMonetaryAmount  `json:"baseSalary,omitempty"`
	Identifier                    *ldPropertyValue   `json:"identifier,omitempty"`
	ExperienceRequirements        *ldExperienceNeeds `json:"experienceRequirements,omitempty"`
	EducationRequirements         *ldCredential      `json:"educationRequirements,omitempty"`
	ExperienceInPlaceOfEducation  bool               `json:"experienceInPlaceOfEducation,omitempty"`
}

type ldCredential struct {
	Type               string `json:"@type"`
	CredentialCategory string `json:"credentialCategory"`
}

type ldOrganization struct {
	Type   string `json:"@type"`
	Name   string `json:"name"`
	SameAs string `json:"sameAs,omitempty"`
}

type ldPlace struct {
	Type    string          `json:"@type"`
	Address ldPostalAddress `json:"address"`
}

type ldPostalAddress struct {
	Type            string `json:"@type"`
	AddressLocality string `json:"addressLocality,omitempty"`
	AddressRegion   string `json:"addressRegion,omitempty"`
	AddressCountry  string `json:"addressCountry,omitempty"`
}

type ldTyped struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type ldMonetaryAmount struct {
	Type     string          `json:"@type"`
	Currency string          `json:"currency"`
	Value    ldQuantityValue `json:"value"`
}

type ldQuantityValue struct {
	Type     string   `json:"@type"`
	Value    *float64 `json:"value,omitempty"`
	MinValue *float64 `json:"minValue,omitempty"`
	MaxValue *float64 `json:"maxValue,omitempty"`
	UnitText string   `json:"unitText"`
}

type ldPropertyValue struct {
	Type  string `json:"@type"`
	Name  string `json:"name"`
	Value string `json:"value"`
}

type ldExperienceNeeds struct {
	Type               string `json:"@type"`
	MonthsOfExperience int    `json:"monthsOfExperience"`
}

// JSONLDMissing lists the fields Google requires that p lacks, by JSON
// path, as JSONLD's *MissingFieldsError would; nil when none. It builds
// nothing, so the checks can ask on every keystroke.
func (p Posting) JSONLDMissing(now time.Time) []string {
	_, err := p.jsonLD(now, ldFacts{months: -1, countryCode: CleanLine(p.Location.Country), countryName: CleanLine(p.Location.Country)}, false)
	if m, ok := err.(*MissingFieldsError); ok {
		return m.Fields
	}
	return nil
}

// jsonLD builds the JSON-LD, or with render false only finds what is
// missing.
func (p Posting) jsonLD(now time.Time, facts ldFacts, render bool) ([]byte, error) {
	var missing []string
	need := func(ok bool, field string) {
		if !ok {
			missing = append(missing, field)
		}
	}

	ld := ldPosting{
		Context: "https://schema.org/",
		Type:    "JobPosting",
		Title:   CleanLine(p.Title),
	}
	need(ld.Title != "", "title")

	// Google wants more than the title in the description: some prose or a
	// list, not just the meta line.
	hasBody := len(Paragraphs(p.Summary)) > 0 || len(Paragraphs(p.Company.About)) > 0 || len(p.Sections()) > 0
	need(hasBody, "description")
	if render {
		ld.Description = p.HTML()
	}

	ld.HiringOrganization = ldOrganization{Type: "Organization", Name: CleanLine(p.Company.Name)}
	need(ld.HiringOrganization.Name != "", "company.name")
	if site := CleanLine(p.Company.Website); webURL(site) {
		ld.HiringOrganization.SameAs = site
	}

	city, region := CleanLine(p.Location.City), CleanLine(p.Location.Region)
	if p.Workplace == Remote {
		// Only fully remote work is TELECOMMUTE; Google then asks where
		// applicants may live instead of where the office is.
		ld.JobLocationType = "TELECOMMUTE"
		switch places := applicantPlaces(p.ApplicantLocations); len(places) {
		case 0:
			need(facts.countryName != "", "location.country")
			ld.ApplicantLocationRequirements = &ldTyped{Type: "Country", Name: facts.countryName}
		case 1:
			ld.ApplicantLocationRequirements = &places[0]
		default:
			ld.ApplicantLocationRequirements = places
		}
	} else {
		// addressCountry is the ISO 3166-1 alpha-2 code.
		need(city != "" || facts.countryCode != "", "location")
		ld.JobLocation = &ldPlace{Type: "Place", Address: ldPostalAddress{
			Type: "PostalAddress", AddressLocality: city, AddressRegion: region, AddressCountry: facts.countryCode,
		}}
	}

	if s := p.Salary; s.Min > 0 || s.Max > 0 {
		need(KnownCurrency(s.Currency), "salary.currency")
		need(oneOf(s.Period, periods), "salary.period")
		v := ldQuantityValue{Type: "QuantitativeValue", UnitText: s.Period}
		lo, hi := s.Min, s.Max
		switch {
		case lo > 0 && hi > 0 && lo != hi:
			v.MinValue, v.MaxValue = &lo, &hi
		case lo > 0:
			v.Value = &lo
		default:
			v.Value = &hi
		}
		ld.BaseSalary = &ldMonetaryAmount{Type: "MonetaryAmount", Currency: s.Currency, Value: v}
	}

	posted := now
	first, live := p.Posted.First()
	switch {
	case live && !first.On.IsZero(): // the day it first went live
		posted = first.On
	case !p.CreatedAt.IsZero():
		posted = p.CreatedAt
	}
	need(!posted.IsZero(), "created_at")
	ld.DatePosted = posted.UTC().Format(time.DateOnly)

	if _, err := time.Parse(time.DateOnly, p.ValidThrough); err == nil {
		ld.ValidThrough = p.ValidThrough
	}
	if oneOf(p.EmploymentType, employmentTypes) {
		ld.EmploymentType = p.EmploymentType
	}
	if id := CleanLine(p.ID); id != "" {
		name := ld.HiringOrganization.Name
		if name == "" {
			name = "jobpost"
		}
		ld.Identifier = &ldPropertyValue{Type: "PropertyValue", Name: name, Value: id}
	}
	if facts.months > 0 {
		ld.ExperienceRequirements = &ldExperienceNeeds{Type: "OccupationalExperienceRequirements", MonthsOfExperience: facts.months}
	}
	if e := facts.education; e.Credential != "" {
		ld.EducationRequirements = &ldCredential{Type: "EducationalOccupationalCredential", CredentialCategory: e.Credential}
		ld.ExperienceInPlaceOfEducation = e.ExperienceInPlace
	}

	if len(missing) > 0 {
		return nil, &MissingFieldsError{Fields: missing}
	}
	if !render {
		return nil, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// HTML escaping stays on: JSON-LD is pasted into a <script> element,
	// where a literal "</script>" in the text would end it early.
	if err := enc.Encode(ld); err != nil {
		return nil, fmt.Errorf("encode posting %s as JSON-LD: %w", p.ID, err)
	}
	return buf.Bytes(), nil
}

// applicantPlaces writes where applicants may live as schema.org places:
// a Country for a country code, an AdministrativeArea for a subdivision,
// every member state for "EU".
func applicantPlaces(codes []string) []ldTyped {
	var out []ldTyped
	add := func(code string) {
		t := "Country"
		if strings.Contains(code, "-") {
			t = "AdministrativeArea"
		}
		out = append(out, ldTyped{Type: t, Name: PlaceName(code)})
	}
	for _, c := range codes {
		switch c = CleanLine(c); {
		case c == EU:
			for _, m := range EUCountries {
				add(m)
			}
		case ValidPlaceCode(c):
			add(c)
		}
	}
	return out
}
