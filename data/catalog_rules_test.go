package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A company catalog file carrying rule keys is still a catalog: the
// catalog accepts the keys, the rules are read from the same file, and
// `catalog --json` does not write them back.
func TestCatalogFileWithRuleKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "catalog.json")
	if err := os.WriteFile(path, []byte(companyRules), 0o600); err != nil {
		t.Fatal(err)
	}
	cat, err := LoadWithUser(path, true)
	if err != nil {
		t.Fatalf("catalog with rule keys: %v", err)
	}
	found := false
	for _, b := range cat.Benefits {
		found = found || b.ID == "gym"
	}
	if !found {
		t.Error("the catalog part of the file was not merged")
	}
	if _, err := LoadRulesWithUser(path, true); err != nil {
		t.Fatalf("rules from the same file: %v", err)
	}
	var out bytes.Buffer
	if err := cat.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"pay_transparency", "gender_coded", `"wording"`} {
		if strings.Contains(out.String(), key) {
			t.Errorf("catalog --json writes %s", key)
		}
	}
	// A misspelt key is still refused.
	bad := strings.Replace(companyRules, `"wording"`, `"wordings"`, 1)
	os.WriteFile(path, []byte(bad), 0o600)
	if _, err := LoadWithUser(path, true); err == nil || !strings.Contains(err.Error(), "wordings") {
		t.Errorf("misspelt key: %v", err)
	}
}
