package data

import (
	"slices"
	"testing"
)

// groupsInOrder checks that options come in the groups named, each group
// in one run, and returns the options' ids.
func groupsInOrder(t *testing.T, opts []Option, first ...string) []string {
	t.Helper()
	var ids, order []string
	for _, o := range opts {
		ids = append(ids, o.ID)
		if len(order) > 0 && order[len(order)-1] == o.Group {
			continue
		}
		if slices.Contains(order, o.Group) {
			t.Fatalf("group %q comes back at %q", o.Group, o.Label)
		}
		order = append(order, o.Group)
	}
	if len(order) < len(first) || !slices.Equal(order[:len(first)], first) {
		t.Fatalf("groups %q, want them to start %q", order, first)
	}
	return ids
}

func TestResponsibilityOptions(t *testing.T) {
	cat := builtinForTest(t)
	opts := cat.ResponsibilityOptions("frontend", "senior")
	ids := groupsInOrder(t, opts, "For this role and level", "Other levels")
	if len(ids) != len(cat.Responsibilities) {
		t.Fatalf("%d options for %d duties", len(ids), len(cat.Responsibilities))
	}
	slices.Sort(ids)
	if len(slices.Compact(ids)) != len(cat.Responsibilities) {
		t.Fatal("a duty offered twice")
	}
	own := cat.ResponsibilitiesFor("frontend", "senior")
	for i, r := range own {
		if opts[i].ID != r.ID || opts[i].Label != r.Text {
			t.Fatalf("option %d is %+v, want %q", i, opts[i], r.Text)
		}
	}
	backend, _ := cat.Role("backend")
	if !slices.ContainsFunc(opts, func(o Option) bool { return o.Group == backend.Name }) {
		t.Error("other families' duties not under their names")
	}
}

func TestQualificationOptions(t *testing.T) {
	cat := builtinForTest(t)
	opts := cat.QualificationOptions("backend", "junior")
	ids := groupsInOrder(t, opts, "For this role and level")
	if len(ids) != len(cat.Qualifications) {
		t.Fatalf("%d options for %d qualifications", len(ids), len(cat.Qualifications))
	}
	senior, _ := cat.Level("senior")
	if !slices.ContainsFunc(opts, func(o Option) bool { return o.Group == senior.Name }) {
		t.Error("other levels' qualifications not under their names")
	}
	own := cat.QualificationsForRole("backend", "junior")
	for i, q := range own {
		if opts[i].ID != q.ID || opts[i].Group != "For this role and level" {
			t.Fatalf("option %d is %+v, want %q first", i, opts[i], q.Text)
		}
	}
	if last := opts[len(opts)-1]; last.Group != "Other roles" {
		t.Errorf("other families' lines do not come last: %+v", last)
	}
}

func TestResponsibilityByID(t *testing.T) {
	cat := builtinForTest(t)
	want := cat.Responsibilities[len(cat.Responsibilities)-1]
	if got, ok := cat.Responsibility(want.ID); !ok || got.ID != want.ID || got.Text != want.Text {
		t.Fatalf("Responsibility(%q) = %+v %v", want.ID, got, ok)
	}
	if _, ok := cat.Responsibility("no-such-duty"); ok {
		t.Fatal("found a duty the catalog lacks")
	}
}
