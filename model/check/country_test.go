package check

import "testing"

func TestCountryNamesTakeTheArticleTheyNeed(t *testing.T) {
	for code, want := range map[string]string{
		"US": "the United States", "NL": "the Netherlands", "CZ": "Czechia", "DE": "Germany", "DO": "the Dominican Republic",
	} {
		if got := countryName(code); got != want {
			t.Errorf("countryName(%q) = %q, want %q", code, got, want)
		}
	}
}
