package cli

import "testing"

// A country stored as its code reads as its name in the list and in every
// format show writes, not only for the countries the pay checks know.
func TestCountryCodeReadsAsItsName(t *testing.T) {
	p := fullPosting("Senior Backend Engineer")
	p.Location.City, p.Location.Region, p.Location.Country = "Lagos", "", "NG"
	db := seedDB(t, p)
	r := runCmd(t, cmdEnv{}, "--db", db, "list", "--json")
	want(t, r, 0, []string{`"location": "Lagos, Nigeria"`}, nil)
	for _, format := range []string{"md", "text", "html"} {
		r := runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", format)
		want(t, r, 0, []string{"Lagos, Nigeria"}, nil)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "show", p.ID, "--format", "jsonld")
	want(t, r, 0, []string{`"addressCountry": "NG"`}, nil)
}
