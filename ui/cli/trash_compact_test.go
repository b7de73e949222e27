package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/storage"
)

func TestDeleteTrashRestorePurge(t *testing.T) {
	a := fullPosting("Senior Backend Engineer")
	b := fullPosting("Junior Frontend Engineer")
	db := seedDB(t, a, b)
	n := 1
	for a.ID[:n] == b.ID[:n] {
		n++
	}
	prefix := a.ID[:n]

	r := runCmd(t, cmdEnv{}, "--db", db, "delete", prefix)
	want(t, r, 0, []string{a.ID, "Senior Backend Engineer", "trash", "jobpost restore " + a.ID}, nil)
	if _, ok := drafts(t, db)[a.ID]; ok {
		t.Errorf("the deleted draft is still listed")
	}
	want(t, runCmd(t, cmdEnv{}, "--db", db, "show", a.ID), 1, nil, []string{"no draft"})

	r = runCmd(t, cmdEnv{}, "--db", db, "trash")
	want(t, r, 0, []string{a.ID, "Senior Backend Engineer", "deleted"}, nil)
	if strings.Contains(r.stdout, b.ID) {
		t.Errorf("trash lists a live draft:\n%s", r.stdout)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "trash", "--json")
	var items []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &items); err != nil || len(items) != 1 ||
		items[0]["id"] != a.ID || items[0]["deleted_at"] == nil {
		t.Errorf("trash --json = %s (%v)", r.stdout, err)
	}

	r = runCmd(t, cmdEnv{}, "--db", db, "restore", prefix)
	want(t, r, 0, []string{"restored", a.ID, "Senior Backend Engineer"}, nil)
	if got := drafts(t, db)[a.ID]; got.Title != a.Title || len(got.Skills.Required) != 2 {
		t.Errorf("restored draft = %+v", got)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "trash", "--json")
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("trash --json after restore = %q, want []", r.stdout)
	}
	// A draft not in the trash: restore says so, not that there is none.
	want(t, runCmd(t, cmdEnv{}, "--db", db, "restore", a.ID), 1, nil, []string{"not in the trash", "nothing to restore"})

	// Purge takes only what is in the trash.
	r = runCmd(t, cmdEnv{}, "--db", db, "purge", a.ID)
	want(t, r, 1, nil, []string{"not in the trash", "jobpost delete " + a.ID})
	if _, ok := drafts(t, db)[a.ID]; !ok {
		t.Fatalf("purge removed a live draft")
	}
	want(t, runCmd(t, cmdEnv{}, "--db", db, "delete", a.ID), 0, nil, nil)
	r = runCmd(t, cmdEnv{}, "--db", db, "purge", prefix)
	want(t, r, 0, []string{"purged", a.ID, "for good", "cannot be undone"}, nil)
	r = runCmd(t, cmdEnv{}, "--db", db, "trash")
	if r.stdout != "" {
		t.Errorf("trash after purge: %q", r.stdout)
	}
	want(t, runCmd(t, cmdEnv{}, "--db", db, "restore", a.ID), 1, nil, nil)
	if got := drafts(t, db); len(got) != 1 || got[b.ID].ID != b.ID {
		t.Errorf("drafts after purge: %v", got)
	}

	for _, cmd := range []string{"delete", "restore", "purge"} {
		want(t, runCmd(t, cmdEnv{}, "--db", db, cmd), 2, nil, []string{cmd + " takes one draft id"})
	}
	want(t, runCmd(t, cmdEnv{}, "--db", db, "trash", "x"), 2, nil, []string{"trash takes no arguments"})
}

func TestCompact(t *testing.T) {
	db := filepath.Join(t.TempDir(), "jobs.db")
	if err := storage.SeedForBench(db, 300, fullPosting("x").CreatedAt); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := s.List()
	for _, sum := range list[:250] {
		if err := s.Purge(sum.ID); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	before, _ := os.Stat(db)

	r := runCmd(t, cmdEnv{}, "--db", db, "compact")
	want(t, r, 0, []string{"compacted", db, "→"}, nil)
	after, _ := os.Stat(db)
	if after.Size() >= before.Size() {
		t.Errorf("compact left %d bytes of %d", after.Size(), before.Size())
	}
	if got := drafts(t, db); len(got) != 50 {
		t.Errorf("after compact %d drafts, want 50", len(got))
	}
	if names := dirNames(t, filepath.Dir(db)); len(names) != 1 {
		t.Errorf("compact left files behind: %v", names)
	}

	holder, err := bolt.Open(db, 0o600, &bolt.Options{Timeout: time.Second}) // a transaction under way
	if err != nil {
		t.Fatal(err)
	}
	r = runCmd(t, cmdEnv{}, "--db", db, "compact")
	holder.Close()
	want(t, r, 1, nil, []string{"in use"})

	want(t, runCmd(t, cmdEnv{}, "--db", filepath.Join(t.TempDir(), "none.db"), "compact"), 1, nil, []string{"no database"})
	want(t, runCmd(t, cmdEnv{}, "--db", db, "compact", "now"), 2, nil, nil)
}

func TestHelpForEachCommand(t *testing.T) {
	for _, name := range []string{"show", "export", "import", "copy", "list", "delete", "trash", "restore", "purge", "compact", "check-db"} {
		r := runCmd(t, cmdEnv{}, "help", name)
		want(t, r, 0, []string{"jobpost " + name, "Example:", "jobpost " + name + " ", "Exit status:"}, nil)
		r = runCmd(t, cmdEnv{}, "--help")
		want(t, r, 0, []string{"  " + name + " "}, nil)
	}
}
