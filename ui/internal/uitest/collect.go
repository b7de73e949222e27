package uitest

import tea "charm.land/bubbletea/v2"

// Collect runs cmd (and the batches it holds) now and returns its
// messages undelivered, as Bubble Tea holds a slow answer: the test
// delivers them when it chooses (with Driver.Send), late.
func Collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, Collect(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}
