package data

import (
	"jobpost/model"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func builtinForTest(t testing.TB) *Catalog {
	t.Helper()
	c, err := Builtin()
	if err != nil {
		t.Fatalf("Builtin: %v", err)
	}
	return c
}

var roleFamilies = []string{
	"backend", "frontend", "fullstack", "mobile", "devops", "sre", "data-engineering",
	"ml", "qa", "security", "engineering-management",
	"product-management", "product-design", "data-analysis", "embedded", "technical-writing",
}

func TestCatalogSize(t *testing.T) {
	c := builtinForTest(t)
	if len(c.Roles) < 16 {
		t.Errorf("%d roles, want at least 16", len(c.Roles))
	}
	for _, id := range roleFamilies {
		if _, ok := c.Role(id); !ok {
			t.Errorf("role family %q is missing", id)
		}
	}
	if len(c.Skills) < 200 {
		t.Errorf("%d skills, want at least 200", len(c.Skills))
	}
	if len(c.Benefits) < 15 {
		t.Errorf("%d benefits, want at least 15", len(c.Benefits))
	}
	if n := len(c.EEOStatements); n < 3 || n > 4 {
		t.Errorf("%d equal-opportunity statements, want 3 or 4", n)
	}
	for _, id := range []string{"onsite", "hybrid", "remote"} {
		if !slices.ContainsFunc(c.WorkplaceTypes, func(ch Choice) bool { return ch.ID == id }) {
			t.Errorf("workplace type %q is missing", id)
		}
	}
	for _, id := range []string{"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"} {
		if !slices.ContainsFunc(c.EmploymentTypes, func(ch Choice) bool { return ch.ID == id }) {
			t.Errorf("employment type %q is missing", id)
		}
	}
}

// The UI's tests rely on these ids.
func TestStableIDs(t *testing.T) {
	c := builtinForTest(t)
	for _, id := range []string{"intern", "junior", "intermediate", "senior", "lead", "principal"} {
		if _, ok := c.Level(id); !ok {
			t.Errorf("seniority %q is missing", id)
		}
	}
	for _, id := range []string{"go", "postgresql", "rest", "docker", "git"} {
		if _, ok := c.Skill(id); !ok {
			t.Errorf("skill %q is missing", id)
		}
	}
}

// hasWord reports whether name contains want (case-insensitively) with no
// letter or digit right before or after it: "SQL" is in "SQL" but not in
// "MySQL"; "Go" is not in "Google Cloud".
func hasWord(name, want string) bool {
	name, want = strings.ToLower(name), strings.ToLower(want)
	for i := 0; ; {
		j := strings.Index(name[i:], want)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(want)
		before := start == 0 || !isWordRune(rune(name[start-1]))
		after := end == len(name) || !isWordRune(rune(name[end]))
		if before && after {
			return true
		}
		i = start + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func TestBackendSkillsPresent(t *testing.T) {
	c := builtinForTest(t)
	want := []string{
		"Java", "Kotlin", "Python", "Go", "Node.js", "Ruby", "PHP", "C#", ".NET", "Rust", "Scala",
		"Spring", "Express", "NestJS", "Django", "Flask", "FastAPI", "Rails", "Laravel", "ASP.NET",
		"SQL", "MySQL", "PostgreSQL", "MongoDB", "Cassandra", "Redis", "Elasticsearch", "DynamoDB",
		"Kafka", "RabbitMQ", "REST", "GraphQL", "gRPC", "Microservices", "Event-driven design", "ORMs",
		"Docker", "Kubernetes", "Terraform", "AWS", "Azure", "Google Cloud", "Git", "CI/CD",
		"HTML", "CSS", "JavaScript",
	}
	for _, w := range want {
		if !slices.ContainsFunc(c.Skills, func(s Skill) bool { return hasWord(s.Name, w) }) {
			t.Errorf("no skill named %q", w)
			continue
		}
		if !slices.ContainsFunc(c.Skills, func(s Skill) bool { return hasWord(s.Name, w) && s.SuitsRole("backend") }) {
			t.Errorf("no skill named %q is tagged for backend", w)
		}
	}
}

func TestSkillsWellFormed(t *testing.T) {
	c := builtinForTest(t)
	names := map[string]string{}
	used := map[string]bool{}
	for _, s := range c.Skills {
		if len(s.Roles) == 0 {
			t.Errorf("skill %q suits no role", s.ID)
		}
		key := strings.ToLower(s.Name)
		if other, ok := names[key]; ok {
			t.Errorf("skills %q and %q share the name %q", other, s.ID, s.Name)
		}
		names[key] = s.ID
		used[s.Category] = true
		if s.Name != strings.TrimSpace(s.Name) || s.ID != strings.ToLower(s.ID) || strings.ContainsAny(s.ID, " _") {
			t.Errorf("skill %q: id should be lower-case kebab-case and the name trimmed", s.ID)
		}
	}
	for _, cat := range c.SkillCategories {
		if !used[cat.ID] {
			t.Errorf("skill category %q has no skills", cat.ID)
		}
	}
	for _, r := range c.Roles {
		if n := len(c.SkillsFor(r.ID)); n != len(c.Skills) {
			t.Errorf("SkillsFor(%q) returned %d skills, want all %d", r.ID, n, len(c.Skills))
		}
		suited := 0
		for _, s := range c.Skills {
			if s.SuitsRole(r.ID) {
				suited++
			}
		}
		if suited < 15 {
			t.Errorf("role %q: only %d skills suit it, want at least 15", r.ID, suited)
		}
	}
}

func TestRolesWellFormed(t *testing.T) {
	c := builtinForTest(t)
	for _, r := range c.Roles {
		if n := len(r.Titles); n < 3 || n > 6 {
			t.Errorf("role %q has %d titles, want 3–6", r.ID, n)
		}
		if !strings.HasPrefix(r.Summary, "You will ") || !strings.HasSuffix(r.Summary, ".") || strings.Count(r.Summary, ". ") > 0 {
			t.Errorf("role %q: summary should be one sentence starting \"You will\": %q", r.ID, r.Summary)
		}
		if n := len(r.DefaultSkills); n < 4 || n > 8 {
			t.Errorf("role %q has %d default skills, want 4–8", r.ID, n)
		}
		for _, id := range r.DefaultSkills {
			if s, ok := c.Skill(id); ok && !s.SuitsRole(r.ID) {
				t.Errorf("role %q: default skill %q is not tagged for the role", r.ID, id)
			}
		}
		if n := countResponsibilities(c, r.ID); n < 12 {
			t.Errorf("role %q has %d responsibilities, want at least 12", r.ID, n)
		}
	}
}

func countResponsibilities(c *Catalog, role string) int {
	n := 0
	for _, r := range c.Responsibilities {
		if r.Role == role {
			n++
		}
	}
	return n
}

// Wording rules for responsibilities, checked on every line, default or not.
func TestResponsibilityWording(t *testing.T) {
	c := builtinForTest(t)
	for _, r := range c.Responsibilities {
		text := strings.ToLower(r.Text)
		has := func(ids ...string) bool {
			return slices.ContainsFunc(r.Levels, func(l string) bool { return slices.Contains(ids, l) })
		}
		if strings.Contains(text, "mentor") && has("intern", "junior") {
			t.Errorf("%s: mentoring is for senior and up: %v", r.ID, r.Levels)
		}
		if strings.Contains(text, "lead code review") && has("intern", "junior", "intermediate") {
			t.Errorf("%s: leading reviews is for senior and up: %v", r.ID, r.Levels)
		}
		if strings.Contains(text, "assist") && has("senior", "lead", "principal") {
			t.Errorf("%s: \"assist\" wording is for interns and juniors: %v", r.ID, r.Levels)
		}
		if (strings.Contains(text, "architecture") || strings.Contains(text, "direction")) && has("intern", "junior", "intermediate", "senior") {
			t.Errorf("%s: architecture and direction are for lead and principal: %v", r.ID, r.Levels)
		}
		if r.Text != strings.TrimSpace(r.Text) || strings.HasSuffix(r.Text, ".") || !unicode.IsUpper([]rune(r.Text)[0]) {
			t.Errorf("%s: a responsibility starts with a capital and has no full stop: %q", r.ID, r.Text)
		}
	}
}

// Every role family at every level must make a sensible posting out of the box.
func TestDefaultPostingEveryRoleAndLevel(t *testing.T) {
	c := builtinForTest(t)
	for _, role := range c.Roles {
		for _, level := range c.Seniority {
			var defaults []string
			for _, r := range c.ResponsibilitiesFor(role.ID, level.ID) {
				if r.Default {
					defaults = append(defaults, r.Text)
				}
			}
			if n := len(defaults); n < 4 || n > 8 {
				t.Errorf("%s × %s: %d default responsibilities, want 4–8", role.ID, level.ID, n)
			}
			junior := level.ID == "intern" || level.ID == "junior"
			senior := level.MinYears >= 5
			for _, d := range defaults {
				low := strings.ToLower(d)
				if junior && strings.Contains(low, "mentor") {
					t.Errorf("%s × %s: %q mentions mentoring", role.ID, level.ID, d)
				}
				if senior && strings.Contains(low, "assist") {
					t.Errorf("%s × %s: %q uses assist wording", role.ID, level.ID, d)
				}
			}
			if n := len(c.QualificationsForRole(role.ID, level.ID)); n < 3 || n > 6 {
				t.Errorf("%s × %s: %d qualifications, want 3–6", role.ID, level.ID, n)
			}
			if len(role.DefaultSkills) > 8 {
				t.Errorf("%s: %d default skills, want at most 8", role.ID, len(role.DefaultSkills))
			}
			if title := level.Title(role.Titles[0]); !strings.Contains(title, role.Titles[0]) {
				t.Errorf("%s × %s: title %q lost the role title", role.ID, level.ID, title)
			}
		}
	}
}

func TestQualifications(t *testing.T) {
	c := builtinForTest(t)
	for _, r := range c.Roles {
		for _, l := range c.Seniority {
			qs := c.QualificationsForRole(r.ID, l.ID)
			if l.ID == "intern" {
				continue
			}
			if !slices.ContainsFunc(qs, func(q Qualification) bool { return strings.Contains(q.Text, "equivalent") }) {
				t.Errorf("%s × %s: no qualification accepts equivalent experience", r.ID, l.ID)
			}
			if !slices.ContainsFunc(qs, func(q Qualification) bool { return strings.Contains(q.Text, "year") }) {
				t.Errorf("%s × %s: no qualification states years of experience", r.ID, l.ID)
			}
		}
	}
}

func TestExperienceMonthsFollowsTheLadder(t *testing.T) {
	c := builtinForTest(t)
	for level, want := range map[string]int{"intern": -1, "junior": -1, "intermediate": 24, "senior": 60, "lead": 96, "principal": 144, "nope": -1} {
		if got := c.ExperienceMonths(level); got != want {
			t.Errorf("%s: %d months, want %d", level, got, want)
		}
	}
}

func TestSummaryFollowsTheRoleOnlyWhileItIsTheCatalogs(t *testing.T) {
	c := builtinForTest(t)
	be, _ := c.Role("backend")
	fe, _ := c.Role("frontend")
	if got := c.SummaryAfterRoleChange("", "", "backend"); got != be.Summary {
		t.Errorf("empty: %q", got)
	}
	if got := c.SummaryAfterRoleChange(be.Summary, "backend", "frontend"); got != fe.Summary {
		t.Errorf("catalog's own: %q", got)
	}
	if got := c.SummaryAfterRoleChange("Our own words.", "backend", "frontend"); got != "Our own words." {
		t.Errorf("the writer's text was replaced: %q", got)
	}
}

// The catalog names employment types as the postings print them: one word
// for one thing on every screen and in every format.
func TestEmploymentTypeNamesMatchThePosting(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.EmploymentTypes {
		if want := model.EmploymentTypeLabel(e.ID); e.Name != want {
			t.Errorf("%s: catalog says %q, postings say %q", e.ID, e.Name, want)
		}
	}
}
