package drafts_test

import (
	"strings"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// copies is the drafts other than the seeded ones, read back.
func (h *home) copies() []model.Posting {
	h.T.Helper()
	list, err := h.c.Store.List()
	if err != nil {
		h.T.Fatal(err)
	}
	seeded := map[string]bool{}
	for _, p := range h.saved {
		seeded[p.ID] = true
	}
	var out []model.Posting
	for _, s := range list {
		if !seeded[s.ID] {
			p, err := h.c.Store.Get(s.ID)
			if err != nil {
				h.T.Fatal(err)
			}
			out = append(out, p)
		}
	}
	return out
}

// later moves the page's clock a minute on, so that a copy is the newest
// draft, as it is outside tests.
func later(h *home) {
	h.c.Now = func() time.Time { return uitest.FixedNow.Add(time.Minute) }
}

// d asks where the copy is for, with the draft's place to edit; the copy
// keeps the title (no "(copy)"), takes the new place, and is the one
// selected (issue 11).
func TestDuplicateAsksForAnotherPlace(t *testing.T) {
	h := homeAt(t, 80, 24, "Backend Engineer, Lisbon", "Older Posting")
	later(h)
	h.Keys("d")
	h.WantScreen("Where is the copy for? Keep the place for an exact copy.", "City, country: Lisbon, Portugal")
	if !h.page.Typing() {
		t.Fatal("the place prompt is typing")
	}
	if help := uitest.ShortHelpText(h.page); help != "enter confirm • esc cancel" {
		t.Fatalf("help %q", help)
	}
	for range len("Lisbon, Portugal") {
		h.Keys("backspace")
	}
	h.Keys("Berlin, Germany", "enter")
	h.wantStatus("Copied for Berlin, Germany: “Backend Engineer, Berlin”")
	h.WantScreen("▸ Backend Engineer, Berlin", "Senior · Berlin, Germany · draft · just now", "3 postings")
	h.RejectScreen("(copy)")
	copies := h.copies()
	if len(copies) != 1 {
		t.Fatalf("%d copies", len(copies))
	}
	c := copies[0]
	if c.Title != "Backend Engineer, Berlin" || c.Location != (model.Location{City: "Berlin", Country: "Germany"}) ||
		c.Status != model.StatusDraft || len(c.Skills.Required) != 2 {
		t.Fatalf("copy %q %+v %q %v", c.Title, c.Location, c.Status, c.Skills.Required)
	}
	uitest.Golden(t, h.Frame())
}

// enter on the place as it stands is a plain copy, the same title and
// all: the two are listed, the copy first and selected.
func TestDuplicateUnchangedIsAnExactCopy(t *testing.T) {
	h := homeWith(t, "Platform Engineer")
	later(h)
	h.Keys("d", "enter")
	h.wantStatus("Copied as it is (r renames it): “Platform Engineer”")
	copies := h.copies()
	if len(copies) != 1 || copies[0].Title != "Platform Engineer" || copies[0].Location != h.saved[0].Location {
		t.Fatalf("copies %+v", copies)
	}
	if s := h.Screen(); strings.Count(s, "Platform Engineer") != 2 || !strings.Contains(s, "▸ Platform Engineer") {
		t.Fatalf("both are not listed, the copy selected:\n%s", s)
	}
	h.Keys("enter")
	h.wantAsked(common.OpenDraftMsg{ID: copies[0].ID})
}

// esc asks nothing more and copies nothing.
func TestDuplicateEscCancels(t *testing.T) {
	h := homeWith(t, "Platform Engineer")
	h.Keys("d", "esc")
	h.RejectScreen("Where is the copy for")
	if copies := h.copies(); len(copies) != 0 {
		t.Fatalf("esc copied: %+v", copies)
	}
	if h.page.Typing() {
		t.Fatal("still typing after esc")
	}
}

// A region typed between city and country is kept as the region; a city
// alone is the whole place; the title's city changes only as a word.
func TestDuplicatePlaces(t *testing.T) {
	for _, tc := range []struct {
		title, typed, wantTitle string
		want                    model.Location
	}{
		{"Backend Engineer", "Porto, Porto District, Portugal", "Backend Engineer", model.Location{City: "Porto", Region: "Porto District", Country: "Portugal"}},
		{"Backend Engineer (Lisbon)", "Remote", "Backend Engineer (Remote)", model.Location{City: "Remote"}},
		{"Lisboners Guild Engineer", "Madrid, Spain", "Lisboners Guild Engineer", model.Location{City: "Madrid", Country: "Spain"}},
	} {
		t.Run(tc.typed, func(t *testing.T) {
			h := homeWith(t, tc.title)
			h.Keys("d")
			for range len("Lisbon, Portugal") {
				h.Keys("backspace")
			}
			h.Keys(tc.typed, "enter")
			copies := h.copies()
			if len(copies) != 1 || copies[0].Title != tc.wantTitle || copies[0].Location != tc.want {
				t.Fatalf("%q for %q: %+v", tc.title, tc.typed, copies)
			}
		})
	}
}
