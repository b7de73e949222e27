package data

import (
	"slices"
	"testing"

	"jobpost/model"
)

// The refresh merge, for every family and every pair of levels: the new
// defaults come in, the writer's own lines stay, what the writer removed
// stays out, and the old pair's catalog lines that the new pair lacks go.
func TestMergeDefaultsKeepsTheWritersWork(t *testing.T) {
	cat := builtinForTest(t)
	for _, role := range cat.Roles {
		for _, from := range cat.Seniority {
			for _, to := range cat.Seniority {
				if from.ID == to.ID {
					continue
				}
				was, now := cat.DefaultsFor(role.ID, from.ID), cat.DefaultsFor(role.ID, to.ID)
				p := model.Posting{Role: role.ID, Seniority: from.ID}
				cat.ApplyDefaults(&p, "", "")
				if len(p.Responsibilities) < 2 || len(p.Skills.Required) < 2 {
					t.Fatalf("%s %s: too few defaults to test with", role.ID, from.ID)
				}
				removed := p.Responsibilities[0]
				removedSkill := p.Skills.Required[0]
				p.Responsibilities = append(slices.Clone(p.Responsibilities[1:]), "Run our quarterly game day")
				p.Skills.Required = append(slices.Clone(p.Skills.Required[1:]), "Cobol")
				p.Qualifications = append(p.Qualifications, "You hold a driving licence")

				p.Seniority = to.ID
				cat.MergeDefaults(&p, role.ID, from.ID)
				name := role.ID + " " + from.ID + "→" + to.ID
				for _, own := range []string{"Run our quarterly game day"} {
					if !slices.Contains(p.Responsibilities, own) {
						t.Errorf("%s: the writer's duty %q is gone: %q", name, own, p.Responsibilities)
					}
				}
				if !slices.Contains(p.Skills.Required, "Cobol") || !slices.Contains(p.Qualifications, "You hold a driving licence") {
					t.Errorf("%s: the writer's skill or qualification is gone", name)
				}
				if slices.Contains(p.Responsibilities, removed) || slices.Contains(p.Skills.Required, removedSkill) {
					t.Errorf("%s: an item the writer removed came back", name)
				}
				for _, d := range now.Responsibilities {
					if d != removed && !slices.Contains(p.Responsibilities, d) {
						t.Errorf("%s: new default %q did not come in", name, d)
					}
				}
				for _, d := range was.Responsibilities {
					if !slices.Contains(now.Responsibilities, d) && slices.Contains(p.Responsibilities, d) {
						t.Errorf("%s: old default %q stayed", name, d)
					}
				}
				for _, s := range now.MustSkills {
					if s != removedSkill && !slices.Contains(p.Skills.Required, s) {
						t.Errorf("%s: new must-have %q did not come in", name, s)
					}
				}
			}
		}
	}
}

// A new must-have the writer had as nice-to-have stays nice-to-have; a
// posting with no role before keeps everything and gains the defaults.
func TestMergeDefaultsRespectsNiceToHaves(t *testing.T) {
	cat := builtinForTest(t)
	now := cat.DefaultsFor("backend", "senior")
	p := model.Posting{Role: "backend", Seniority: "senior", Title: "Payments person"}
	p.Skills.Preferred = []string{now.MustSkills[0]}
	p.Responsibilities = []string{"Keep the ledger honest"}
	cat.MergeDefaults(&p, "", "")
	if slices.Contains(p.Skills.Required, now.MustSkills[0]) || !slices.Equal(p.Skills.Preferred, []string{now.MustSkills[0]}) {
		t.Fatalf("a nice-to-have became a must-have: %q / %q", p.Skills.Required, p.Skills.Preferred)
	}
	if want := append(slices.Clone(now.Responsibilities), "Keep the ledger honest"); !slices.Equal(p.Responsibilities, want) {
		t.Fatalf("duties %q, want %q", p.Responsibilities, want)
	}
	if p.Title != "Payments person" {
		t.Fatalf("the writer's title changed: %q", p.Title)
	}
}

func TestRetitleForLevel(t *testing.T) {
	cat := builtinForTest(t)
	for _, c := range []struct {
		title, from, to, want string
		ok                    bool
	}{
		{"Senior Backend Engineer (Payments)", "senior", "lead", "Lead Backend Engineer (Payments)", true},
		{"senior backend engineer, payments", "senior", "principal", "Principal backend engineer, payments", true},
		{"Payments Engineer", "senior", "lead", "Payments Engineer", false}, // names no level
		{"Seniority Analyst", "senior", "lead", "Seniority Analyst", false}, // a word that only starts so
		{"Junior Backend Engineer (Payments)", "junior", "intermediate", "Backend Engineer (Payments)", true},
		{"Backend Engineer (Payments)", "intermediate", "senior", "Backend Engineer (Payments)", false}, // intermediate has no word
		{"Senior Backend Engineer", "senior", "senior", "Senior Backend Engineer", false},
		{"Senior", "senior", "lead", "Senior", false},
	} {
		got, ok := cat.RetitleForLevel(c.title, c.from, c.to)
		if got != c.want || ok != c.ok {
			t.Errorf("RetitleForLevel(%q, %s→%s) = %q, %v; want %q, %v", c.title, c.from, c.to, got, ok, c.want, c.ok)
		}
	}
}
