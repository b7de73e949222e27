package prose

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"jobpost/internal/scratch"
	"jobpost/model"
	"jobpost/ui/common"
)

// The $EDITOR round trip: the text goes to a temp file (in a command: no
// I/O in Update), the editor runs on it through tea.ExecProcess, and the
// file is read back, cleaned and cut to the limit. Each message is
// addressed to the page, so an answer dies with it.
type (
	fileReadyMsg struct {
		common.To
		trip
		path string
		err  error
	}
	editorExitedMsg struct {
		common.To
		trip
		path string
		err  error
	}
	textBackMsg struct {
		common.To
		trip
		text string
		cut  bool // the file was longer than was read
		err  error
	}
)

// trip is what every message of one round trip carries: its number, the
// section and limit the text is for, and the text as it was handed over
// (an editor that changes nothing is told apart).
type trip struct {
	n, section, limit int
	sent              string
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

func (m *Model) startExternal() tea.Cmd {
	m.trip++
	text := m.area.Value()
	t := trip{n: m.trip, section: m.section, limit: m.area.CharLimit, sent: text}
	to, dir := common.To{Page: m.owner}, m.ScratchDir
	return func() tea.Msg {
		// In jobpost's private folder, which also clears away what a
		// crashed jobpost left there. The file ends with a line break,
		// as text files do: a line an editor or a script appends starts
		// on a line of its own.
		path, err := scratch.Create(dir, strings.TrimRight(text, "\n")+"\n")
		return fileReadyMsg{To: to, trip: t, path: path, err: err}
	}
}

func (m *Model) external(msg tea.Msg) (tea.Cmd, Result) {
	status := common.Status{Page: m.owner}
	name := editorName(m.c.Env)
	switch msg := msg.(type) {
	case fileReadyMsg:
		if msg.n != m.trip {
			// ctrl+e pressed again before the file was ready: one
			// editor is enough.
			return removeLater(msg.path), Result{}
		}
		if msg.err != nil {
			return tea.Batch(removeLater(msg.path), status.Failure("Could not prepare the text for the editor: "+common.ErrorText(msg.err))), Result{}
		}
		args := editorCommand(m.c.Env)
		c := exec.Command(args[0], append(args[1:], msg.path)...)
		to, t, path := msg.To, msg.trip, msg.path
		return tea.ExecProcess(c, func(err error) tea.Msg {
			return editorExitedMsg{To: to, trip: t, path: path, err: err}
		}), Result{}
	case editorExitedMsg:
		if msg.err != nil {
			return tea.Batch(removeLater(msg.path), status.Failure("The editor ("+name+") failed: "+common.ErrorText(msg.err))), Result{}
		}
		to, t, path := msg.To, msg.trip, msg.path
		return func() tea.Msg {
			defer os.Remove(path)
			f, err := os.Open(path)
			if err != nil {
				return textBackMsg{To: to, trip: t, err: err}
			}
			defer f.Close()
			// Four bytes a character at most: a huge file cannot stall
			// the program.
			most := int64(t.limit) * utf8.UTFMax
			b, err := io.ReadAll(io.LimitReader(f, most+1))
			return textBackMsg{To: to, trip: t, text: string(b), cut: int64(len(b)) > most, err: err}
		}, Result{}
	case textBackMsg:
		if msg.n != m.trip {
			// An older round trip (the editor was opened again, say from
			// another section, before this one came back): its text
			// would overwrite the newer one's.
			return nil, Result{}
		}
		if msg.err != nil {
			return status.Failure("Could not read the text back: " + common.ErrorText(msg.err)), Result{}
		}
		// As written, with any line breaks (CR, CRLF, LF), but for the
		// break every text file ends with.
		back := lineBreaks(msg.text)
		back = strings.TrimSuffix(back, "\n")
		if model.CleanText(back) == model.CleanText(msg.sent) {
			return status.Info("No change from " + name), Result{}
		}
		text := cleanPaste(back, msg.limit)
		note := status.Success("Text from " + name + " is in")
		if msg.cut || utf8.RuneCountInString(model.CleanText(back)) > msg.limit {
			note = status.Info("Text from " + name + " was cut to " + model.Thousands(msg.limit) + " characters")
		}
		if m.open && m.section == msg.section {
			m.area.SetValue(text)
		}
		return note, Result{Event: Edited, Section: msg.section, Text: model.CleanText(text)}
	}
	return nil, Result{}
}

func removeLater(path string) tea.Cmd {
	if path == "" {
		return nil
	}
	return func() tea.Msg { os.Remove(path); return nil }
}
