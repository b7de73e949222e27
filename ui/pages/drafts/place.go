package drafts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"jobpost/model"
)

// parsePlace reads a place as a recruiter types it: "City", "City,
// Country" or "City, Region, Country".
func parsePlace(text string) model.Location {
	var parts []string
	for _, p := range strings.Split(text, ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	switch len(parts) {
	case 0:
		return model.Location{}
	case 1:
		return model.Location{City: parts[0]}
	}
	return model.Location{
		City:    parts[0],
		Region:  strings.Join(parts[1:len(parts)-1], ", "),
		Country: parts[len(parts)-1],
	}
}

// replaceWord replaces old in s with new where old stands as a whole
// word ("Backend Engineer, Lisbon" for Porto is "Backend Engineer,
// Porto"; "Nice" is not replaced in "Nicely"). Nothing changes when old
// or new is empty.
func replaceWord(s, old, new string) string {
	if old == "" || new == "" || old == new {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := i + len(old)
		if wordEdge(s[:i], false) && wordEdge(s[j:], true) {
			b.WriteString(s[:i] + new)
		} else {
			b.WriteString(s[:j])
		}
		s = s[j:]
	}
}

// wordEdge reports whether side (the text before or after a match) ends
// or starts with no letter or digit that would make the match part of a
// longer word.
func wordEdge(side string, after bool) bool {
	if side == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(side)
	if after {
		r, _ = utf8.DecodeRuneInString(side)
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
