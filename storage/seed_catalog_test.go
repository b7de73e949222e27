package storage

import (
	"slices"
	"strings"
	"testing"

	"jobpost/data"
)

// Every skill the seeded postings name can be picked from the catalog, so
// a seeded draft opens in the editor with skills the pickers know.
func TestSeedSkillsAreInTheCatalog(t *testing.T) {
	cat, err := data.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range seedSkills {
		if !slices.ContainsFunc(cat.Skills, func(s data.Skill) bool {
			return strings.Contains(strings.ToLower(s.Name), strings.ToLower(name))
		}) {
			t.Errorf("seed skill %q is not in the catalog", name)
		}
	}
}
