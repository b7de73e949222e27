package ui

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/list"
)

// draftFilter is the drafts list's filter. It is fuzzy like the list's
// default — the letters typed must appear in order, not necessarily
// together — but ranks a plain substring match above a scattered one, and
// is cheap enough for 10,000 drafts on every keystroke: targets come
// lower-cased (draftItem.FilterValue), so matching is a byte scan. The
// default matcher (sahilm/fuzzy) took ~5 ms per key there.
func draftFilter(term string, targets []string) []list.Rank {
	term = strings.ToLower(strings.TrimSpace(term))
	type scored struct{ index, score int }
	hits := make([]scored, 0, len(targets)/4)
	for i, s := range targets {
		if at := strings.Index(s, term); at >= 0 {
			hits = append(hits, scored{i, 1<<20 - at}) // earlier is better
		} else if gaps, ok := subsequence(s, term); ok {
			hits = append(hits, scored{i, -gaps}) // tighter is better
		}
	}
	slices.SortFunc(hits, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.index, b.index)
	})
	ranks := make([]list.Rank, len(hits))
	for i, h := range hits {
		ranks[i] = list.Rank{Index: h.index}
	}
	return ranks
}

// subsequence reports whether the bytes of term appear in s in order, and
// how many bytes of s lie between the first and last of them beyond the
// term's own length.
func subsequence(s, term string) (gaps int, ok bool) {
	if term == "" {
		return 0, true
	}
	j, first := 0, -1
	for i := 0; i < len(s); i++ {
		if s[i] == term[j] {
			if first < 0 {
				first = i
			}
			j++
			if j == len(term) {
				return i - first + 1 - len(term), true
			}
		}
	}
	return 0, false
}
