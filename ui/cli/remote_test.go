package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jobpost/data"
	"jobpost/model"
	"jobpost/storage"
)

// These tests run commands as jobpost serve does: RemoteMain on a
// session's handle of a library the test keeps open, as the server would.

// openLibrary opens a new library, closed when the test ends.
func openLibrary(t *testing.T) *storage.Store {
	t.Helper()
	lib, err := storage.Open(filepath.Join(t.TempDir(), "team.db"), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// runRemote runs a command over "SSH" as the user of the handle.
func runRemote(t *testing.T, handle *storage.Store, e cmdEnv, args ...string) cmdResult {
	t.Helper()
	env, result := testEnv(t, e)
	return result(RemoteMain(args, env, remoteOn(t, handle)))
}

// remoteOn is the server's world for the handle's user: the built-in
// catalog and rules.
func remoteOn(t *testing.T, handle *storage.Store) Remote {
	t.Helper()
	cat, err := data.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := data.BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	return Remote{Store: handle, Catalog: cat, Rules: rules, User: handle.User()}
}

func TestRemoteCommandsWorkOnTheSessionsLibrary(t *testing.T) {
	lib := openLibrary(t)
	ana, bob := lib.As("ana"), lib.As("bob")
	p := fullPosting("Senior Backend Engineer")
	if err := ana.Save(p); err != nil {
		t.Fatal(err)
	}

	want(t, runRemote(t, bob, cmdEnv{}, "list"), 0, []string{p.ID, "Senior Backend Engineer", "by ana"}, nil)
	r := runRemote(t, bob, cmdEnv{}, "show", p.ID[:6])
	want(t, r, 0, []string{"# Senior Backend Engineer"}, []string{"created and last changed by ana"})
	r = runRemote(t, bob, cmdEnv{}, "export", p.ID, "--format", "json")
	want(t, r, 0, []string{`"title": "Senior Backend Engineer"`}, nil)
	r = runRemote(t, bob, cmdEnv{}, "check", p.ID)
	if r.status > 1 || !strings.Contains(r.stdout, p.ID) {
		t.Errorf("check over SSH:\n%v", r)
	}

	// import reads standard input; what it stores names the user.
	r = runRemote(t, bob, cmdEnv{stdin: `{"title": "Staff Data Engineer"}`}, "import")
	want(t, r, 0, []string{"Staff Data Engineer", "imported 1 posting into the team library"}, nil)
	if strings.Contains(r.stdout, lib.Path()) {
		t.Errorf("import named the server's file:\n%v", r)
	}
	list, err := lib.List()
	if err != nil {
		t.Fatalf("the library is not usable after the commands: %v", err)
	}
	var imported int
	for _, s := range list {
		if s.Title == "Staff Data Engineer" {
			imported++
			if s.CreatedBy != "bob" || s.UpdatedBy != "bob" {
				t.Errorf("imported draft by %q / %q, want bob", s.CreatedBy, s.UpdatedBy)
			}
		}
	}
	if imported != 1 {
		t.Errorf("%d imported drafts stored", imported)
	}
	want(t, runRemote(t, bob, cmdEnv{stdin: `{"title": "Piped"}`}, "import", "-"), 0, []string{"imported 1 posting"}, nil)

	// new and posted write as the user.
	r = runRemote(t, ana, cmdEnv{}, "new", "--title", "Platform Engineer")
	want(t, r, 0, nil, nil)
	id := strings.TrimSpace(r.stdout)
	want(t, runRemote(t, bob, cmdEnv{}, "posted", id, "--board", "LinkedIn"), 0, []string{"posted on LinkedIn"}, nil)
	got, err := lib.Get(id)
	if err != nil || got.CreatedBy != "ana" || got.UpdatedBy != "bob" || len(got.Posted) != 1 {
		t.Errorf("after new by ana and posted by bob: created %q, updated %q, posted %v (%v)", got.CreatedBy, got.UpdatedBy, got.Posted, err)
	}
}

func TestRemoteRefusesWhatWouldTouchTheServer(t *testing.T) {
	lib := openLibrary(t)
	ana := lib.As("ana")
	p := fullPosting("Senior Backend Engineer")
	if err := ana.Save(p); err != nil {
		t.Fatal(err)
	}
	offered := "these are: backup, check, copy, export, help, import, list, new, posted, show, version"
	for _, args := range [][]string{
		{"delete", p.ID}, {"purge", p.ID}, {"trash"}, {"compact"}, {"check-db"}, {"completion", "bash"}, {"man"},
		{"serve"}, {"catalog"}, {"__complete", "show", ""}, {"--theme", "dark", "compact"}, {"delete", "--force"},
	} {
		r := runRemote(t, ana, cmdEnv{}, args...)
		want(t, r, 2, nil, []string{"is not available over SSH", offered})
		if r.stdout != "" {
			t.Errorf("%v printed %q", args, r.stdout)
		}
	}
	want(t, runRemote(t, ana, cmdEnv{}, "lsit"), 2, nil, []string{"'lsit' is not a jobpost command; these are:", "Did you mean list?"})

	elsewhere := filepath.Join(t.TempDir(), "other.db")
	file := filepath.Join(t.TempDir(), "out.html")
	input := filepath.Join(t.TempDir(), "in.json")
	if err := os.WriteFile(input, []byte(`{"title": "From The Server's Disk"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"--db", elsewhere, "list"}, "no --db"},
		{[]string{"list", "--db", elsewhere}, "no --db"},
		{[]string{"list", "--catalog", input}, "no --catalog"},
		{[]string{"export", p.ID, "--format", "html", "-o", file}, "export writes to standard output"},
		{[]string{"export", p.ID, "--format", "html", "--output=" + file, "--force"}, "export writes to standard output"},
		{[]string{"export", p.ID, t.TempDir()}, "export writes to standard output"},
		{[]string{"import", input}, "over SSH, import reads standard input: ssh -p PORT HOST import < postings.json"},
		{[]string{"show", p.ID, "--pager"}, "cannot start a pager on the server"},
		{[]string{"backup", file}, "backup writes to standard output"},
		{[]string{"backup", "--force"}, "backup writes to standard output"},
	} {
		r := runRemote(t, ana, cmdEnv{vars: map[string]string{"PAGER": "touch " + file}}, tc.args...)
		want(t, r, 2, nil, []string{tc.says})
	}
	for _, path := range []string{elsewhere, file} {
		if _, err := os.Stat(path); err == nil {
			t.Errorf("a command over SSH wrote %s on the server", path)
		}
	}
	if list, _ := lib.List(); len(list) != 1 {
		t.Errorf("the library holds %d drafts, want the one", len(list))
	}

	// Help over SSH lists what is offered, and no flag that names a file.
	r := runRemote(t, ana, cmdEnv{}, "help")
	want(t, r, 0, []string{"ssh -p PORT HOST <command>", "backup", "posted", "--theme"}, nil)
	for _, absent := range []string{"delete", "completion", "compact", "--db", "--catalog", "jobpost import"} {
		if strings.Contains(r.stdout, absent) {
			t.Errorf("help over SSH mentions %q:\n%s", absent, r.stdout)
		}
	}
	r = runRemote(t, ana, cmdEnv{}, "export", "--help")
	want(t, r, 0, []string{"Usage:\n  ssh -p PORT HOST export", "> posting.html"}, nil)
	if strings.Contains(r.stdout, "--output") || strings.Contains(r.stdout, "--db") {
		t.Errorf("export's help over SSH offers a file:\n%s", r.stdout)
	}
	want(t, runRemote(t, ana, cmdEnv{}, "version"), 0, []string{"jobpost "}, nil)
	want(t, runRemote(t, ana, cmdEnv{}), 2, nil, []string{"name a command"})
}

func TestRemoteCopyReachesOnlyTheUsersTerminal(t *testing.T) {
	lib := openLibrary(t)
	ana := lib.As("ana")
	p := fullPosting("Senior Backend Engineer")
	if err := ana.Save(p); err != nil {
		t.Fatal(err)
	}
	// Clipboard tools and tmux on the server's PATH would leave a mark if
	// run.
	bin, marks := t.TempDir(), t.TempDir()
	for _, name := range []string{"wl-copy", "xclip", "xsel", "pbcopy", "tmux"} {
		script := "#!/bin/sh\ntouch '" + filepath.Join(marks, name) + "'\n"
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	tty := &ttyBuffer{}
	vars := map[string]string{"PATH": bin, "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "TMUX": "/tmp/tmux-0/default,1,0"}
	r := runRemote(t, ana, cmdEnv{tty: tty, vars: vars}, "copy", p.ID)
	want(t, r, 0, nil, []string{"via the terminal (OSC 52)"})
	if got := osc52Payload(t, tty.String()); got != p.PlainText(0) {
		t.Errorf("OSC 52 carried %q", got)
	}
	if ran := dirNames(t, marks); len(ran) > 0 {
		t.Errorf("copy over SSH ran %v on the server", ran)
	}

	// Without a terminal it says what to do instead, and still runs nothing.
	r = runRemote(t, ana, cmdEnv{vars: vars}, "copy", p.ID)
	want(t, r, 1, nil, []string{"could not copy", "export"})
	if ran := dirNames(t, marks); len(ran) > 0 {
		t.Errorf("copy over SSH ran %v on the server", ran)
	}
}

func TestRemoteListSaysWhoAndFiltersMine(t *testing.T) {
	lib := openLibrary(t)
	ana, bob := lib.As("ana"), lib.As("bob")
	byAna := posting("", "Written By Ana", "senior")
	byBob := posting("", "Written By Bob", "junior")
	changedByBob := posting("", "Started By Ana", "mid")
	nobodys := posting("", "From Before The Team", "senior")
	mustSave := func(h *storage.Store, p *model.Posting) {
		t.Helper()
		if err := h.Save(*p); err != nil {
			t.Fatal(err)
		}
		saved, err := h.Get(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		*p = saved
	}
	mustSave(ana, &byAna)
	mustSave(bob, &byBob)
	mustSave(ana, &changedByBob)
	changedByBob.Summary = "Changed by Bob."
	mustSave(bob, &changedByBob)
	mustSave(lib, &nobodys)

	r := runRemote(t, ana, cmdEnv{}, "list")
	lines := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		lines[strings.Fields(l)[0]] = l
	}
	for id, by := range map[string]string{byAna.ID: "by ana", byBob.ID: "by bob", changedByBob.ID: "by bob"} {
		if !strings.HasSuffix(lines[id], by) {
			t.Errorf("line of %s is %q, want it to end %q", id, lines[id], by)
		}
	}
	if l := lines[nobodys.ID]; !strings.HasSuffix(l, "  -") {
		t.Errorf("a draft by nobody reads %q", l)
	}

	r = runRemote(t, ana, cmdEnv{}, "list", "--mine")
	want(t, r, 0, []string{byAna.ID, changedByBob.ID}, nil)
	for _, id := range []string{byBob.ID, nobodys.ID} {
		if strings.Contains(r.stdout, id) {
			t.Errorf("ana's drafts include %s:\n%s", id, r.stdout)
		}
	}
	r = runRemote(t, bob, cmdEnv{}, "list", "--mine", "--json")
	var entries []listEntry
	if err := json.Unmarshal([]byte(r.stdout), &entries); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(entries) != 2 {
		t.Fatalf("bob's drafts: %+v", entries)
	}
	for _, e := range entries {
		if e.UpdatedBy != "bob" {
			t.Errorf("bob's draft %s last changed by %q", e.ID, e.UpdatedBy)
		}
	}
	want(t, runRemote(t, lib.As("cem"), cmdEnv{terminal: true}, "list", "--mine"), 0, nil, []string{"None of the drafts is yours yet"})

	// Locally, list has neither the column nor the flag.
	r = runCmd(t, cmdEnv{}, "--db", lib.Path(), "list")
	want(t, r, 0, []string{byAna.ID}, nil)
	if strings.Contains(r.stdout, "by ana") {
		t.Errorf("local list shows who:\n%s", r.stdout)
	}
	want(t, runCmd(t, cmdEnv{}, "--db", lib.Path(), "list", "--mine"), 2, nil, []string{"unknown flag: --mine"})
}

func TestRemoteWriteToAHeldDraftSaysWhoIsEditing(t *testing.T) {
	lib := openLibrary(t)
	ana, bob := lib.As("ana"), lib.As("bob")
	p := fullPosting("Senior Backend Engineer")
	if err := ana.Save(p); err != nil {
		t.Fatal(err)
	}
	if err := ana.Hold(p.ID); err != nil {
		t.Fatal(err)
	}
	r := runRemote(t, bob, cmdEnv{}, "posted", p.ID, "--board", "LinkedIn")
	want(t, r, 1, nil, []string{"jobpost: ana is editing this draft; try again when they are done\n"})
	if got, _ := lib.Get(p.ID); len(got.Posted) != 0 || got.UpdatedBy != "ana" {
		t.Errorf("a held draft was changed: posted %v, by %q", got.Posted, got.UpdatedBy)
	}
	// Reading it is fine; once ana is done, the write goes through.
	want(t, runRemote(t, bob, cmdEnv{}, "show", p.ID), 0, []string{"Senior Backend Engineer"}, nil)
	ana.Release(p.ID)
	want(t, runRemote(t, bob, cmdEnv{}, "posted", p.ID, "--board", "LinkedIn"), 0, nil, nil)

	// Ana in another terminal is told it is herself.
	if err := ana.Hold(p.ID); err != nil {
		t.Fatal(err)
	}
	r = runRemote(t, lib.As("ana"), cmdEnv{}, "posted", p.ID, "--board", "Indeed")
	want(t, r, 1, nil, []string{"you are editing this draft in another session"})
}
