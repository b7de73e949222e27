package versions

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"jobpost/model"
	"jobpost/storage"
)

// describe says what tells each version apart, newest first as revs are:
// its length, and which parts changed since the version before it
// ("412 words · changed title, 2 duties, pay"). The load computes it,
// once, so that View only reads.
func describe(revs []storage.Revision) []string {
	out := make([]string, len(revs))
	for i, rev := range revs {
		what := "first saved"
		if i+1 < len(revs) {
			what = "text unchanged"
			if parts := changes(revs[i+1].Posting, rev.Posting); len(parts) > 0 {
				what = "changed " + strings.Join(parts, ", ")
			}
		}
		out[i] = count(words(rev.Posting), "word", "words") + " · " + what
	}
	return out
}

// words counts the words of the posting as it is published (a heading's
// "##" or a list's "-" is no word).
func words(p model.Posting) int {
	n := 0
	for _, f := range strings.Fields(p.Markdown()) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// changes names the parts of the posting that differ from before to
// after, in the order the posting reads; for a list, how many of its
// lines (an edited line counts once). Where the posting stands (its
// status) is not its text, and a restore keeps it, so it is left out.
func changes(before, after model.Posting) []string {
	var out []string
	same := func(differ bool, name string) {
		if differ {
			out = append(out, name)
		}
	}
	list := func(a, b []string, one, many string) {
		if n := changedLines(a, b); n > 0 {
			out = append(out, count(n, one, many))
		}
	}
	same(before.Title != after.Title, "title")
	same(before.Role != after.Role, "role")
	same(before.Seniority != after.Seniority, "level")
	same(before.Summary != after.Summary, "summary")
	list(before.Responsibilities, after.Responsibilities, "duty", "duties")
	list(skills(before), skills(after), "skill", "skills")
	list(before.Qualifications, after.Qualifications, "qualification", "qualifications")
	list(before.Benefits, after.Benefits, "benefit", "benefits")
	same(before.Company != after.Company, "company")
	same(before.Location != after.Location || before.Workplace != after.Workplace, "place")
	same(before.EmploymentType != after.EmploymentType, "employment type")
	same(before.Salary != after.Salary, "pay")
	same(before.Apply != after.Apply, "how to apply")
	same(before.ValidThrough != after.ValidThrough, "closing date")
	same(before.EEO != after.EEO, "EEO statement")
	return out
}

// skills lists must-haves and nice-to-haves apart, so that a skill moved
// from one to the other counts as one change.
func skills(p model.Posting) []string {
	out := make([]string, 0, len(p.Skills.Required)+len(p.Skills.Preferred))
	for _, s := range p.Skills.Required {
		out = append(out, "must:"+s)
	}
	for _, s := range p.Skills.Preferred {
		out = append(out, "nice:"+s)
	}
	return out
}

// changedLines is how many lines differ between two lists: the larger of
// those added and those taken out, so that an edited line counts once
// and a reordering not at all.
func changedLines(before, after []string) int {
	left := slices.Clone(before)
	added := 0
	for _, l := range after {
		if i := slices.Index(left, l); i >= 0 {
			left = slices.Delete(left, i, i+1)
		} else {
			added++
		}
	}
	return max(added, len(left))
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
