package data

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The rules below hold for every role family at every seniority level, so
// that a posting reads right for its level out of the box. (Issue 11.)

// starterSkills are the collaboration skills every intern and junior
// posting asks for.
var starterSkills = []string{"communication", "problem-solving", "eagerness-to-learn", "time-management"}

func isJunior(level string) bool { return level == "intern" || level == "junior" }

// isSenior is senior and up: the levels that design systems and lead.
func isSenior(c *Catalog, level string) bool {
	l, _ := c.Level(level)
	return l.MinYears >= 5
}

func defaultDuties(c *Catalog, role, level string) []Responsibility {
	var out []Responsibility
	for _, r := range c.ResponsibilitiesFor(role, level) {
		if r.Default {
			out = append(out, r)
		}
	}
	return out
}

// sentences splits a summary into its sentences.
func sentences(s string) []string {
	var out []string
	for _, part := range strings.SplitAfter(s, ". ") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func TestEveryFamilyAndLevelHasItsOwnSummary(t *testing.T) {
	c := builtinForTest(t)
	seen := map[string]string{} // summary or sentence → where it is
	for _, r := range c.Roles {
		for _, l := range c.Seniority {
			at := r.ID + " × " + l.ID
			rl, ok := c.RoleLevel(r.ID, l.ID)
			if !ok {
				t.Errorf("%s: no summary or skills for this level", at)
				continue
			}
			s := rl.Summary
			if n := len(sentences(s)); n < 2 || n > 4 || !strings.HasSuffix(s, ".") || !strings.HasPrefix(s, "You will ") {
				t.Errorf("%s: a summary is 2–4 sentences, starting \"You will\" and ending with a full stop; got %d: %q", at, n, s)
			}
			if got := c.SummaryFor(r.ID, l.ID); got != s {
				t.Errorf("%s: SummaryFor = %q", at, got)
			}
			if got := c.DefaultsFor(r.ID, l.ID).Summary; got != s {
				t.Errorf("%s: DefaultsFor's summary = %q", at, got)
			}
			for _, sentence := range sentences(s) {
				if other, dup := seen[sentence]; dup {
					t.Errorf("%s repeats a sentence of %s: %q", at, other, sentence)
				}
				seen[sentence] = at
			}
			if junior := isJunior(l.ID); junior && !strings.Contains(strings.ToLower(s), "learn") {
				t.Errorf("%s: a junior summary speaks of learning: %q", at, s)
			}
		}
	}
}

func TestDefaultSkillsEveryFamilyAndLevel(t *testing.T) {
	c := builtinForTest(t)
	for _, r := range c.Roles {
		var sets [][]string
		for _, l := range c.Seniority {
			at := r.ID + " × " + l.ID
			ids := c.DefaultsFor(r.ID, l.ID).MustSkillIDs
			if n := len(ids); n < 4 || n > 8 {
				t.Errorf("%s: %d must-have skills, want 4–8", at, n)
			}
			tags := map[string]bool{}
			craft := 0
			for _, id := range ids {
				s, _ := c.Skill(id)
				if !s.SuitsRole(r.ID) {
					t.Errorf("%s: must-have %q is not tagged for the role", at, id)
				}
				if s.Category != "collaboration" {
					craft++
				}
				for _, tag := range s.Tags {
					tags[tag] = true
				}
			}
			if isJunior(l.ID) {
				if craft > 4 {
					t.Errorf("%s: %d must-haves besides the collaboration skills, want at most 4: %v", at, craft, ids)
				}
				for _, want := range starterSkills {
					if !slices.Contains(ids, want) {
						t.Errorf("%s: must-haves lack %q: %v", at, want, ids)
					}
				}
				if tags[TagDesign] || tags[TagLead] {
					t.Errorf("%s: design, architecture and mentoring skills are for senior and up: %v", at, ids)
				}
			}
			if isSenior(c, l.ID) && (!tags[TagDesign] || !tags[TagLead]) {
				t.Errorf("%s: must-haves need a design or architecture skill and a mentoring or leading one: %v", at, ids)
			}
			sorted := slices.Sorted(slices.Values(ids))
			for i, other := range sets {
				if slices.Equal(sorted, other) {
					t.Errorf("%s: the same must-haves as %s", at, c.Seniority[i].ID)
				}
			}
			sets = append(sets, sorted)
		}
	}
}

func TestDefaultDutiesEveryFamilyAndLevel(t *testing.T) {
	c := builtinForTest(t)
	for _, r := range c.Roles {
		var prev []string
		for i, l := range c.Seniority {
			at := r.ID + " × " + l.ID
			duties := defaultDuties(c, r.ID, l.ID)
			tags := map[string]bool{}
			var ids []string
			for _, d := range duties {
				ids = append(ids, d.ID)
				for _, tag := range d.Tags {
					tags[tag] = true
				}
				if tagged := len(d.Tags) > 0; tagged && !isSenior(c, l.ID) {
					t.Errorf("%s: %s is tagged %v, which is for senior and up", at, d.ID, d.Tags)
				}
				if slices.Contains(d.Tags, TagDirection) && !strings.Contains(d.Text, "across") {
					t.Errorf("%s: a direction duty speaks of direction across teams: %q", at, d.Text)
				}
			}
			if isSenior(c, l.ID) && (!tags[TagDesign] || !tags[TagLead]) {
				t.Errorf("%s: defaults need a duty designing systems and one leading or mentoring: %v", at, ids)
			}
			if l.ID == "lead" || l.ID == "principal" {
				if !tags[TagDirection] {
					t.Errorf("%s: defaults need a duty setting direction across teams: %v", at, ids)
				}
			} else if tags[TagDirection] {
				t.Errorf("%s: direction across teams is for lead and principal: %v", at, ids)
			}
			if i > 0 {
				shared := 0
				for _, id := range ids {
					if slices.Contains(prev, id) {
						shared++
					}
				}
				if 2*shared > min(len(ids), len(prev)) {
					t.Errorf("%s shares %d of its %d default duties with %s (%d), want at most half",
						at, shared, len(ids), c.Seniority[i-1].ID, len(prev))
				}
			}
			prev = ids
		}
	}
}

var number = regexp.MustCompile(`\d+`)

func TestQualificationsEveryFamilyAndLevel(t *testing.T) {
	c := builtinForTest(t)
	for _, q := range c.Qualifications {
		if !strings.HasPrefix(q.Text, "You ") || strings.HasSuffix(q.Text, ".") {
			t.Errorf("%s: qualifications are \"You …\" sentences without a full stop: %q", q.ID, q.Text)
		}
	}
	for _, r := range c.Roles {
		for _, l := range c.Seniority {
			at := r.ID + " × " + l.ID
			qs := c.QualificationsForRole(r.ID, l.ID)
			if got := c.DefaultsFor(r.ID, l.ID).Qualifications; len(got) != len(qs) {
				t.Errorf("%s: DefaultsFor gives %d qualifications, QualificationsForRole %d", at, len(got), len(qs))
			}
			kinds := map[string][]Qualification{}
			for _, q := range qs {
				kinds[q.Kind] = append(kinds[q.Kind], q)
				for _, n := range number.FindAllString(q.Text, -1) {
					if years, _ := strconv.Atoi(n); isJunior(l.ID) && years >= 3 {
						t.Errorf("%s: a junior is never asked for %d years: %q", at, years, q.Text)
					}
				}
			}
			if len(kinds[KindExperience]) != 1 || len(kinds[KindEducation]) != 1 {
				t.Errorf("%s: want one experience and one education qualification, got %d and %d",
					at, len(kinds[KindExperience]), len(kinds[KindEducation]))
				continue
			}
			exp, edu := kinds[KindExperience][0].Text, kinds[KindEducation][0].Text
			if l.MinYears > 0 && !strings.Contains(exp, strconv.Itoa(l.MinYears)+" ") {
				t.Errorf("%s: the experience line does not state the level's %d years: %q", at, l.MinYears, exp)
			}
			if l.Education != "" && !strings.Contains(edu, "degree") {
				t.Errorf("%s: the level asks for a %s; the education line names none: %q", at, l.Education, edu)
			}
			if l.ExperienceInPlaceOfEducation && !strings.Contains(edu, "equivalent") {
				t.Errorf("%s: experience may stand in for education; the line does not say so: %q", at, edu)
			}
		}
		for _, l := range []string{"intern", "junior"} {
			if m := c.ExperienceMonths(l); m >= 36 {
				t.Errorf("%s: JSON-LD asks a junior for %d months", l, m)
			}
		}
	}
}

// A line written for one family replaces the every-family line of its
// kind; an unknown family gets the every-family lines.
func TestQualificationsForRoleReplacesByKind(t *testing.T) {
	c := builtinForTest(t)
	edu := func(role string) string {
		for _, q := range c.QualificationsForRole(role, "senior") {
			if q.Kind == KindEducation {
				return q.ID
			}
		}
		return ""
	}
	if got := edu("product-design"); got != "senior-degree-design" {
		t.Errorf("product design's education line is %q", got)
	}
	if got := edu("no-such-family"); got != "senior-degree" {
		t.Errorf("an unknown family's education line is %q", got)
	}
	if slices.ContainsFunc(c.QualificationsForRole("technical-writing", "senior"), func(q Qualification) bool { return q.ID == "senior-certification" }) {
		t.Error("a technical writer is offered cloud certifications")
	}
}

// Skills the seeded and fixture postings name can all be picked.
func TestSeedSkillsArePickable(t *testing.T) {
	c := builtinForTest(t)
	for _, name := range []string{"NoSQL", "Kafka", "SQL Server", "C#", "MySQL", "gRPC", "Linux", "Terraform", "GraphQL", "Figma", "Chaos engineering"} {
		if !slices.ContainsFunc(c.Skills, func(s Skill) bool { return hasWord(s.Name, name) }) {
			t.Errorf("no skill named %q", name)
		}
	}
}

func TestSummaryFollowsRoleAndLevel(t *testing.T) {
	c := builtinForTest(t)
	jr, sr := c.SummaryFor("backend", "junior"), c.SummaryFor("backend", "senior")
	if jr == sr {
		t.Fatal("junior and senior summaries are the same")
	}
	for _, tc := range []struct{ summary, want string }{
		{"", sr},
		{jr, sr},
		{c.SummaryFor("backend", ""), sr}, // the family's one line
		{"Our own words.", "Our own words."},
	} {
		if got := c.SummaryAfterChange(tc.summary, "backend", "junior", "backend", "senior"); got != tc.want {
			t.Errorf("from %q: %q, want %q", tc.summary, got, tc.want)
		}
	}
	if got := c.SummaryAfterChange(jr, "backend", "junior", "nope", "senior"); got != jr {
		t.Errorf("an unknown family changed the summary: %q", got)
	}
}
