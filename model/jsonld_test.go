package model

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"
)

func decodeLD(t *testing.T, p Posting, now time.Time) map[string]any {
	t.Helper()
	out, err := p.JSONLD(now)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("JSON-LD does not decode: %v", err)
	}
	return m
}

// at walks a decoded JSON value along keys.
func at(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func TestJSONLDOnsite(t *testing.T) {
	p := backendFixture()
	m := decodeLD(t, p, time.Time{})
	for path, want := range map[string]any{
		"@context":                                  "https://schema.org/",
		"@type":                                     "JobPosting",
		"title":                                     "Senior Backend Engineer",
		"description":                               p.HTML(),
		"datePosted":                                "2025-01-10", // when it went live, not when it was created
		"validThrough":                              "2025-03-31",
		"employmentType":                            "FULL_TIME",
		"hiringOrganization.@type":                  "Organization",
		"hiringOrganization.name":                   "Acme Logistics GmbH",
		"hiringOrganization.sameAs":                 "https://acme.example",
		"jobLocation.@type":                         "Place",
		"jobLocation.address.@type":                 "PostalAddress",
		"jobLocation.address.addressLocality":       "Berlin",
		"jobLocation.address.addressRegion":         "Berlin",
		"jobLocation.address.addressCountry":        "DE",
		"baseSalary.@type":                          "MonetaryAmount",
		"baseSalary.currency":                       "EUR",
		"baseSalary.value.@type":                    "QuantitativeValue",
		"baseSalary.value.minValue":                 90000.0,
		"baseSalary.value.maxValue":                 120000.0,
		"baseSalary.value.unitText":                 "YEAR",
		"identifier.@type":                          "PropertyValue",
		"identifier.name":                           "Acme Logistics GmbH",
		"identifier.value":                          "backendfixture22",
		"experienceRequirements.@type":              "OccupationalExperienceRequirements",
		"experienceRequirements.monthsOfExperience": 60.0,
		"jobLocationType":                           nil,
		"applicantLocationRequirements":             nil,
	} {
		if got := at(m, splitPath(path)...); !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", path, got, want)
		}
	}
}

func splitPath(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] == '.' {
			out = append(out, p[start:i])
			start = i + 1
		}
	}
	return append(out, p[start:])
}

func TestJSONLDRemote(t *testing.T) {
	m := decodeLD(t, remoteFixture(), time.Time{})
	for path, want := range map[string]any{
		"jobLocationType":                     "TELECOMMUTE",
		"applicantLocationRequirements.@type": "Country",
		"applicantLocationRequirements.name":  "Canada",
		"jobLocation":                         nil,
		"baseSalary.value.value":              85.5,
		"baseSalary.value.minValue":           nil,
		"datePosted":                          "2025-01-06", // created, never posted
		"validThrough":                        nil,
	} {
		if got := at(m, splitPath(path)...); !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", path, got, want)
		}
	}
}

func TestJSONLDDatesFallBackToNow(t *testing.T) {
	p := backendFixture()
	p.Posted, p.CreatedAt = nil, time.Time{}
	now := time.Date(2025, 2, 3, 23, 30, 0, 0, time.FixedZone("CET", 3600))
	if got := at(decodeLD(t, p, now), "datePosted"); got != "2025-02-03" {
		t.Errorf("datePosted = %v, want now's UTC date 2025-02-03", got)
	}
}

func TestJSONLDExperience(t *testing.T) {
	p := backendFixture()
	for _, tc := range []struct {
		months int
		want   any
	}{{0, 60.0}, {30, 30.0}, {-1, nil}} {
		out, err := Export(p, FormatJSONLD, ExportOptions{ExperienceMonths: tc.months})
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(out, &m); err != nil {
			t.Fatal(err)
		}
		if got := at(m, "experienceRequirements", "monthsOfExperience"); got != tc.want {
			t.Errorf("ExperienceMonths %d: monthsOfExperience = %v, want %v", tc.months, got, tc.want)
		}
	}
	p.Seniority = "intern"
	if got := at(decodeLD(t, p, time.Time{}), "experienceRequirements"); got != nil {
		t.Errorf("an internship states experience %v, want none", got)
	}
}

func TestJSONLDNamesMissingFields(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    Posting
		now  time.Time
		want []string
	}{
		{"empty", Posting{}, time.Time{}, []string{"title", "description", "company.name", "location", "created_at"}},
		{"empty with now", Posting{}, fixtureTime, []string{"title", "description", "company.name", "location"}},
		{"remote without country", func() Posting {
			p := remoteFixture()
			p.Location = Location{City: "Toronto"}
			return p
		}(), time.Time{}, []string{"location.country"}},
		{"pay without currency or period", func() Posting {
			p := backendFixture()
			p.Salary.Currency, p.Salary.Period = "", "yearly"
			return p
		}(), time.Time{}, []string{"salary.currency", "salary.period"}},
		{"only a meta line", func() Posting {
			p := backendFixture()
			p.Summary, p.Company.About = "", ""
			p.Responsibilities, p.Skills, p.Qualifications, p.Benefits = nil, Skills{}, nil, nil
			return p
		}(), time.Time{}, []string{"description"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := tc.p.JSONLD(tc.now)
			var mf *MissingFieldsError
			if !errors.As(err, &mf) {
				t.Fatalf("err = %v, want *MissingFieldsError", err)
			}
			if out != nil {
				t.Errorf("output %q alongside the error", out)
			}
			if !reflect.DeepEqual(mf.Fields, tc.want) {
				t.Errorf("missing %q, want %q", mf.Fields, tc.want)
			}
		})
	}
}

func TestExperienceMonths(t *testing.T) {
	for level, want := range map[string]int{"intern": 0, "junior": 0, "intermediate": 24, "senior": 60, "lead": 96, "principal": 144} {
		if got, ok := ExperienceMonths(level); !ok || got != want {
			t.Errorf("ExperienceMonths(%q) = %d, %v; want %d", level, got, ok, want)
		}
	}
	if _, ok := ExperienceMonths("wizard"); ok {
		t.Error("an unknown level has a figure")
	}
}

func exportLD(t *testing.T, p Posting, opts ExportOptions) map[string]any {
	t.Helper()
	out, err := Export(p, FormatJSONLD, opts)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestJSONLDEducation(t *testing.T) {
	p := backendFixture()
	for _, tc := range []struct {
		name      string
		edu       *EducationRequirement
		seniority string
		category  any
		instead   any
	}{
		{"the seniority's usual", nil, "senior", "bachelor degree", true},
		{"an intern's usual: none", nil, "intern", nil, nil},
		{"an unknown level: none", nil, "wizard", nil, nil},
		{"given", &EducationRequirement{Credential: "postgraduate degree"}, "senior", "postgraduate degree", nil},
		{"given as none", &EducationRequirement{}, "senior", nil, nil},
	} {
		p.Seniority = tc.seniority
		m := exportLD(t, p, ExportOptions{Education: tc.edu})
		if got := at(m, "educationRequirements", "credentialCategory"); got != tc.category {
			t.Errorf("%s: credentialCategory = %v, want %v", tc.name, got, tc.category)
		}
		if tc.category != nil {
			if got := at(m, "educationRequirements", "@type"); got != "EducationalOccupationalCredential" {
				t.Errorf("%s: @type = %v", tc.name, got)
			}
		}
		if got := at(m, "experienceInPlaceOfEducation"); got != tc.instead {
			t.Errorf("%s: experienceInPlaceOfEducation = %v, want %v", tc.name, got, tc.instead)
		}
	}
	if e, ok := EducationFor("junior"); !ok || e.Credential != "bachelor degree" || !e.ExperienceInPlace {
		t.Errorf("EducationFor(junior) = %+v, %v", e, ok)
	}
}

// addressCountry is the ISO code: the caller's, else a two-letter country
// as stored, upper-cased; a remote posting names the country.
func TestJSONLDCountry(t *testing.T) {
	p := backendFixture()
	for _, tc := range []struct {
		stored, code, name string
		want               string
	}{
		{"DE", "", "", "DE"},
		{"de", "", "", "DE"},
		{"Germany", "DE", "Germany", "DE"},
		{"Germany", "", "", "DE"},        // no catalog at hand: the country table's code
		{"Atlantis", "", "", "Atlantis"}, // a country no table knows: as written
	} {
		p.Location.Country = tc.stored
		m := exportLD(t, p, ExportOptions{CountryCode: tc.code, CountryName: tc.name})
		if got := at(m, "jobLocation", "address", "addressCountry"); got != tc.want {
			t.Errorf("%q (code %q): addressCountry = %v, want %v", tc.stored, tc.code, got, tc.want)
		}
	}
	r := remoteFixture()
	r.Location.Country = "CA"
	m := exportLD(t, r, ExportOptions{CountryCode: "CA", CountryName: "Canada"})
	if got := at(m, "applicantLocationRequirements", "name"); got != "Canada" {
		t.Errorf("remote: applicantLocationRequirements.name = %v, want Canada", got)
	}
}
