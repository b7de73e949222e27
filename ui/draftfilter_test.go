package ui

import "testing"

func TestDraftFilterRanksSubstringsFirstAndToleratesGaps(t *testing.T) {
	targets := []string{
		"senior go engineer backend berlin go postgresql",
		"platform engineer devops remote kubernetes",
		"go-to-market lead other",
		"data engineer data-engineering airflow",
	}
	got := draftFilter("Kub", targets)
	if len(got) != 1 || got[0].Index != 1 {
		t.Fatalf("Kub: %+v", got)
	}
	got = draftFilter("engineer", targets)
	if len(got) != 3 || got[0].Index != 3 {
		t.Fatalf("engineer: want the earliest match first, got %+v", got)
	}
	got = draftFilter("pgsql", targets)
	if len(got) != 1 || got[0].Index != 0 {
		t.Fatalf("letters in order should match: %+v", got)
	}
	if got := draftFilter("zzz", targets); len(got) != 0 {
		t.Fatalf("zzz matched %+v", got)
	}
}
