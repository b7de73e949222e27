package data

import (
	"slices"
	"strings"
	"unicode"

	"jobpost/model"
)

// MergeDefaults brings p's lists up to the catalog's defaults for its
// (new) role and level after a change from oldRole and oldLevel, keeping
// what the writer did. What the catalog put in is known by diffing with
// the old pair's defaults (DefaultsFor, the one rule), so nothing needs
// to be remembered beside the posting:
//   - a line of the old defaults still there is the catalog's: it goes
//     unless the new defaults have it too;
//   - a line of the old defaults no longer there was removed by the
//     writer: it stays out, even if the new defaults have it;
//   - any other line (typed, or picked from the catalog by hand) is the
//     writer's: it stays, after the new defaults, in its order;
//   - a new default must-have the writer listed as nice-to-have stays
//     nice-to-have.
//
// The title, summary and employment type follow as FollowChange says.
func (c *Catalog) MergeDefaults(p *model.Posting, oldRole, oldLevel string) {
	old, next := c.DefaultsFor(oldRole, oldLevel), c.DefaultsFor(p.Role, p.Seniority)
	p.Responsibilities = mergeLines(p.Responsibilities, old.Responsibilities, next.Responsibilities, nil)
	p.Skills.Required = mergeLines(p.Skills.Required, old.MustSkills, next.MustSkills, p.Skills.Preferred)
	p.Qualifications = mergeLines(p.Qualifications, old.Qualifications, next.Qualifications, nil)
	c.FollowChange(p, oldRole, oldLevel)
}

// mergeLines is cur brought from the defaults was to the defaults now
// (MergeDefaults says how); a line in elsewhere is not brought in.
func mergeLines(cur, was, now, elsewhere []string) []string {
	out := make([]string, 0, len(now)+len(cur))
	for _, line := range now {
		removed := slices.Contains(was, line) && !slices.Contains(cur, line)
		if removed || slices.Contains(elsewhere, line) || slices.Contains(out, line) {
			continue
		}
		out = append(out, line)
	}
	for _, line := range cur {
		if slices.Contains(was, line) || slices.Contains(out, line) {
			continue
		}
		out = append(out, line)
	}
	return out
}

// RetitleForLevel is title for newLevel when it still names oldLevel in
// words of its own ("Senior Backend Engineer (Payments)" moved to lead:
// "Lead Backend Engineer (Payments)"), and whether it does; a title the
// catalog wrote follows by itself (TitleAfterChange), this is for the
// ones the writer changed. The level's word is its title format without
// the title ("Senior %s": Senior).
func (c *Catalog) RetitleForLevel(title, oldLevel, newLevel string) (string, bool) {
	was, ok := c.Level(oldLevel)
	now, ok2 := c.Level(newLevel)
	if !ok || !ok2 || oldLevel == newLevel {
		return title, false
	}
	word := strings.TrimSpace(strings.ReplaceAll(was.TitleFormat, "%s", ""))
	i := wordIndex(title, word)
	if word == "" || i < 0 {
		return title, false
	}
	base := strings.Join(strings.Fields(title[:i]+" "+title[i+len(word):]), " ")
	if base == "" {
		return title, false
	}
	next := now.Title(base)
	return next, next != title
}

// wordIndex is where word stands in s as a whole word, any case; -1 when
// it does not.
func wordIndex(s, word string) int {
	if word == "" {
		return -1
	}
	lower, w := strings.ToLower(s), strings.ToLower(word)
	for from := 0; from <= len(lower)-len(w); {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(w)
		before := i == 0 || !isWordByte(lower[i-1])
		after := end == len(lower) || !isWordByte(lower[end])
		if before && after && len(lower) == len(s) {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 0x80 || unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))
}
