package model

import (
	"strings"
	"testing"
)

func TestLimitWarnings(t *testing.T) {
	if w := LimitWarnings(strings.Repeat("x", 15_000)); len(w) != 0 {
		t.Errorf("15,000 characters warned: %q", w)
	}
	w := LimitWarnings(strings.Repeat("é", 15_001))
	if len(w) != 1 || !strings.Contains(w[0], "SEEK") || !strings.Contains(w[0], "15,000") {
		t.Errorf("15,001 characters: %q; want one SEEK warning", w)
	}
	w = LimitWarnings(strings.Repeat("x", 25_001))
	if len(w) != 2 || !strings.Contains(w[0], "LinkedIn") || !strings.Contains(w[0], "25,001") {
		t.Errorf("25,001 characters: %q; want LinkedIn and SEEK", w)
	}
	if got := ExceededLimits("title", strings.Repeat("x", 201)); len(got) != 1 || got[0].Board != "LinkedIn" {
		t.Errorf("Exceeded(title, 201) = %v", got)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 25000: "25,000", 1234567: "1,234,567", -1500: "-1,500"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// A pay amount that looks mistyped is named where the posting is
// published, as it is in the editor.
func TestPostingWarningsNamePay(t *testing.T) {
	p := Posting{Title: "Engineer", Salary: Salary{Min: 75, Max: 95, Currency: "EUR", Period: "YEAR"}}
	w := PostingWarnings(p, FormatText, "short", fixtureTime)
	if len(w) != 2 || w[0] != "Pay: 75 EUR per year is unusually low — did you mean 75,000?" {
		t.Errorf("warnings %q", w)
	}
}
