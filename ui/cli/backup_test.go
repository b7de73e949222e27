package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"jobpost/model"
	"jobpost/storage"
)

// openCopy opens a backup as jobpost would, and lists its drafts by id;
// the copy must be whole (storage.Store.Verify).
func openCopy(t *testing.T, path string) map[string]model.Posting {
	t.Helper()
	s, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the backup does not open: %v", err)
	}
	defer s.Close()
	if err := s.Verify(); err != nil {
		t.Fatalf("the backup is damaged: %v", err)
	}
	return drafts(t, path)
}

func TestBackupWhileAnotherJobpostWrites(t *testing.T) {
	var seed []model.Posting
	for i := range 20 {
		seed = append(seed, posting("", fmt.Sprintf("Engineer %d", i), "senior"))
	}
	db := seedDB(t, seed...)

	// Another jobpost keeps saving new drafts while the backup is taken,
	// a save every few milliseconds: far more than people typing, with
	// the file free between saves, as between any editor's.
	writer, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	stop, saved := make(chan struct{}), make(chan struct{}, 1)
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := writer.Save(posting("", fmt.Sprintf("Written During The Backup %d", i), "junior")); err != nil {
				t.Errorf("save during the backup: %v", err)
				return
			}
			select {
			case saved <- struct{}{}:
			default:
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
	<-saved // the writer is under way

	out := filepath.Join(t.TempDir(), "backup.db")
	r := runCmd(t, cmdEnv{}, "--db", db, "backup", out)
	close(stop)
	wg.Wait()
	want(t, r, 0, nil, []string{"backed up ", " drafts (", "to " + out})
	if r.stdout != "" {
		t.Errorf("backup printed on stdout: %q", r.stdout)
	}
	copied := openCopy(t, out)
	for _, p := range seed {
		if got, ok := copied[p.ID]; !ok || got.Title != p.Title {
			t.Errorf("the backup lacks %s %q", p.ID, p.Title)
		}
	}
	// Every draft the copy holds is one the library holds, as it was.
	now := drafts(t, db)
	for id, p := range copied {
		if now[id].Title != p.Title {
			t.Errorf("the backup's %s %q is not the library's", id, p.Title)
		}
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the backup's mode is %v (%v), want 0600", fi.Mode().Perm(), err)
	}
}

func TestBackupRefusesToOverwrite(t *testing.T) {
	a := posting("", "Senior Backend Engineer", "senior")
	db := seedDB(t, a)
	out := filepath.Join(t.TempDir(), "backup.db")
	if err := os.WriteFile(out, []byte("yesterday's backup"), 0o600); err != nil {
		t.Fatal(err)
	}
	want(t, runCmd(t, cmdEnv{}, "--db", db, "backup", out), 1, nil, []string{"already exists", "--force"})
	if got, _ := os.ReadFile(out); string(got) != "yesterday's backup" {
		t.Fatalf("the existing file was changed")
	}
	want(t, runCmd(t, cmdEnv{}, "--db", db, "backup", out, "--force"), 0, nil, []string{"backed up 1 draft ("})
	if _, ok := openCopy(t, out)[a.ID]; !ok {
		t.Errorf("the replaced backup lacks the draft")
	}

	// Never over the library itself, by any name, --force or not.
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{db, link} {
		want(t, runCmd(t, cmdEnv{}, "--db", db, "backup", target, "--force"), 1, nil, []string{"is the library itself"})
	}
	if _, ok := drafts(t, db)[a.ID]; !ok {
		t.Errorf("the library lost its draft")
	}

	missing := filepath.Join(t.TempDir(), "nothing.db")
	want(t, runCmd(t, cmdEnv{}, "--db", missing, "backup", out, "--force"), 1, nil, []string{"no database at " + missing})
	want(t, runCmd(t, cmdEnv{}, "--db", db, "backup"), 2, nil, []string{"backup takes the file to write"})
}

func TestBackupToStandardOutput(t *testing.T) {
	a := posting("", "Senior Backend Engineer", "senior")
	db := seedDB(t, a)
	r := runCmd(t, cmdEnv{}, "--db", db, "backup", "-")
	want(t, r, 0, nil, []string{"backed up 1 draft (", "to standard output"})
	out := filepath.Join(t.TempDir(), "piped.db")
	if err := os.WriteFile(out, []byte(r.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok := openCopy(t, out)[a.ID]; !ok {
		t.Errorf("the piped backup lacks the draft")
	}

	// Not onto a terminal.
	r = runCmd(t, cmdEnv{terminal: true}, "--db", db, "backup", "-")
	want(t, r, 2, nil, []string{"that would print a database file on your terminal; redirect it: jobpost backup - > library.db"})
	if r.stdout != "" {
		t.Errorf("printed %d bytes on the terminal", len(r.stdout))
	}
}

func TestBackupOverSSHWritesStandardOutputOnly(t *testing.T) {
	lib := openLibrary(t)
	ana := lib.As("ana")
	p := fullPosting("Senior Backend Engineer")
	if err := ana.Save(p); err != nil {
		t.Fatal(err)
	}
	r := runRemote(t, ana, cmdEnv{}, "backup")
	want(t, r, 0, nil, []string{"backed up 1 draft (", "to standard output"})
	out := filepath.Join(t.TempDir(), "team.db")
	if err := os.WriteFile(out, []byte(r.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := openCopy(t, out)[p.ID]; got.CreatedBy != "ana" {
		t.Errorf("the backup's draft was created by %q, want ana", got.CreatedBy)
	}

	r = runRemote(t, ana, cmdEnv{terminal: true}, "backup")
	want(t, r, 2, nil, []string{"on your terminal; redirect it: ssh -p PORT HOST backup > library.db"})
	if r.stdout != "" || bytes.Contains([]byte(r.stderr), []byte("bolt")) {
		t.Errorf("over a pty: %v", r)
	}
	// The library is still open for everyone.
	if _, err := lib.List(); err != nil {
		t.Errorf("the library after a backup over SSH: %v", err)
	}
}

func TestBackupCompletesFileNames(t *testing.T) {
	r := runCmd(t, cmdEnv{}, "__complete", "backup", "")
	// :0 is cobra's default directive: the shell offers file names.
	if !strings.HasSuffix(strings.TrimSpace(strings.Split(r.stdout, "Completion ended")[0]), ":0") {
		t.Errorf("backup does not complete file names:\n%s", r.stdout)
	}
}
