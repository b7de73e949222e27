package storage

import (
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func hashFile(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// writeBolt makes a bbolt file the way another program might.
func writeBolt(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fn != nil {
		if err := db.Update(fn); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// seeded returns the path of a real jobpost database with n drafts.
func seeded(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "real.db")
	if err := SeedForBench(path, n, t0); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenRefusesForeignFilesUntouched(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	real := seeded(t, 500)
	realData, _ := os.ReadFile(real)

	cases := []struct {
		name  string
		make  func(path string)
		want  error
		isDir bool
	}{
		{"random bytes", func(p string) { os.WriteFile(p, random, 0o600) }, ErrNotDatabase, false},
		{"short text", func(p string) { os.WriteFile(p, []byte("hello\n"), 0o600) }, ErrNotDatabase, false},
		{"truncated db", func(p string) { os.WriteFile(p, realData[:len(realData)*2/5], 0o600) }, ErrNotDatabase, false},
		{"truncated in meta", func(p string) { os.WriteFile(p, realData[:5000], 0o600) }, ErrNotDatabase, false},
		{"both meta pages damaged", func(p string) {
			d := append([]byte(nil), realData...)
			for _, off := range []int{0, pageSize} {
				copy(d[off+16:off+64], random[:48])
			}
			os.WriteFile(p, d, 0o600)
		}, ErrNotDatabase, false},
		{"empty bbolt db", func(p string) { writeBolt(t, p, nil) }, ErrNotDatabase, false},
		{"other program's bbolt db", func(p string) {
			writeBolt(t, p, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte("config"))
				if err != nil {
					return err
				}
				return b.Put([]byte("k"), []byte("v"))
			})
		}, ErrNotDatabase, false},
		{"bad schema version", func(p string) {
			writeBolt(t, p, func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket(bucketMeta)
				return b.Put(keySchema, []byte("two"))
			})
		}, ErrNotDatabase, false},
		{"schema 2 without its buckets", func(p string) {
			writeBolt(t, p, func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket(bucketMeta)
				tx.CreateBucket(bucketDrafts)
				return b.Put(keySchema, []byte("2"))
			})
		}, ErrNotDatabase, false},
		{"newer schema", func(p string) {
			writeBolt(t, p, func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket(bucketMeta)
				return b.Put(keySchema, []byte("99"))
			})
		}, ErrNewerSchema, false},
		{"directory", func(p string) { os.Mkdir(p, 0o700) }, ErrNotDatabase, true},
	}
	for _, c := range cases {
		for _, ro := range []bool{false, true} {
			name := c.name
			if ro {
				name += " read-only"
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "jobpost.db")
				c.make(path)
				var before [32]byte
				if !c.isDir {
					before = hashFile(t, path)
				}
				s, err := Open(path, Options{ReadOnly: ro})
				if err == nil {
					s.Close()
					t.Fatalf("Open (read-only=%v) succeeded", ro)
				}
				if !errors.Is(err, c.want) {
					t.Errorf("Open (read-only=%v) = %v, want %v", ro, err, c.want)
				}
				if !strings.HasPrefix(err.Error(), "open "+path+": ") {
					t.Errorf("error %q does not name the path", err)
				}
				if !c.isDir && hashFile(t, path) != before {
					t.Errorf("file changed by a refused Open")
				}
				if entries, _ := os.ReadDir(dir); len(entries) != 1 {
					t.Errorf("Open left files behind: %v", entries)
				}
			})
		}
	}
}

// TestOpenRefusesTruncatedFiles cuts a real database at many lengths: each
// must be refused (never a crash from reading past the end of the file).
func TestOpenRefusesTruncatedFiles(t *testing.T) {
	real := seeded(t, 300)
	data, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	// bbolt grows files ahead of use; only cuts below the pages in use
	// (the high-water mark) lose data.
	var used int
	db, err := bolt.Open(real, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error { used = int(tx.Size()); return nil })
	db.Close()
	if used > len(data) || used < 100_000 {
		t.Fatalf("%d bytes in use of %d", used, len(data))
	}

	path := filepath.Join(t.TempDir(), "jobpost.db")
	for _, n := range []int{1, 100, 4095, 4096, 8191, 8192, 12288, 16384, 16385, used - 1, used - 4096} {
		checkTruncated(t, path, data[:n])
	}
	for n := 20480; n < used; n += used / 23 {
		checkTruncated(t, path, data[:n&^4095])
		checkTruncated(t, path, data[:n])
	}
	// Cut at the high-water mark: nothing is lost, so it opens.
	if err := os.WriteFile(path, data[:used], 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if list, err := s.List(); err != nil || len(list) != 300 {
		t.Fatalf("cut at the high-water mark: %d drafts, %v", len(list), err)
	}
}

func checkTruncated(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	before := hashFile(t, path)
	s, err := Open(path, Options{})
	if err == nil {
		s.Close()
		t.Fatalf("Open of a file truncated to %d bytes succeeded", len(data))
	}
	if !errors.Is(err, ErrNotDatabase) {
		t.Errorf("truncated to %d: %v", len(data), err)
	}
	if hashFile(t, path) != before {
		t.Errorf("truncated to %d: file changed", len(data))
	}
}

func TestOpenInitialisesZeroByteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("read-only Open of an empty file: %v", err)
	}
	if fileSize, _ := fileSize(path); fileSize != 0 {
		t.Fatalf("read-only Open wrote %d bytes", fileSize)
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSave(t, s, posting("abc", "ok", t0))
}

func TestReadOnlyOpenOfMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none", "jobpost.db")
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("read-only Open of a missing file: %v", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only Open created the directory")
	}
}

func TestMigrateFromV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	copyFile(t, "testdata/v1.db", path)
	before := hashFile(t, path)

	// A read-only Open cannot migrate and must not touch the file.
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrNeedsMigration) {
		t.Fatalf("read-only Open of v1: %v", err)
	}
	if hashFile(t, path) != before {
		t.Fatal("read-only Open changed a v1 file")
	}

	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, sum := range list {
		titles = append(titles, sum.Title)
	}
	want := "Ingeniero/a de Plataforma — Señor|Data Engineer <remote> & more|Senior Go Engineer"
	if strings.Join(titles, "|") != want {
		t.Fatalf("migrated List = %q", titles)
	}
	if list[2].Location != "Berlin, Germany" || strings.Join(list[2].Skills, ",") != "Go,PostgreSQL" {
		t.Errorf("migrated summary = %+v", list[2])
	}
	p, err := s.Get("v1bbbbbbbbbbbbbb")
	if err != nil || p.Summary != "Build pipelines.\n\nOwn them." {
		t.Fatalf("migrated draft = %+v, %v", p, err)
	}
	if revs, err := s.Revisions("v1aaaaaaaaaaaaaa"); err != nil || len(revs) != 0 {
		t.Errorf("Revisions of a migrated draft = %v, %v", revs, err)
	}
	if err := s.Delete("v1aaaaaaaaaaaaaa"); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, posting("new", "After migration", t0))
	s.Close()

	// The backup is the old file, intact and still schema 1.
	bak := path + ".v1.bak"
	fi, err := os.Stat(bak)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", fi.Mode().Perm())
	}
	db, err := bolt.Open(bak, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		v, err := readSchema(tx)
		if v != 1 || err != nil || tx.Bucket(bucketDrafts).Stats().KeyN != 3 || tx.Bucket(bucketSummaries) != nil {
			t.Errorf("backup: schema %d, %v", v, err)
		}
		return nil
	})
	db.Close()

	// Reopening a migrated file is a plain open.
	os.Remove(bak)
	s, err = Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 3 {
		t.Errorf("after reopen List has %d", len(list))
	}
	s.Close()
	if _, err := os.Stat(bak); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a second backup was made")
	}
}

func TestFailedMigrationLeavesFileAsItWas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "jobpost.db")
	copyFile(t, "testdata/v1.db", path)
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).Put([]byte("broken"), []byte("{not json"))
	})
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), `draft "broken"`) {
		t.Fatalf("Open of a v1 file with a broken draft: %v", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		if v, _ := readSchema(tx); v != 1 || tx.Bucket(bucketSummaries) != nil {
			t.Errorf("failed migration left schema %d", v)
		}
		return nil
	})
	if _, err := os.Stat(path + ".v1.bak"); err != nil {
		t.Errorf("no backup: %v", err)
	}
}

// TestDamagedPagesGiveErrors overwrites data pages of a real database with
// garbage: Open may or may not notice (it reads only the metadata), but no
// method may crash, every error must be ErrNotDatabase or a decoding error,
// and Check must find the damage.
func TestDamagedPagesGiveErrors(t *testing.T) {
	data, err := os.ReadFile(seeded(t, 300))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	garbage := make([]byte, pageSize)
	path := filepath.Join(t.TempDir(), "jobpost.db")
	detected := 0
	pages := len(data) / pageSize
	for pg := 2; pg < pages; pg += max(1, pages/40) {
		for i := range garbage {
			garbage[i] = byte(rng.Uint32())
		}
		d := append([]byte(nil), data...)
		copy(d[pg*pageSize:], garbage)
		if err := os.WriteFile(path, d, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path, Options{})
		if err != nil {
			if !errors.Is(err, ErrNotDatabase) {
				t.Errorf("page %d: Open: %v", pg, err)
			}
			detected++
			continue
		}
		if err := s.Check(); err != nil {
			if !errors.Is(err, ErrNotDatabase) {
				t.Errorf("page %d: Check: %v", pg, err)
			}
			detected++
		}
		list, err := s.List()
		if err != nil {
			t.Logf("page %d: List: %v", pg, err)
		}
		for _, sum := range list {
			s.Get(sum.ID) // must not crash
		}
		s.Close()
	}
	if detected == 0 {
		t.Error("no damaged page was detected")
	}
}
