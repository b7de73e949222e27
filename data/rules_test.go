package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/model/check"
)

func TestBuiltinRulesLoad(t *testing.T) {
	r, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	tab := r.Table()
	if tab.Version != check.TableVersion || tab.GenderCoded == nil || len(tab.Wording) < 9 {
		t.Fatalf("table: version %d, gender coding %v, %d wording categories", tab.Version, tab.GenderCoded != nil, len(tab.Wording))
	}
	want := strings.Fields("US-CO US-CA US-WA US-NY US-NYC US-NY-ITH US-NJ-JC US-HI US-DC US-MD US-IL US-MN US-NJ US-VT US-MA " +
		"US-OH-CLE US-OH-CMH US-DE CA-BC CA-PE CA-ON CA-NL EU AT PL MT DE GB")
	var got []string
	for _, row := range tab.PayTransparency {
		got = append(got, row.ID)
		if row.Checked == "" || len(row.Sources) == 0 || row.Sources[0].Name == "" {
			t.Errorf("%s: no source or checked date", row.ID)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("rows %q\nwant %q", got, want)
	}
}

const companyRules = `{
  "benefits": [{"id": "gym", "text": "Gym"}],
  "pay_transparency": [
    {"id": "US-CO", "name": "Colorado (company reading)", "match": {"regions": ["US-CO"]}, "effective": "2021-01-01",
     "min_employees": 1, "requirements": [{"kind": "pay_range"}], "sources": [{"name": "our counsel"}], "checked": "2026-11-30"},
    {"id": "US-TX-AUS", "name": "Austin", "match": {"regions": ["US-TX"], "cities": ["Austin"]}, "effective": "2026-01-01",
     "min_employees": 1, "requirements": [{"kind": "pay"}], "sources": [{"name": "house rule"}], "checked": "2026-11-30"}
  ],
  "wording": [{"id": "jargon", "name": "House jargon", "severity": "warning", "why": "We say it plainly.",
     "suggestion": "Plain words.", "sources": [{"name": "house style"}], "terms": ["circle back"]}]
}`

func TestCompanyFileAddsAndOverridesRules(t *testing.T) {
	path := filepath.Join(t.TempDir(), "catalog.json")
	if err := os.WriteFile(path, []byte(companyRules), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRulesWithUser(path, true)
	if err != nil {
		t.Fatal(err)
	}
	on := check.Options{On: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	austin := model.Posting{Title: "Engineer", Summary: "Let us circle back.", Location: model.Location{City: "Austin", Region: "TX", Country: "US"}}
	fs := check.Check(austin, model.CompanyProfile{}, r, on)
	var rules []string
	for _, f := range fs {
		rules = append(rules, f.Rule)
	}
	joined := strings.Join(rules, " ")
	if !strings.Contains(joined, "pay/US-TX-AUS") || !strings.Contains(joined, "wording/jargon") {
		t.Errorf("added rows not used: %s", joined)
	}
	denver := model.Posting{Title: "Engineer", Location: model.Location{City: "Denver", Region: "CO", Country: "US"}}
	fs = check.Check(denver, model.CompanyProfile{}, r, on)
	n := 0
	for _, f := range fs {
		if f.Rule == "pay/US-CO" {
			n++
			if !strings.Contains(f.Message, "company reading") || !strings.Contains(f.Source, "our counsel") {
				t.Errorf("override not used: %+v", f)
			}
		}
	}
	if n != 1 { // the company's row asks only for the range
		t.Errorf("%d US-CO findings, want 1", n)
	}
	if base, _ := BuiltinRules(); len(base.Table().PayTransparency) != 28 {
		t.Error("the built-in rules were changed")
	}
}

func TestCompanyRuleProblemsNameFileAndLine(t *testing.T) {
	dir := t.TempDir()
	bad := strings.Replace(companyRules, `"checked": "2026-11-30"}`, `"checkd": "2026-11-30"}`, 1)
	path := filepath.Join(dir, "catalog.json")
	os.WriteFile(path, []byte(bad), 0o600)
	_, err := LoadRulesWithUser(path, true)
	if err == nil || !strings.Contains(err.Error(), "catalog.json:5") || !strings.Contains(err.Error(), "checkd") {
		t.Errorf("err = %v, want the file, line 5 and the key", err)
	}
	invalid := strings.Replace(companyRules, `"effective": "2026-01-01"`, `"effective": "soon"`, 1)
	os.WriteFile(path, []byte(invalid), 0o600)
	if _, err := LoadRulesWithUser(path, true); err == nil || !strings.Contains(err.Error(), `"US-TX-AUS"`) {
		t.Errorf("err = %v, want the row named", err)
	}
}

func TestCompanyFileWithoutRules(t *testing.T) {
	base, _ := BuiltinRules()
	path := filepath.Join(t.TempDir(), "catalog.json")
	os.WriteFile(path, []byte(`{"benefits": []}`), 0o600)
	for _, c := range []struct {
		path     string
		required bool
	}{{path, true}, {"", false}, {filepath.Join(t.TempDir(), "none.json"), false}} {
		r, err := LoadRulesWithUser(c.path, c.required)
		if err != nil || len(r.Table().PayTransparency) != len(base.Table().PayTransparency) {
			t.Errorf("%s: %v", c.path, err)
		}
	}
	if _, err := LoadRulesWithUser(filepath.Join(t.TempDir(), "none.json"), true); err == nil {
		t.Error("a required missing file is fine")
	}
}
