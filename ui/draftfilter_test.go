package ui

import "testing"

func TestDraftFilterMatchesWordsAndFallsBackToFuzzy(t *testing.T) {
	targets := []string{
		"senior go engineer backend munich go postgresql",
		"platform engineer devops remote kubernetes",
		"data engineer data-engineering hamburg spark docker", // m…u…n…i…c…h in order, no "munich"
		"staff sre berlin sre monitoring unix incident chaos", // likewise
	}
	got := draftFilter("Munich", targets)
	if len(got) != 1 || got[0].Index != 0 {
		t.Fatalf("munich: want only the Munich posting, got %+v", got)
	}
	got = draftFilter("engineer", targets)
	if len(got) != 3 || got[0].Index != 2 {
		t.Fatalf("engineer: want the earliest match first, got %+v", got)
	}
	got = draftFilter("remote kubernetes", targets)
	if len(got) != 1 || got[0].Index != 1 {
		t.Fatalf("two words: %+v", got)
	}
	got = draftFilter("pgsql", targets)
	if len(got) != 1 || got[0].Index != 0 {
		t.Fatalf("no word matches, so letters in order should: %+v", got)
	}
	if got := draftFilter("zzz", targets); len(got) != 0 {
		t.Fatalf("zzz matched %+v", got)
	}
}
