package data

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"jobpost/model"
)

func TestCountries(t *testing.T) {
	c := builtinForTest(t)
	if n := len(c.Countries); n != 249 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1", n)
	}
	for in, want := range map[string]string{
		"DE": "DE", "de": "DE", " Germany ": "DE", "germany": "DE", "United States": "US", "USA": "US",
		"United States of America": "US", "UK": "GB", "Great Britain": "GB", "Côte d’Ivoire": "CI",
		"Ivory Coast": "CI", "Türkiye": "TR", "Turkey": "TR", "Czech Republic": "CZ", "Holland": "NL",
		"South  Korea": "KR", "Åland Islands": "AX", "Aland Islands": "AX",
		"": "", "Atlantis": "", "XX": "",
	} {
		if got := c.CountryCode(in); got != want {
			t.Errorf("CountryCode(%q) = %q, want %q", in, got, want)
		}
	}
	if co, ok := c.Country("jp"); !ok || co.Name != "Japan" {
		t.Errorf("Country(jp) = %+v, %v", co, ok)
	}
}

func TestFindCountries(t *testing.T) {
	c := builtinForTest(t)
	if got := c.FindCountries(""); len(got) != len(c.Countries) {
		t.Errorf("an empty query gives %d countries, want all", len(got))
	}
	codes := func(cs []Country) []string {
		var out []string
		for _, co := range cs {
			out = append(out, co.Code)
		}
		return out
	}
	for q, first := range map[string][]string{
		"de":      {"DE"},             // the code first, then names starting "de"
		"ger":     {"DE"},             // a name's start
		"united":  {"AE", "GB", "US"}, // names in name order
		"guinea":  {"GN"},             // exact, then "Equatorial Guinea", "Guinea-Bissau", "Papua New Guinea"
		"korea":   {"KR"},             // an alias
		"zealand": {"NZ"},             // a word's start
	} {
		got := codes(c.FindCountries(q))
		if len(got) < len(first) {
			t.Errorf("FindCountries(%q) = %v, want it to start %v", q, got, first)
			continue
		}
		for i, want := range first {
			if got[i] != want {
				t.Errorf("FindCountries(%q) = %v, want it to start %v", q, got, first)
				break
			}
		}
	}
	if got := c.FindCountries("qqq"); len(got) != 0 {
		t.Errorf("FindCountries(qqq) = %v, want none", codes(got))
	}
}

func TestCountriesValidated(t *testing.T) {
	bad := &Catalog{Countries: []Country{{Code: "de", Name: "Germany"}, {Code: "DE", Name: "Deutschland"}, {Code: "FR", Name: "germany"}}}
	err := bad.Validate()
	if err == nil {
		t.Fatal("a lower-case code, a repeated code and a repeated name were accepted")
	}
	for _, want := range []string{`"de": the code is not two capital letters`, `"DE": "DE" already names de`, `"FR": "germany" already names de`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

// The catalog fills JSON-LD's experience, education and country, and the
// model states them as schema.org asks.
func TestExportOptionsFromTheCatalog(t *testing.T) {
	c := builtinForTest(t)
	p := model.Posting{ID: "x", Title: "Data Analyst", Role: "backend", Seniority: "senior", Summary: "Words.",
		Company: model.Company{Name: "Acme"}, Location: model.Location{City: "Berlin", Country: "Germany"},
		CreatedAt: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	opts := c.ExportOptions(p, model.ExportOptions{})
	if opts.CountryCode != "DE" || opts.CountryName != "Germany" || opts.ExperienceMonths != 60 ||
		opts.Education == nil || opts.Education.Credential != "bachelor degree" {
		t.Fatalf("options %+v", opts)
	}
	out, err := model.Export(p, model.FormatJSONLD, opts)
	if err != nil {
		t.Fatal(err)
	}
	var ld struct {
		JobLocation struct {
			Address struct {
				AddressCountry string `json:"addressCountry"`
			} `json:"address"`
		} `json:"jobLocation"`
		Experience struct {
			Type   string `json:"@type"`
			Months int    `json:"monthsOfExperience"`
		} `json:"experienceRequirements"`
		Education struct {
			Type     string `json:"@type"`
			Category string `json:"credentialCategory"`
		} `json:"educationRequirements"`
		Instead bool `json:"experienceInPlaceOfEducation"`
	}
	if err := json.Unmarshal(out, &ld); err != nil {
		t.Fatal(err)
	}
	if ld.JobLocation.Address.AddressCountry != "DE" || ld.Experience.Months != 60 ||
		ld.Experience.Type != "OccupationalExperienceRequirements" || ld.Education.Category != "bachelor degree" ||
		ld.Education.Type != "EducationalOccupationalCredential" || !ld.Instead {
		t.Errorf("JSON-LD %s", out)
	}
	p.Seniority, p.Location.Country = "intern", "Atlantis"
	opts = c.ExportOptions(p, model.ExportOptions{})
	if opts.Education == nil || opts.Education.Credential != "" || opts.CountryCode != "" || opts.ExperienceMonths != -1 {
		t.Errorf("an intern in an unknown country: options %+v", opts)
	}
}
