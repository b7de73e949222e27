package model

import (
	_ "embed"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Country is one ISO 3166-1 country or territory.
type Country struct {
	Code string `json:"code"` // alpha-2, upper case: "DE"
	Name string `json:"name"` // its usual English name: "Germany"
	// Aliases are other names people write for it: "USA", "Holland",
	// "Deutschland".
	Aliases []string `json:"aliases,omitempty"`
}

// countriesJSON is the one list of countries jobpost has: the formats,
// the checks and the catalog's country picker all read it, so a country
// is named the same everywhere.
//
//go:embed countries.json
var countriesJSON []byte

// countryTable is countriesJSON parsed, with its lookups.
type countryTable struct {
	list   []Country
	byCode map[string]int // code → index in list
	byName map[string]int // folded code, name or alias → index in list
}

// countries parses the table on first use only: a run that never names a
// country pays nothing for it.
var countries = sync.OnceValue(func() countryTable {
	var file struct {
		Countries []Country `json:"countries"`
	}
	if err := json.Unmarshal(countriesJSON, &file); err != nil {
		panic("model: countries.json: " + err.Error()) // embedded, and checked by the tests
	}
	t := countryTable{
		list:   file.Countries,
		byCode: make(map[string]int, len(file.Countries)),
		byName: make(map[string]int, 3*len(file.Countries)),
	}
	for i, co := range t.list {
		t.byCode[co.Code] = i
		t.byName[FoldCountryName(co.Code)] = i
		t.byName[FoldCountryName(co.Name)] = i
		for _, a := range co.Aliases {
			t.byName[FoldCountryName(a)] = i
		}
	}
	return t
})

// Countries are the ISO 3166-1 countries and territories, in name order.
// The slice is the caller's; the aliases in it are shared and not to be
// changed.
func Countries() []Country {
	return slices.Clone(countries().list)
}

// LookupCountry finds a country by its code, its name or one of its
// aliases, ignoring case and extra blanks: "de", "Germany", "USA",
// "Deutschland".
func LookupCountry(nameOrCode string) (Country, bool) {
	t := countries()
	if i, ok := t.byName[FoldCountryName(nameOrCode)]; ok {
		return t.list[i], true
	}
	return Country{}, false
}

// CountryName is the name of the country with ISO code code ("NG" →
// "Nigeria"), or "" when the table has no such code.
func CountryName(code string) string {
	t := countries()
	if i, ok := t.byCode[code]; ok {
		return t.list[i].Name
	}
	return ""
}

// FoldCountryName is the form country names are compared in: lower case,
// words separated by one space, typographic apostrophes made plain, so
// "Côte d’Ivoire" finds "Côte d'Ivoire". It is one pass and one string:
// the picker folds every name on each key typed.
func FoldCountryName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
