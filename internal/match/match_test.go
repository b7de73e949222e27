package match

import (
	"reflect"
	"testing"
)

func TestFilter(t *testing.T) {
	targets := []string{
		"senior backend engineer berlin go kafka",
		"distributed systems engineer",
		"rust developer munich",
		"frontend engineer munich react",
	}
	cases := []struct {
		term string
		want []int
	}{
		{"", []int{0, 1, 2, 3}},
		{"  ", []int{0, 1, 2, 3}},
		{"munich", []int{2, 3}},       // words: order kept, not ranked
		{"Engineer MUNICH", []int{3}}, // every word, any case
		{"rust", []int{2}},            // words first: no fuzzy hit on "distributed systems"
		{"kafak", nil},                // letters out of order: nothing
		{"bcknd", []int{0}},           // no word matches: letters in order
		{"nothing like it at all", nil},
	}
	for _, c := range cases {
		if got := Filter(c.term, targets, nil); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Filter(%q) = %v, want %v", c.term, got, c.want)
		}
	}
}

func TestFilterAppends(t *testing.T) {
	got := Filter("go", []string{"go", "rust", "golang"}, []int{7})
	if want := []int{7, 0, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("Filter appended %v, want %v", got, want)
	}
}

// The drafts filter's cases, moved from the flat ui package: a draft's
// target is its title, role, location and skills.
func TestFilterDraftTargets(t *testing.T) {
	targets := []string{
		"senior go engineer backend munich go postgresql",
		"platform engineer devops remote kubernetes",
		"data engineer data-engineering hamburg spark docker", // m…u…n…i…c…h in order, no "munich"
		"staff sre berlin sre monitoring unix incident chaos", // likewise
	}
	cases := []struct {
		term string
		want []int
	}{
		{"Munich", []int{0}},            // a word beats letters that happen to be in order
		{"engineer", []int{0, 1, 2}},    // the list's order, not where the word stands
		{"remote kubernetes", []int{1}}, // every word
		{"pgsql", []int{0}},             // no word matches, so letters in order do
		{"zzz", nil},
	}
	for _, c := range cases {
		if got := Filter(c.term, targets, nil); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Filter(%q) = %v, want %v", c.term, got, c.want)
		}
	}
}
