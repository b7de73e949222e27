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
