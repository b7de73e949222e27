package postingeditor

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/components/form"
	"jobpost/ui/components/prose"
)

// paste takes pasted text into whatever input has focus, cleaned and cut
// to that input's room, and says so when it was cut.
func (e *Shell) paste(msg tea.PasteMsg) tea.Cmd {
	var room int
	var cmd tea.Cmd
	switch {
	case e.mode == formOpen:
		room = e.form.Room()
		var ev form.Event
		e.form, cmd, ev = e.form.Update(msg)
		if ev == form.Changed {
			cmd = tea.Batch(cmd, e.formChanged())
		}
	case e.mode == listOpen && e.list.Typing():
		room = e.list.Room()
		cmd = e.listMsg(msg)
	case e.mode == proseOpen:
		room = e.prose.Room()
		var res prose.Result
		e.prose, cmd, res = e.prose.Update(msg)
		cmd = tea.Batch(cmd, e.proseResult(res))
	case e.mode == pickerOpen:
		e.picker, cmd, _ = e.picker.Update(msg)
		return cmd
	default:
		return nil
	}
	if room < 0 || len(msg.Content) <= room || len([]rune(msg.Content)) <= room {
		return cmd
	}
	return tea.Batch(cmd, e.status.Info("The paste was cut to fit: at most "+strconv.Itoa(room)+" more characters here."))
}
