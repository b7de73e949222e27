package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestCountryAndRegionCodes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"United States", "US"}, {"usa", "US"}, {"de", "DE"}, {"Germany", "DE"}, {" Canada ", "CA"},
		{"UK", "GB"}, {"European Union", "EU"}, {"Atlantis", ""}, {"", ""},
	} {
		if got := CountryCode(c.in); got != c.want {
			t.Errorf("CountryCode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ country, region, want string }{
		{"US", "Colorado", "US-CO"}, {"US", "co", "US-CO"}, {"US", "US-NY", "US-NY"}, {"", "Ontario", "CA-ON"},
		{"CA", "ON", "CA-ON"}, {"", "CA", ""}, {"US", "Ontario", ""}, {"US", "ZZ", ""}, {"DE", "BE", "DE-BE"},
		{"US", "Washington DC", "US-DC"}, {"US", "", ""},
	} {
		if got := RegionCode(c.country, c.region); got != c.want {
			t.Errorf("RegionCode(%q, %q) = %q, want %q", c.country, c.region, got, c.want)
		}
	}
	for code, want := range map[string]bool{"US": true, "US-CO": true, "EU": true, "CA-ON": true, "GB-ENG": true,
		"us": false, "USA": false, "US-": false, "US-ABCD": false, "": false, "U1": false} {
		if got := ValidPlaceCode(code); got != want {
			t.Errorf("ValidPlaceCode(%q) = %v", code, got)
		}
	}
	if PlaceName("US-CO") != "Colorado" || PlaceName("DE") != "Germany" || PlaceName("XX-1") != "XX-1" {
		t.Error("PlaceName")
	}
}

func TestApplicantLocationsRoundTrip(t *testing.T) {
	p := remoteFixture()
	p.ApplicantLocations = []string{"US-CO", "CA", "EU"}
	first := mustJSON(t, p)
	if !bytes.Contains(first, []byte(`"applicant_locations": [`)) {
		t.Fatalf("no applicant_locations in\n%s", first)
	}
	got, err := ParseImport(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got[0].ApplicantLocations, p.ApplicantLocations) {
		t.Errorf("got %q", got[0].ApplicantLocations)
	}
	if second := mustJSON(t, got[0]); !bytes.Equal(first, second) {
		t.Errorf("round trip changed the posting:\n%s\n---\n%s", first, second)
	}

	// Without any, the field is left out, so older files stay byte-identical.
	if out := mustJSON(t, remoteFixture()); bytes.Contains(out, []byte("applicant_locations")) {
		t.Errorf("empty applicant_locations written:\n%s", out)
	}
}

func TestImportCleansAndChecksApplicantLocations(t *testing.T) {
	got, err := ParseImport(strings.NewReader(`{"title":"Go engineer","applicant_locations":[" us-co ","","ca"]}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"US-CO", "CA"}; !reflect.DeepEqual(got[0].ApplicantLocations, want) {
		t.Errorf("got %q, want %q", got[0].ApplicantLocations, want)
	}
	_, err = ParseImport(strings.NewReader(`{"title":"Go engineer","applicant_locations":["Colorado"]}`))
	if err == nil || !strings.Contains(err.Error(), "applicant_locations[0]") {
		t.Errorf("err = %v, want one naming applicant_locations[0]", err)
	}
	_, err = ParseImport(strings.NewReader(`{"title":"Go engineer","applicant_locations":"US"}`))
	if err == nil || !strings.Contains(err.Error(), "applicant_locations: must be a list") {
		t.Errorf("err = %v", err)
	}
}

func TestCloneCopiesApplicantLocations(t *testing.T) {
	p := Posting{ApplicantLocations: []string{"US"}}
	c := p.Clone()
	c.ApplicantLocations[0] = "CA"
	if p.ApplicantLocations[0] != "US" {
		t.Error("Clone shares ApplicantLocations")
	}
}

func TestJSONLDApplicantLocations(t *testing.T) {
	for _, c := range []struct {
		codes []string
		want  any
	}{
		{[]string{"US-CO"}, map[string]any{"@type": "AdministrativeArea", "name": "Colorado"}},
		{[]string{"US", "CA-ON"}, []any{
			map[string]any{"@type": "Country", "name": "United States"},
			map[string]any{"@type": "AdministrativeArea", "name": "Ontario"},
		}},
	} {
		p := remoteFixture()
		p.ApplicantLocations = c.codes
		m := decodeLD(t, p, time.Time{})
		if got := m["applicantLocationRequirements"]; !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %#v, want %#v", c.codes, got, c.want)
		}
	}
	p := remoteFixture()
	p.ApplicantLocations = []string{"EU"}
	p.Location = Location{}
	m := decodeLD(t, p, time.Time{}) // the country is not needed when applicant locations say where
	if list, _ := m["applicantLocationRequirements"].([]any); len(list) != len(EUCountries) {
		t.Errorf("EU wrote %d places, want %d", len(list), len(EUCountries))
	}
}

func TestProfileHeadcountAndHome(t *testing.T) {
	prof := CompanyProfile{Company: Company{Name: "Acme"}, Location: Location{Country: "US", Region: "CO"},
		Employees: 40, Home: Location{Country: "US", Region: "NY"}}
	b, err := json.Marshal(prof)
	if err != nil {
		t.Fatal(err)
	}
	var back CompanyProfile
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, prof) {
		t.Errorf("round trip: %v %+v", err, back)
	}
	if !strings.Contains(string(b), `"employees":40`) || !strings.Contains(string(b), `"home":{`) {
		t.Errorf("JSON %s", b)
	}
	if prof.HomeLocation().Region != "NY" {
		t.Error("HomeLocation ignores Home")
	}
	prof.Home = Location{}
	if prof.HomeLocation().Region != "CO" {
		t.Error("HomeLocation does not fall back to Location")
	}
	b, _ = json.Marshal(CompanyProfile{})
	if strings.Contains(string(b), "employees") || strings.Contains(string(b), "home") {
		t.Errorf("unknown headcount and home written: %s", b)
	}
}

func TestJSONLDMissingAgreesWithJSONLD(t *testing.T) {
	for _, p := range []Posting{remoteFixture(), {}, {Title: "Go engineer", Workplace: Remote}, {Title: "x", Salary: Salary{Min: 1}}} {
		_, err := p.JSONLD(time.Time{})
		var want []string
		if m, ok := err.(*MissingFieldsError); ok {
			want = m.Fields
		}
		if got := p.JSONLDMissing(time.Time{}); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: JSONLDMissing %q, JSONLD %q", p.Title, got, want)
		}
	}
}
