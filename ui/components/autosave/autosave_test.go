package autosave_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/components/autosave"
	"jobpost/ui/internal/uitest"
)

// run runs cmd and the batch it may hold, returning the messages.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// Only the newest change is written, and a save of an older generation
// landing while a newer change waits does not count as everything saved.
func TestAutosaveOlderSaveIsNotLanded(t *testing.T) {
	var saved []string
	owner := common.NewPageID()
	s := autosave.New(newCommon(t), owner, "draft-1", func(p model.Posting) error { saved = append(saved, p.Title); return nil })
	old := run(s.Changed())[0].(autosave.DueMsg)
	if run(s.Due(old, model.Posting{Title: "a"})) == nil {
		t.Fatal("the newest change was not saved")
	}
	first := run(s.SaveNow(model.Posting{Title: "a"}))[0].(autosave.SavedMsg)
	due := run(s.Changed())[0].(autosave.DueMsg)
	if run(s.Due(old, model.Posting{Title: "ab"})) != nil {
		t.Fatal("an older change's timer saved")
	}
	s.Saved(first)
	if s.Landed(first) || !s.Dirty() {
		t.Fatal("an older save counted as everything saved")
	}
	second := run(s.Due(due, model.Posting{Title: "ab"}))[0].(autosave.SavedMsg)
	s.Saved(second)
	if !s.Landed(second) || s.Dirty() || second.Title() != "ab" || second.Addressee() != owner {
		t.Fatalf("newest save: landed %v dirty %v %q", s.Landed(second), s.Dirty(), second.Title())
	}
	// The second save of "a" found it on disk already and wrote nothing.
	if strings.Join(saved, ",") != "a,ab" {
		t.Fatalf("saved %q", saved)
	}
}

// A failed save is reported, marked failing and retried.
func TestAutosaveFailureRetried(t *testing.T) {
	fail := true
	s := autosave.New(newCommon(t), common.NewPageID(), "p", func(model.Posting) error {
		if fail {
			return errors.New("disk full")
		}
		return nil
	})
	run(s.Changed())
	res := run(s.SaveNow(model.Posting{}))[0].(autosave.SavedMsg)
	if res.SaveErr() == nil {
		t.Fatal("no error")
	}
	var status common.StatusMsg
	var retry autosave.DueMsg
	for _, m := range run(s.Saved(res)) {
		switch m := m.(type) {
		case common.StatusMsg:
			status = m
		case autosave.DueMsg:
			retry = m
		}
	}
	if !s.Failing() || !strings.Contains(status.Text, "disk full") {
		t.Fatalf("failing %v, status %q", s.Failing(), status.Text)
	}
	fail = false
	again := run(s.Due(retry, model.Posting{}))[0].(autosave.SavedMsg)
	s.Saved(again)
	if s.Failing() || s.Dirty() {
		t.Fatal("the retry did not land")
	}
}

func newCommon(t *testing.T) *common.Common {
	c := uitest.NewCommon(t, common.Dark)
	c.Timing.AutosaveDelay, c.Timing.AutosaveRetry = time.Millisecond, time.Millisecond
	return c
}

// Two saves in flight at once (the timer's and one asked for on leaving)
// may reach the disk in either order: the newest change must win, and the
// saver must not call a change saved that the disk does not hold.
func TestAutosaveNewestWinsWhenWritesCross(t *testing.T) {
	var disk string
	s := autosave.New(newCommon(t), common.NewPageID(), "p", func(p model.Posting) error { disk = p.Title; return nil })
	run(s.Changed())
	older := s.SaveNow(model.Posting{Title: "one"})
	run(s.Changed())
	newer := s.SaveNow(model.Posting{Title: "one two"})
	// The newer write runs first; the older one lands after it.
	second := newer().(autosave.SavedMsg)
	first := older().(autosave.SavedMsg)
	s.Saved(second)
	s.Saved(first)
	if disk != "one two" || s.Dirty() {
		t.Fatalf("disk holds %q, dirty %v: want the newest change, saved", disk, s.Dirty())
	}
}

// An older save that failed after a newer one landed is old news: nothing
// is unsaved, and the user is not told otherwise.
func TestAutosaveStaleFailureIgnored(t *testing.T) {
	fail := true
	s := autosave.New(newCommon(t), common.NewPageID(), "p", func(model.Posting) error {
		if fail {
			fail = false
			return errors.New("disk full")
		}
		return nil
	})
	run(s.Changed())
	older := s.SaveNow(model.Posting{Title: "a"})().(autosave.SavedMsg)
	run(s.Changed())
	newer := s.SaveNow(model.Posting{Title: "ab"})().(autosave.SavedMsg)
	s.Saved(newer)
	if msgs := run(s.Saved(older)); len(msgs) != 0 || s.Failing() || s.Dirty() {
		t.Fatalf("stale failure: messages %v, failing %v, dirty %v", msgs, s.Failing(), s.Dirty())
	}
}

// A failed save puts up exactly one status message for its page, which
// says why and that it is being retried — in words, never with the
// draft's id that storage errors carry.
func TestAutosaveFailureSaysWhy(t *testing.T) {
	owner := common.NewPageID()
	s := autosave.New(newCommon(t), owner, "p", func(model.Posting) error {
		return fmt.Errorf("save draft ttabsdilwnioa4fq: %w", errors.New("disk full"))
	})
	run(s.Changed())
	res := run(s.SaveNow(model.Posting{}))[0].(autosave.SavedMsg)
	var statuses []common.StatusMsg
	for _, m := range run(s.Saved(res)) {
		if st, ok := m.(common.StatusMsg); ok {
			statuses = append(statuses, st)
		}
	}
	if len(statuses) != 1 || statuses[0].Page != owner || !strings.Contains(statuses[0].Text, "disk full") ||
		!strings.Contains(statuses[0].Text, "trying again") || strings.Contains(statuses[0].Text, "ttabsdilwnioa4fq") {
		t.Fatalf("status messages %+v", statuses)
	}
}

// A command in another terminal changed the draft while it was open: the
// text being typed is saved over it, the other stays among the versions,
// and the user is told.
func TestAutosaveKeepsTheTypedTextOverAnotherJobpostsChange(t *testing.T) {
	c := newCommon(t)
	p := model.New(uitest.FixedNow)
	p.Title = "Mine"
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Store.Get(p.ID); err != nil {
		t.Fatal(err)
	}
	other, err := storage.Open(c.Store.Path(), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	theirs := p.Clone()
	theirs.Title = "Theirs"
	if err := other.Save(theirs); err != nil {
		t.Fatal(err)
	}

	owner := common.NewPageID()
	s := autosave.ForDraft(c, owner, p.ID)
	run(s.Changed())
	p.Title = "Mine, typed"
	res := run(s.SaveNow(p))[0].(autosave.SavedMsg)
	if res.SaveErr() != nil {
		t.Fatalf("save: %v", res.SaveErr())
	}
	var told bool
	for _, m := range run(s.Saved(res)) {
		if st, ok := m.(common.StatusMsg); ok && strings.Contains(st.Text, "Another jobpost") {
			told = true
		}
	}
	got, err := c.Store.Get(p.ID)
	if err != nil || got.Title != "Mine, typed" || s.Dirty() || !told {
		t.Fatalf("stored %q (%v), dirty %v, told %v", got.Title, err, s.Dirty(), told)
	}
	revs, err := c.Store.Revisions(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range revs {
		found = found || r.Posting.Title == "Theirs"
	}
	if !found {
		t.Fatal("the other jobpost's change is not among the versions")
	}
}
