package data

import (
	"slices"
	"strings"

	"jobpost/model"
)

// Country finds a country by its ISO 3166-1 alpha-2 code, its name or one
// of its aliases, ignoring case and extra blanks:
// "de", "Germany", "USA", "United States of America".
func (c *Catalog) Country(nameOrCode string) (Country, bool) {
	if i := c.index.countries[model.FoldCountryName(nameOrCode)]; i > 0 {
		return c.Countries[i-1], true
	}
	return Country{}, false
}

// CountryCode is the ISO 3166-1 alpha-2 code of the country named or
// coded nameOrCode, or "" when the catalog does not know it.
func (c *Catalog) CountryCode(nameOrCode string) string {
	co, _ := c.Country(nameOrCode)
	return co.Code
}

// FindCountries returns the countries a picker shows for what has been
// typed: an exact code, name or alias first, then names that start with
// it, then aliases that do, then names or aliases with a later word that
// does; each group in catalog (name) order. An empty query gives every
// country.
func (c *Catalog) FindCountries(query string) []Country {
	q := model.FoldCountryName(query)
	if q == "" {
		return c.Countries
	}
	var groups [4][]Country
	for _, co := range c.Countries {
		if r := countryRank(co, q); r < len(groups) {
			groups[r] = append(groups[r], co)
		}
	}
	return slices.Concat(groups[:]...)
}

// countryRank is how well co matches the folded query q: 0 exactly, 1 by
// its name's start, 2 by an alias's start, 3 by a later word's start, 4
// not at all.
func countryRank(co Country, q string) int {
	name := model.FoldCountryName(co.Name)
	if model.FoldCountryName(co.Code) == q || name == q {
		return 0
	}
	best := 4
	if strings.HasPrefix(name, q) {
		best = 1
	} else if strings.Contains(name, " "+q) {
		best = 3
	}
	for _, a := range co.Aliases {
		f := model.FoldCountryName(a)
		switch {
		case f == q:
			return 0
		case strings.HasPrefix(f, q):
			best = min(best, 2)
		case strings.Contains(f, " "+q):
			best = min(best, 3)
		}
	}
	return best
}
