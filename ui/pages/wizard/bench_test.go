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
	b.Run("skills", benchSkillsKeystroke)
	// A letter typed into the details form and taken back: the form is
	// checked and the posting autosaved on each.
	b.Run("details", func(b *testing.B) {
		benchKeys(b, []string{"enter", "enter", "enter", "enter"}, "Step 5/6",
			tea.KeyPressMsg{Code: 'x', Text: "x"},
			tea.KeyPressMsg{Code: tea.KeyBackspace},
		)
	})
	// The same in the country field, where each key also searches the
	// ISO 3166 list.
	b.Run("details-country", func(b *testing.B) {
		benchKeys(b, []string{"enter", "enter", "enter", "enter", "tab", "tab", "g", "e"}, "Countries",
			tea.KeyPressMsg{Code: 'r', Text: "r"},
			tea.KeyPressMsg{Code: tea.KeyBackspace},
		)
	})
}

func benchSkillsKeystroke(b *testing.B) {
	benchKeys(b, []string{"enter", "enter"}, "Step 3/6",
		tea.KeyPressMsg{Code: tea.KeyDown},
		tea.KeyPressMsg{Code: 'm', Text: "m"},
		tea.KeyPressMsg{Code: tea.KeyDown},
		tea.KeyPressMsg{Code: tea.KeyUp},
	)
}

// BenchmarkWizardFilterKeystroke is one character typed into the skills
// filter, Update and View.
func BenchmarkWizardFilterKeystroke(b *testing.B) {
	benchKeys(b, []string{"enter", "enter", "/"}, "Step 3/6",
		tea.KeyPressMsg{Code: 'p', Text: "p"},
		tea.KeyPressMsg{Code: tea.KeyBackspace},
	)
}

// benchKeys takes the wizard to a step with before (want on screen), then times
// Update and View of keys, in turn. The page gets the room the root
// leaves it in a 100×30 terminal.
func benchKeys(b *testing.B, before []string, want string, keys ...tea.Msg) {
	d := startWizard(b, common.Dark, 100, 27)
	d.Keys(before...)
	d.WantScreen(want)
	var page common.Page = d.page
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		page, _ = page.Update(keys[i%len(keys)])
		_ = page.View()
	}
}
