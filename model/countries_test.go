package model

import (
	"encoding/json"
	"html"
	"strings"
	"testing"
)

// The table is whole and unambiguous: every ISO 3166-1 code once, each
// with a name, and no name or alias that could mean two countries.
func TestCountryTable(t *testing.T) {
	list := Countries()
	if len(list) != 249 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1", len(list))
	}
	seen := map[string]string{}
	for _, co := range list {
		if len(co.Code) != 2 || !isUpperAlpha(co.Code) {
			t.Errorf("%q: the code is not two capital letters", co.Code)
		}
		if strings.TrimSpace(co.Name) == "" {
			t.Errorf("%q has no name", co.Code)
		}
		for _, name := range append([]string{co.Code, co.Name}, co.Aliases...) {
			k := FoldCountryName(name)
			if other, ok := seen[k]; ok && other != co.Code {
				t.Errorf("%q names both %s and %s", name, other, co.Code)
			}
			seen[k] = co.Code
		}
	}
}

// A country goes from its code to its name and back, and from any of its
// aliases to its code, whatever the case.
func TestCountryNamesAndCodesRoundTrip(t *testing.T) {
	for _, co := range Countries() {
		if got := PlaceName(co.Code); got != co.Name {
			t.Errorf("PlaceName(%q) = %q, want %q", co.Code, got, co.Name)
		}
		for _, in := range append([]string{co.Code, strings.ToLower(co.Code), co.Name, strings.ToUpper(co.Name), " " + co.Name + " "}, co.Aliases...) {
			if got := CountryCode(in); got != co.Code {
				t.Errorf("CountryCode(%q) = %q, want %q", in, got, co.Code)
			}
		}
	}
	for in, want := range map[string]string{
		"Deutschland": "DE", "USA": "US", "U.S.A.": "US", "uk": "GB", "Holland": "NL", "Côte d’Ivoire": "CI",
		"Ivory Coast": "CI", "Turkey": "TR", "South  Korea": "KR", "Nigeria": "NG", "eu": EU,
	} {
		if got := CountryCode(in); got != want {
			t.Errorf("CountryCode(%q) = %q, want %q", in, got, want)
		}
	}
	if got := FoldCountryName("  Côte \t d’Ivoire "); got != "côte d'ivoire" {
		t.Errorf("FoldCountryName = %q", got)
	}
	if co, ok := LookupCountry("ng"); !ok || co.Name != "Nigeria" {
		t.Errorf("LookupCountry(ng) = %+v, %v", co, ok)
	}
	if _, ok := LookupCountry("Atlantis"); ok {
		t.Error("LookupCountry found Atlantis")
	}
	if CountryName("XX") != "" || PlaceName("XX") != "XX" {
		t.Error("a code the table lacks has a name")
	}
}

// A posting whose country is stored as its code reads with the country's
// name in every format, for every country; JSON-LD's addressCountry stays
// the code, and a remote posting names the country applicants live in.
func TestEveryCountryCodeFormatsAsItsName(t *testing.T) {
	onsite, remote := backendFixture(), remoteFixture()
	for _, co := range Countries() {
		onsite.Location = Location{City: "Lagos", Country: co.Code}
		want := "Lagos, " + co.Name
		for f, in := range map[Format]string{FormatMarkdown: want, FormatText: want, FormatHTML: html.EscapeString(want)} {
			out, err := Export(onsite, f, ExportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), in) {
				t.Errorf("%s: %s does not say %q:\n%s", co.Code, f, in, out)
			}
		}
		if got := at(exportLD(t, onsite, ExportOptions{}), "jobLocation", "address", "addressCountry"); got != co.Code {
			t.Errorf("%s: addressCountry = %v", co.Code, got)
		}

		remote.Location = Location{Country: co.Code}
		remote.ApplicantLocations = nil
		if got := at(exportLD(t, remote, ExportOptions{}), "applicantLocationRequirements", "name"); got != co.Name {
			t.Errorf("%s: applicantLocationRequirements.name = %v, want %q", co.Code, got, co.Name)
		}
		remote.ApplicantLocations = []string{co.Code}
		out, err := Export(remote, FormatJSONLD, ExportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var ld struct {
			Req struct{ Name string } `json:"applicantLocationRequirements"`
		}
		if err := json.Unmarshal(out, &ld); err != nil || ld.Req.Name != co.Name {
			t.Errorf("%s: applicant location named %q (%v)", co.Code, ld.Req.Name, err)
		}
	}
}
