package autosave_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
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

func TestMain(m *testing.M) {
	autosave.Delay, autosave.Retry = time.Millisecond, time.Millisecond
	m.Run()
}

// Only the newest change is written, and a save of an older generation
// landing while a newer change waits does not count as everything saved.
func TestAutosaveOlderSaveIsNotLanded(t *testing.T) {
	var saved []string
	owner := common.NewPageID()
	s := autosave.New(owner, "draft-1", func(p model.Posting) error { saved = append(saved, p.Title); return nil })
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
	if strings.Join(saved, ",") != "a,a,ab" {
		t.Fatalf("saved %q", saved)
	}
}

// A failed save is reported, marked failing and retried.
func TestAutosaveFailureRetried(t *testing.T) {
	fail := true
	s := autosave.New(common.NewPageID(), "p", func(model.Posting) error {
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

// The saver draws nothing: its golden is the status line a failed save
// puts up, as the page shows it.
func TestAutosaveGolden(t *testing.T) {
	s := autosave.New(common.NewPageID(), "p", func(model.Posting) error { return errors.New("disk full") })
	run(s.Changed())
	res := run(s.SaveNow(model.Posting{}))[0].(autosave.SavedMsg)
	for _, m := range run(s.Saved(res)) {
		if st, ok := m.(common.StatusMsg); ok {
			uitest.Golden(t, st.Text)
		}
	}
}
