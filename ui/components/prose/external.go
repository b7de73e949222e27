package prose

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

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
		err  error
	}
)

// trip is what every message of one round trip carries.
type trip struct {
	seq, section, limit int
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
	m.seq++
	t := trip{seq: m.seq, section: m.section, limit: m.area.CharLimit}
	to, text := common.To{Page: m.owner}, m.area.Value()
	dir := m.ScratchDir
	return func() tea.Msg {
		// In jobpost's private folder, which also clears away what a
		// crashed jobpost left there.
		path, err := scratch.Create(dir, text)
		return fileReadyMsg{To: to, trip: t, path: path, err: err}
	}
}

func (m *Model) external(msg tea.Msg) (tea.Cmd, Result) {
	status := common.Status{Page: m.owner}
	name := editorName(m.c.Env)
	switch msg := msg.(type) {
	case fileReadyMsg:
		if msg.err != nil {
			return tea.Batch(removeLater(msg.path), status.Failure("Could not prepare the text for the editor: "+msg.err.Error())), Result{}
		}
		args := editorCommand(m.c.Env)
		c := exec.Command(args[0], append(args[1:], msg.path)...)
		to, t, path := msg.To, msg.trip, msg.path
		return tea.ExecProcess(c, func(err error) tea.Msg {
			return editorExitedMsg{To: to, trip: t, path: path, err: err}
		}), Result{}
	case editorExitedMsg:
		if msg.err != nil {
			return tea.Batch(removeLater(msg.path), status.Failure("The editor ("+name+") failed: "+msg.err.Error())), Result{}
		}
		to, t, path := msg.To, msg.trip, msg.path
		return func() tea.Msg {
			defer os.Remove(path)
			f, err := os.Open(path)
			if err != nil {
				return textBackMsg{To: to, trip: t, err: err}
			}
			defer f.Close()
			// A few times the limit at most: a huge file cannot stall
			// the program.
			b, err := io.ReadAll(io.LimitReader(f, int64(t.limit)*4+1))
			return textBackMsg{To: to, trip: t, text: string(b), err: err}
		}, Result{}
	case textBackMsg:
		if msg.err != nil {
			return status.Failure("Could not read the text back: " + msg.err.Error()), Result{}
		}
		text := CleanPaste(msg.text, msg.limit)
		note := status.Success("Text from " + name + " is in")
		if len(msg.text) > msg.limit*4 || len([]rune(model.CleanText(msg.text))) > msg.limit {
			note = status.Info("Text from " + name + " was cut to " + strconv.Itoa(msg.limit) + " characters")
		}
		if m.open && m.section == msg.section {
			m.area.SetValue(text)
			m.area.MoveToEnd()
		}
		return note, Result{Event: Edited, Section: msg.section, Text: text}
	}
	return nil, Result{}
}

func removeLater(path string) tea.Cmd {
	if path == "" {
		return nil
	}
	return func() tea.Msg { os.Remove(path); return nil }
}
