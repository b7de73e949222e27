package ui

import (
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"jobpost/storage"
)

// BenchmarkWizardKeystroke is one key in the skills step, Update and View
// of the whole app, as Bubble Tea runs them. Target: ≤ 1 ms.
func BenchmarkWizardKeystroke(b *testing.B) {
	d := newDriver(b, New(newTestCommon(b, Dark)), 100, 30)
	d.keys("n", "enter", "enter")
	d.wantScreen("Step 3/5")
	keys := []tea.Msg{
		tea.KeyPressMsg{Code: tea.KeyDown},
		tea.KeyPressMsg{Code: 'm', Text: "m"},
		tea.KeyPressMsg{Code: tea.KeyDown},
		tea.KeyPressMsg{Code: tea.KeyUp},
	}
	m := d.m
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkWizardFilterKeystroke is one character typed into the skills
// filter, Update and View.
func BenchmarkWizardFilterKeystroke(b *testing.B) {
	d := newDriver(b, New(newTestCommon(b, Dark)), 100, 30)
	d.keys("n", "enter", "enter", "/")
	keys := []tea.Msg{
		tea.KeyPressMsg{Code: 'p', Text: "p"},
		tea.KeyPressMsg{Code: tea.KeyBackspace},
	}
	m := d.m
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(keys[i%len(keys)])
		_ = m.View()
	}
}

// homeWith10k returns the app on the drafts screen with 10,000 drafts
// loaded from a real database.
func homeWith10k(b *testing.B) tea.Model {
	b.Helper()
	c := newTestCommon(b, Dark)
	if err := c.Store.Close(); err != nil {
		b.Fatal(err)
	}
	if err := storage.SeedForBench(c.Store.Path(), 10000, fixedNow); err != nil {
		b.Fatal(err)
	}
	store, err := storage.Open(c.Store.Path(), storage.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	c.Store = store
	d := newDriver(b, New(c), 100, 30)
	if n := len(d.app().screen.(*DraftList).list.Items()); n != 10000 {
		b.Fatalf("%d drafts loaded", n)
	}
	return d.m
}

// filterSettled runs the commands an Update returned, all at once as
// Bubble Tea does, until the list's filter results arrive, and feeds them
// back. Other commands (the cursor's blink timer) are left running.
func filterSettled(b *testing.B, m tea.Model, cmd tea.Cmd) tea.Model {
	results := make(chan tea.Msg, 16)
	var start func(tea.Cmd)
	start = func(c tea.Cmd) {
		if c != nil {
			go func() { results <- c() }()
		}
	}
	start(cmd)
	deadline := time.After(5 * time.Second)
	for {
		select {
		case msg := <-results:
			switch msg := msg.(type) {
			case tea.BatchMsg:
				for _, c := range msg {
					start(c)
				}
			case list.FilterMatchesMsg:
				m, _ = m.Update(msg)
				return m
			}
		case <-deadline:
			b.Fatal("no filter results")
		}
	}
}

// BenchmarkDraftListFilter10k is one character typed into the drafts
// filter with 10,000 drafts: Update, the fuzzy match it starts, and View.
// Target: ≤ 5 ms.
func BenchmarkDraftListFilter10k(b *testing.B) {
	m := homeWith10k(b)
	m, _ = m.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
	keys := []tea.Msg{tea.KeyPressMsg{Code: 'e', Text: "e"}, tea.KeyPressMsg{Code: tea.KeyBackspace}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		var cmd tea.Cmd
		m, cmd = m.Update(keys[i%2])
		m = filterSettled(b, m, cmd)
		_ = m.View()
	}
}

// BenchmarkDraftListMove10k is the cursor moving down one draft with
// 10,000 drafts, Update and View. Target: ≤ 1 ms.
func BenchmarkDraftListMove10k(b *testing.B) {
	m := homeWith10k(b)
	keys := []tea.Msg{tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(keys[i%2])
		_ = m.View()
	}
}
