package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"jobpost/storage"
)

// damagedDB returns a database with garbage in one data page that opens
// (Open reads only the metadata) but that bbolt's own check reports.
func damagedDB(t *testing.T) string {
	t.Helper()
	src := filepath.Join(t.TempDir(), "seed.db")
	if err := storage.SeedForBench(src, 200, fullPosting("x").CreatedAt); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "jobs.db")
	for pg := 3; pg < len(data)/4096; pg++ {
		d := append([]byte(nil), data...)
		copy(d[pg*4096+16:(pg+1)*4096], bytes.Repeat([]byte{0xA5}, 4096-16))
		if err := os.WriteFile(path, d, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := storage.Open(path, storage.Options{ReadOnly: true})
		if err != nil {
			continue
		}
		err = s.Check()
		s.Close()
		if errors.Is(err, storage.ErrNotDatabase) {
			return path
		}
	}
	t.Fatal("no page whose damage Open misses and Check finds")
	return ""
}

func TestCheckDB(t *testing.T) {
	good := seedDB(t, fullPosting("Sound Engineer"))
	r := runCmd(t, cmdEnv{}, "--db", good, "check-db")
	want(t, r, 0, []string{good, "no damage found (1 draft, 0 in the trash)"}, nil)

	bad := damagedDB(t)
	r = runCmd(t, cmdEnv{}, "--db", bad, "check-db")
	want(t, r, 1, nil, []string{"damaged", "What to do", "cp " + bad, "export ID --format json"})

	// A record that does not decode is named.
	rec := seedDB(t, fullPosting("Readable"))
	gone := fullPosting("Broken Record")
	s, err := storage.Open(rec, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(gone); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := bolt.Open(rec, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("drafts")).Put([]byte(gone.ID), []byte(`{"title":"Broken Record",`))
	})
	db.Close()
	r = runCmd(t, cmdEnv{}, "--db", rec, "check-db")
	want(t, r, 1, nil, []string{"draft Broken Record (" + gone.ID + ")", "What to do"})

	want(t, runCmd(t, cmdEnv{}, "--db", filepath.Join(t.TempDir(), "none.db"), "check-db"), 1, nil, []string{"no database"})
	want(t, runCmd(t, cmdEnv{}, "--db", good, "check-db", "now"), 2, nil, nil)
}

// Commands that write look at every page first: a damaged file is left as
// it is, with a pointer to check-db.
func TestWritersRefuseADamagedFile(t *testing.T) {
	bad := damagedDB(t)
	before, _ := os.ReadFile(bad)
	r := runCmd(t, cmdEnv{stdin: `{"title": "New"}`}, "--db", bad, "import", "-")
	want(t, r, 1, nil, []string{"is damaged, so nothing was changed", "jobpost check-db"})
	r = runCmd(t, cmdEnv{}, "--db", bad, "compact")
	want(t, r, 1, nil, []string{"damaged", "What to do"})
	if after, _ := os.ReadFile(bad); !bytes.Equal(before, after) {
		t.Error("the damaged file was changed")
	}
}
