package drafts_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/drafts"
)

// homeWith10k returns the drafts page, hosted, with 10,000 drafts loaded
// from a real database.
func homeWith10k(b *testing.B) tea.Model { return homeWith10kAs(b, "") }

// homeWith10kAs is homeWith10k in user's session of a team library
// ("": a library of one), where another session is editing a draft.
func homeWith10kAs(b *testing.B, user string) tea.Model {
	b.Helper()
	c := uitest.NewCommon(b, common.Dark)
	if err := c.Store.Close(); err != nil {
		b.Fatal(err)
	}
	if err := storage.SeedForBench(c.Store.Path(), 10000, uitest.FixedNow); err != nil {
		b.Fatal(err)
	}
	store, err := storage.Open(c.Store.Path(), storage.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	c.Store = store
	if user != "" {
		c.Store, c.User = store.As(user), user
		list, err := store.List()
		if err != nil {
			b.Fatal(err)
		}
		if err := store.As("ben").Hold(list[1].ID); err != nil {
			b.Fatal(err)
		}
	}
	d := uitest.NewDriver(b, uitest.NewHost(drafts.New(c)), 100, 30)
	d.WantScreen("10000 postings")
	return d.Model
}

// BenchmarkDraftListFilter10k is one character typed into the drafts
// filter with 10,000 drafts: Update (which filters at once) and View.
// Target: no slower than the flat ui's 1.6–2.4 ms.
func BenchmarkDraftListFilter10k(b *testing.B) {
	m := homeWith10k(b)
	m, _ = m.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
	keys := []tea.Msg{tea.KeyPressMsg{Code: 'e', Text: "e"}, tea.KeyPressMsg{Code: tea.KeyBackspace}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(keys[i%2])
		_ = m.View()
	}
	b.StopTimer()
	if s := m.View().Content; !strings.Contains(s, "of 10000 postings") {
		b.Fatalf("not filtering:\n%s", s)
	}
}

// BenchmarkDraftListMove10k is the cursor moving down one draft with
// 10,000 drafts, Update and View. Target: ≤ 1 ms.
func BenchmarkDraftListMove10k(b *testing.B) { benchMove(b, homeWith10k(b)) }

// benchMove moves the cursor down and up, Update and View, b.N times.
func benchMove(b *testing.B, m tea.Model) tea.Model {
	keys := []tea.Msg{tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(keys[i%2])
		_ = m.View()
	}
	b.StopTimer()
	return m
}

// BenchmarkDraftListMoveTeam10k is BenchmarkDraftListMove10k in a team
// library: rows say who changed them, and one is marked as being edited.
func BenchmarkDraftListMoveTeam10k(b *testing.B) {
	m := benchMove(b, homeWith10kAs(b, "ana"))
	if s := m.View().Content; !strings.Contains(s, "✎ ben editing") {
		b.Fatalf("no draft marked as being edited:\n%s", s)
	}
}

// BenchmarkDraftListFilterMissing10k is the worst case of a key in the
// filter: a term no draft holds, so both passes (words, then letters in
// order) read all 10,000 drafts.
func BenchmarkDraftListFilterMissing10k(b *testing.B) {
	m := homeWith10k(b)
	for _, r := range "/qzx" {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	keys := []tea.Msg{tea.KeyPressMsg{Code: 'w', Text: "w"}, tea.KeyPressMsg{Code: tea.KeyBackspace}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(keys[i%2])
		_ = m.View()
	}
}
