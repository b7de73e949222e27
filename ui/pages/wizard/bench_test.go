package wizard

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
)

// BenchmarkWizardKeystroke is one key in the skills step, Update and View
// of the page, as the root runs them. Target: ≤ 1 ms (0.15–0.25 ms for the
// whole app before the reshape).
func BenchmarkWizardKeystroke(b *testing.B) {
	benchKeys(b, []string{"enter", "enter"},
		tea.KeyPressMsg{Code: tea.KeyDown},
		tea.KeyPressMsg{Code: 'm', Text: "m"},
		tea.KeyPressMsg{Code: tea.KeyDown},
		tea.KeyPressMsg{Code: tea.KeyUp},
	)
}

// BenchmarkWizardFilterKeystroke is one character typed into the skills
// filter, Update and View.
func BenchmarkWizardFilterKeystroke(b *testing.B) {
	benchKeys(b, []string{"enter", "enter", "/"},
		tea.KeyPressMsg{Code: 'p', Text: "p"},
		tea.KeyPressMsg{Code: tea.KeyBackspace},
	)
}

// benchKeys takes the wizard to the skills step with before, then times
// Update and View of keys, in turn. The page gets the room the root
// leaves it in a 100×30 terminal.
func benchKeys(b *testing.B, before []string, keys ...tea.Msg) {
	d := startWizard(b, common.Dark, 100, 27)
	d.Keys(before...)
	d.WantScreen("Step 3/5")
	var page common.Page = d.page
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		page, _ = page.Update(keys[i%len(keys)])
		_ = page.View()
	}
}
