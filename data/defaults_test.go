package data

import (
	"slices"
	"strings"
	"testing"

	"jobpost/model"
)

func TestDefaultsForAndApply(t *testing.T) {
	cat := builtinForTest(t)
	d := cat.DefaultsFor("backend", "senior")
	if len(d.Responsibilities) == 0 || len(d.Responsibilities) != len(d.ResponsibilityIDs) {
		t.Fatalf("duties %v / ids %v", d.Responsibilities, d.ResponsibilityIDs)
	}
	if len(d.MustSkills) == 0 || len(d.MustSkills) != len(d.MustSkillIDs) || len(d.Qualifications) == 0 {
		t.Fatalf("skills %v, qualifications %v", d.MustSkills, d.Qualifications)
	}
	if got := cat.DefaultsFor("backend", "intern").EmploymentType; got != "INTERN" {
		t.Errorf("intern employment type = %q", got)
	}

	// The writer's own title and summary survive a change of level; the
	// catalog's own follow it.
	p := model.Posting{Role: "backend", Seniority: "junior", Title: "Our own title", Summary: "Our words.",
		Skills: model.Skills{Preferred: []string{d.MustSkills[0], "Kafka"}}}
	cat.ApplyDefaults(&p, "backend", "junior")
	if p.Title != "Our own title" || p.Summary != "Our words." {
		t.Errorf("writer's text replaced: %q / %q", p.Title, p.Summary)
	}
	if slices.Contains(p.Skills.Preferred, p.Skills.Required[0]) {
		t.Errorf("a must-have is also nice-to-have: %v / %v", p.Skills.Required, p.Skills.Preferred)
	}
	role, _ := cat.Role("backend")
	junior, _ := cat.Level("junior")
	p = model.Posting{Role: "backend", Seniority: "senior", Title: junior.Title(role.Titles[0]), Summary: role.Summary}
	cat.ApplyDefaults(&p, "backend", "junior")
	if !strings.HasPrefix(p.Title, "Senior") {
		t.Errorf("catalog title did not follow the level: %q", p.Title)
	}
}

func TestSkillOptionsRoleFirst(t *testing.T) {
	cat := builtinForTest(t)
	choices := cat.SkillOptions("frontend")
	if len(choices) != len(cat.Skills) {
		t.Fatalf("%d choices for %d skills", len(choices), len(cat.Skills))
	}
	other := false
	for _, c := range choices {
		isOther := strings.HasSuffix(c.Group, "· other roles")
		if other && !isOther {
			t.Fatalf("%q (%s) after other roles' skills", c.Label, c.Group)
		}
		other = other || isOther
	}
	if !other {
		t.Error("no other roles' skills offered")
	}
}

// The employment type follows the level as the title does: Intern →
// Senior in the editor kept INTERN, while the wizard moved it.
func TestApplyDefaultsEmploymentTypeFollowsTheLevel(t *testing.T) {
	cat := builtinForTest(t)
	for _, tc := range []struct{ from, to, had, want string }{
		{"intern", "senior", "INTERN", "FULL_TIME"},
		{"senior", "intern", "FULL_TIME", "INTERN"},
		{"", "intern", "", "INTERN"},
		{"intern", "senior", "CONTRACTOR", "CONTRACTOR"}, // the writer's choice
		{"senior", "senior", "", ""},                     // no change of level
	} {
		p := model.Posting{Role: "backend", Seniority: tc.to, EmploymentType: tc.had}
		cat.ApplyDefaults(&p, "backend", tc.from)
		if p.EmploymentType != tc.want {
			t.Errorf("%s → %s with %q: %q, want %q", tc.from, tc.to, tc.had, p.EmploymentType, tc.want)
		}
	}
}

func TestTitleAfterChange(t *testing.T) {
	cat := builtinForTest(t)
	backend, _ := cat.Role("backend")
	frontend, _ := cat.Role("frontend")
	variant := backend.Titles[len(backend.Titles)-1]
	for _, tc := range []struct{ title, oldRole, oldLevel, newRole, newLevel, want string }{
		{backend.Titles[0], "backend", "", "backend", "senior", cat.TitleAt(backend.Titles[0], "senior")},
		{cat.TitleAt(variant, "senior"), "backend", "senior", "backend", "junior", cat.TitleAt(variant, "junior")},
		{cat.TitleAt(variant, "senior"), "backend", "senior", "frontend", "senior", cat.TitleAt(frontend.Titles[0], "senior")},
		{"", "backend", "", "backend", "intern", cat.TitleAt(backend.Titles[0], "intern")},
		{"Data Wrangler", "backend", "", "backend", "senior", "Data Wrangler"},
		{"Data Wrangler", "backend", "senior", "nope", "senior", "Data Wrangler"},
	} {
		if got := cat.TitleAfterChange(tc.title, tc.oldRole, tc.oldLevel, tc.newRole, tc.newLevel); got != tc.want {
			t.Errorf("%q %s/%s → %s/%s = %q, want %q", tc.title, tc.oldRole, tc.oldLevel, tc.newRole, tc.newLevel, got, tc.want)
		}
	}
	if got := cat.TitleAt("Backend Engineer", "no-such-level"); got != "Backend Engineer" {
		t.Errorf("unknown level: %q", got)
	}
}
