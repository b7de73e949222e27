package model

import (
	"slices"
	"strings"
)

// Places are named by ISO 3166 codes: a country ("US"), a subdivision
// ("US-CO", "CA-ON"), or "EU" for every member state of the European Union.
// People type names ("Colorado", "United States"); the checks and the
// JSON-LD need codes, so the tables translate them: every country is in
// countries.json (countries.go), and below are the subdivisions the
// pay-transparency laws concern.

// EU is the code for "anywhere in the European Union".
const EU = "EU"

// EUCountries are the member states of the European Union.
var EUCountries = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

// euNames are the names people write for the European Union, folded.
var euNames = []string{"eu", "european union"}

var regionNames = map[string]string{
	"US-AL": "Alabama", "US-AK": "Alaska", "US-AZ": "Arizona", "US-AR": "Arkansas", "US-CA": "California",
	"US-CO": "Colorado", "US-CT": "Connecticut", "US-DE": "Delaware", "US-DC": "District of Columbia",
	"US-FL": "Florida", "US-GA": "Georgia", "US-HI": "Hawaii", "US-ID": "Idaho", "US-IL": "Illinois",
	"US-IN": "Indiana", "US-IA": "Iowa", "US-KS": "Kansas", "US-KY": "Kentucky", "US-LA": "Louisiana",
	"US-ME": "Maine", "US-MD": "Maryland", "US-MA": "Massachusetts", "US-MI": "Michigan", "US-MN": "Minnesota",
	"US-MS": "Mississippi", "US-MO": "Missouri", "US-MT": "Montana", "US-NE": "Nebraska", "US-NV": "Nevada",
	"US-NH": "New Hampshire", "US-NJ": "New Jersey", "US-NM": "New Mexico", "US-NY": "New York",
	"US-NC": "North Carolina", "US-ND": "North Dakota", "US-OH": "Ohio", "US-OK": "Oklahoma", "US-OR": "Oregon",
	"US-PA": "Pennsylvania", "US-RI": "Rhode Island", "US-SC": "South Carolina", "US-SD": "South Dakota",
	"US-TN": "Tennessee", "US-TX": "Texas", "US-UT": "Utah", "US-VT": "Vermont", "US-VA": "Virginia",
	"US-WA": "Washington", "US-WV": "West Virginia", "US-WI": "Wisconsin", "US-WY": "Wyoming",
	"CA-AB": "Alberta", "CA-BC": "British Columbia", "CA-MB": "Manitoba", "CA-NB": "New Brunswick",
	"CA-NL": "Newfoundland and Labrador", "CA-NS": "Nova Scotia", "CA-NT": "Northwest Territories",
	"CA-NU": "Nunavut", "CA-ON": "Ontario", "CA-PE": "Prince Edward Island", "CA-QC": "Quebec",
	"CA-SK": "Saskatchewan", "CA-YT": "Yukon",
}

// regionAliases are other names people write for a subdivision.
var regionAliases = map[string]string{
	"washington dc": "US-DC", "washington, dc": "US-DC", "washington d.c.": "US-DC", "d.c.": "US-DC",
	"newfoundland": "CA-NL", "pei": "CA-PE", "québec": "CA-QC",
}

var regionByName = map[string]string{} // lower-case name → code

func init() {
	for code, name := range regionNames {
		regionByName[strings.ToLower(name)] = code
	}
	for alias, code := range regionAliases {
		regionByName[alias] = code
	}
}

// CountryCode reads a country as typed, a name or a code, as its ISO 3166
// code ("Germany", "de" → "DE"); "EU" for the European Union; "" when it
// is not one this table knows.
func CountryCode(s string) string {
	if slices.Contains(euNames, FoldCountryName(s)) {
		return EU
	}
	if co, ok := LookupCountry(s); ok {
		return co.Code
	}
	s = strings.TrimSpace(s)
	if up := strings.ToUpper(s); len(s) == 2 && isUpperAlpha(up) {
		return up
	}
	return ""
}

// RegionCode reads a region as typed, a name or a code, as its ISO 3166-2
// code within country (a code from CountryCode): ("US", "Colorado") and
// ("US", "co") → "US-CO". A name it knows also gives the country when
// country is "" ("Ontario" → "CA-ON"); a bare code then does not, since
// "CA" could be California or Canada. "" when it cannot tell.
func RegionCode(country, region string) string {
	r := strings.ToLower(strings.TrimSpace(region))
	if r == "" {
		return ""
	}
	if code, ok := regionByName[r]; ok && (country == "" || strings.HasPrefix(code, country+"-")) {
		return code
	}
	up := strings.ToUpper(r)
	if ValidPlaceCode(up) && strings.Contains(up, "-") && (country == "" || strings.HasPrefix(up, country+"-")) {
		return up // written as a full code already: "US-CO"
	}
	if country != "" && len(up) >= 1 && len(up) <= 3 && isUpperAlnum(up) {
		code := country + "-" + up
		if _, known := regionNames[code]; known || (country != "US" && country != "CA") {
			return code
		}
	}
	return ""
}

// PlaceName is the name of a place code as people read it ("US-CO" →
// "Colorado"); the code itself for one the tables do not know.
func PlaceName(code string) string {
	if code == EU {
		return "European Union"
	}
	if n, ok := regionNames[code]; ok {
		return n
	}
	if n := CountryName(code); n != "" {
		return n
	}
	return code
}

// ValidPlaceCode reports whether s is shaped as a place code: "EU", two
// capital letters, or those, a hyphen and one to three capital letters or
// digits (ISO 3166-2).
func ValidPlaceCode(s string) bool {
	country, sub, hasSub := strings.Cut(s, "-")
	if len(country) != 2 || !isUpperAlpha(country) {
		return false
	}
	if !hasSub {
		return true
	}
	return len(sub) >= 1 && len(sub) <= 3 && isUpperAlnum(sub)
}

func isUpperAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isUpperAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}
