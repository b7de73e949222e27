package wizard

import (
	"strings"
	"unicode"

	"jobpost/data"
)

// guessFamily is the role family a typed title most likely belongs to:
// the one whose name, usual titles and must-have skills share the title's
// most telling words ("Payments SRE" is site reliability, "Senior Go
// Engineer" backend). A word is worth less the more families use it, and
// nothing when half of them or more do ("engineer"); ok is false when no
// word tells one family from the others, or two families tie.
//
// Whole words are compared, not internal/match's letters in order: a
// guess from "payments" matching "p…a…y…" somewhere would be noise.
func guessFamily(cat *data.Catalog, title string) (id string, ok bool) {
	vocab := make([]map[string]bool, len(cat.Roles))
	uses := map[string]int{} // how many families use each word
	for i, r := range cat.Roles {
		words := map[string]bool{}
		texts := append([]string{r.ID, r.Name}, r.Titles...)
		for _, s := range r.DefaultSkills {
			if sk, found := cat.Skill(s); found {
				texts = append(texts, sk.Name)
			}
		}
		for _, t := range texts {
			for _, w := range titleWords(t) {
				words[w] = true
			}
		}
		for w := range words {
			uses[w]++
		}
		vocab[i] = words
	}
	best, bestScore, tie := -1, 0.0, false
	for i, words := range vocab {
		score := 0.0
		seen := map[string]bool{}
		for _, w := range titleWords(title) {
			if words[w] && !seen[w] && 2*uses[w] < len(cat.Roles) {
				score += 1 / float64(uses[w])
			}
			seen[w] = true
		}
		switch {
		case score == 0:
		case score > bestScore:
			best, bestScore, tie = i, score, false
		case score == bestScore:
			tie = true
		}
	}
	if best < 0 || tie {
		return "", false
	}
	return cat.Roles[best].ID, true
}

// titleWords are the lower-cased words of s, without the little words
// every kind of title may hold. "c++", "c#" and "node.js" keep their
// signs (the dot splits: "node", "js").
func titleWords(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '#'
	})
	out := words[:0]
	for _, w := range words {
		if !littleWords[w] {
			out = append(out, w)
		}
	}
	return out
}

var littleWords = map[string]bool{"and": true, "of": true, "the": true, "for": true, "in": true, "with": true, "a": true, "an": true}
