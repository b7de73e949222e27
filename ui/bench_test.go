package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
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
