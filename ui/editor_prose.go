package ui

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
)

// Prose sections: summary, about the company, equal-opportunity
// statement. Typed in a textarea, or in $EDITOR with ctrl+e.

func (e *Editor) openProse() tea.Cmd {
	e.mode = modeProse
	e.area.SetValue(*proseOf(&e.posting, e.current().id))
	e.area.MoveToEnd()
	return e.area.Focus()
}

func (e *Editor) updateProse(km tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(km, e.keys.Done):
		e.mode = modeSections
		e.area.Blur()
		return nil
	case key.Matches(km, e.keys.External):
		return e.startExternal()
	}
	var cmd tea.Cmd
	e.area, cmd = e.area.Update(km)
	return tea.Batch(cmd, e.proseChanged())
}

// proseChanged applies the textarea's text, cleaned, when it differs.
func (e *Editor) proseChanged() tea.Cmd {
	id := e.current().id
	text := model.CleanText(e.area.Value())
	if text == *proseOf(&e.posting, id) {
		return nil
	}
	return e.edit(e.group("prose"), func(p *model.Posting) { *proseOf(p, id) = text })
}

func (e *Editor) proseView(w, h int) string {
	s := e.common.Styles
	head := s.Title.Render(e.current().name) +
		s.Faint.Render(" · "+strconv.Itoa(e.area.Length())+"/"+strconv.Itoa(proseCharLimit)+" · ctrl+e opens "+editorName(e.common.getenv()))
	return ansi.Truncate(head, w, "…") + "\n" + e.area.View()
}

// editorCommand is the user's editor: $VISUAL (the full-screen one, and
// this is a full screen), else $EDITOR, else vi. It may carry arguments
// ("code --wait").
func editorCommand(getenv func(string) string) []string {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if f := strings.Fields(getenv(v)); len(f) > 0 {
			return f
		}
	}
	return []string{"vi"}
}

func editorName(getenv func(string) string) string { return filepath.Base(editorCommand(getenv)[0]) }

type (
	// editorFileMsg: the text is in a temp file, ready for the editor.
	editorFileMsg struct {
		seq     int
		section sectionID
		path    string
		err     error
	}
	// editorExitedMsg: the editor has quit.
	editorExitedMsg struct {
		seq     int
		section sectionID
		path    string
		err     error
	}
	// editorTextMsg carries the text read back from the temp file.
	editorTextMsg struct {
		seq     int
		section sectionID
		text    string
		err     error
	}
)

// startExternal writes the text to a temp file (in a command: no I/O in
// Update); the editor runs when it is there.
func (e *Editor) startExternal() tea.Cmd {
	e.externalSeq++
	seq, id, text := e.externalSeq, e.current().id, e.area.Value()
	return func() tea.Msg {
		f, err := os.CreateTemp("", "jobpost-*.txt")
		if err != nil {
			return editorFileMsg{seq: seq, section: id, err: err}
		}
		_, err = f.WriteString(text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return editorFileMsg{seq: seq, section: id, path: f.Name(), err: err}
	}
}

// maxEditorBytes caps what is read back from the editor: a few times the
// prose limit, so a huge file cannot stall the program.
const maxEditorBytes = proseCharLimit * 4

func (e *Editor) updateExternal(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case editorFileMsg:
		if msg.err != nil {
			return tea.Batch(removeLater(msg.path), failure("Could not prepare the text for the editor: "+msg.err.Error()))
		}
		args := editorCommand(e.common.getenv())
		c := exec.Command(args[0], append(args[1:], msg.path)...)
		return tea.ExecProcess(c, func(err error) tea.Msg {
			return editorExitedMsg{seq: msg.seq, section: msg.section, path: msg.path, err: err}
		})
	case editorExitedMsg:
		path := msg.path
		if msg.err != nil {
			return tea.Batch(removeLater(path), failure("The editor ("+editorName(e.common.getenv())+") failed: "+msg.err.Error()))
		}
		return func() tea.Msg {
			defer os.Remove(path)
			f, err := os.Open(path)
			if err != nil {
				return editorTextMsg{seq: msg.seq, section: msg.section, err: err}
			}
			defer f.Close()
			b, err := io.ReadAll(io.LimitReader(f, maxEditorBytes+1))
			return editorTextMsg{seq: msg.seq, section: msg.section, text: string(b), err: err}
		}
	case editorTextMsg:
		if msg.err != nil {
			return failure("Could not read the text back: " + msg.err.Error())
		}
		text := cleanProsePaste(msg.text, proseCharLimit)
		note := success("Text from " + editorName(e.common.getenv()) + " is in")
		if len(msg.text) > maxEditorBytes || len([]rune(model.CleanText(msg.text))) > proseCharLimit {
			note = info("Text from " + editorName(e.common.getenv()) + " was cut to " + strconv.Itoa(proseCharLimit) + " characters")
		}
		id := msg.section
		cmd := e.edit("", func(p *model.Posting) { *proseOf(p, id) = text })
		if e.mode == modeProse && e.current().id == id {
			e.area.SetValue(text)
			e.area.MoveToEnd()
		}
		return tea.Batch(cmd, note)
	}
	return nil
}

func removeLater(path string) tea.Cmd {
	if path == "" {
		return nil
	}
	return func() tea.Msg { os.Remove(path); return nil }
}
