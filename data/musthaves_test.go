package data

import "testing"

// The catalog keeps its own rule: no role and level's defaults ask for
// more must-haves than the editor and the wizard warn at.
func TestDefaultsWithinMaxMustHaves(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Roles {
		for _, l := range c.Seniority {
			if n := len(c.DefaultsFor(r.ID, l.ID).MustSkills); n > MaxMustHaves {
				t.Errorf("%s %s: %d must-haves by default", l.ID, r.ID, n)
			}
		}
	}
}
