package postingeditor

import (
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/components/form"
	"jobpost/ui/components/prose"
)

// paste takes pasted text into whatever input has focus, cleaned and cut
// to that input's room, and says so when it was cut.
func (e *Shell) paste(msg tea.PasteMsg) tea.Cmd {
	var room, limit int
	var cmd tea.Cmd
	switch {
	case e.readOnly != "":
		return e.refuse()
	case e.mode == formOpen:
		room, limit = e.form.Room(), e.form.Limit()
		var ev form.Event
		e.form, cmd, ev = e.form.Update(msg)
		if ev == form.Changed {
			cmd = tea.Batch(cmd, e.formChanged())
		}
		return tea.Batch(cmd, e.pasteNote(msg, room, e.form.Room(), limit))
	case e.mode == listOpen && e.list.Typing():
		room, limit = e.list.Room(), e.list.Limit()
		cmd = e.listMsg(msg)
		if !e.list.Typing() {
			return cmd // lines of their own: the list says what it added
		}
		return tea.Batch(cmd, e.pasteNote(msg, room, e.list.Room(), limit))
	case e.mode == proseOpen:
		room, limit = e.prose.Room(), e.prose.Limit()
		var res prose.Result
		e.prose, cmd, res = e.prose.Update(msg)
		return tea.Batch(cmd, e.proseResult(res), e.pasteNote(msg, room, e.prose.Room(), limit))
	case e.mode == pickerOpen:
		e.picker, cmd, _ = e.picker.Update(msg)
		return cmd
	}
	return nil
}

// pasteNote says when a paste did not all go in: the field was full
// (room before it is 0), or it is now and there was more. A choice has
// no room (-1) and takes no text.
func (e *Shell) pasteNote(msg tea.PasteMsg, before, after, limit int) tea.Cmd {
	n := model.Thousands(limit)
	switch {
	case before < 0 || msg.Content == "":
	case before == 0:
		return e.say(e.status.Info("This field is full (" + n + " characters)"))
	case after == 0 && utf8.RuneCountInString(msg.Content) > before:
		return e.say(e.status.Info("Pasted text cut to fit the " + n + "-character limit"))
	}
	return nil
}
