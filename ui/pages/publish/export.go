package publish

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/internal/atomicfile"
	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
)

// noExportOverSSH says why e writes no file over SSH (it would be on the
// server) and what to do instead: copy, or export from the user's own
// shell, where the file lands on their machine.
func (p *Page) noExportOverSSH() tea.Cmd {
	f := p.current()
	p.note(p.c.Styles.Subtle.Render(ansi.Truncate("In your own shell: ssh … export "+p.draftID+" --format "+string(f)+" > posting"+f.Ext(), p.width, "…")))
	return p.status.Info("No export to a file over SSH: c copies it to your clipboard")
}

// askExportPath asks where to export, suggesting a file named after the
// title in the last export's folder.
func (p *Page) askExportPath() tea.Cmd {
	f, o := p.current(), p.outputs[p.format]
	if o.err != nil {
		return p.status.Failure(notReady(f, o.err))
	}
	suggested := filepath.Join(p.exportDir, model.Slug(p.posting.Title)+f.Ext())
	// The hint fits 80 columns; replacing a file asks anyway.
	cmd := p.prompt.Open(exportPath, "Export to: ", suggested,
		"The extension picks the format: .txt .html .md .jsonld or .json.",
		"Type a file name, or esc to cancel.")
	p.layout()
	return tea.Batch(cmd, p.quiet())
}

// export writes the posting to path, in the format its extension names or
// else the one on screen, in a tea.Cmd.
func (p *Page) export(path string, replace bool) tea.Cmd {
	f := p.current()
	switch byExt, ok := model.FormatFromPath(path); {
	case ok:
		f = byExt
	case filepath.Ext(path) == "":
		path += f.Ext() // "posting" becomes "posting.txt"
	default:
		return p.status.Failure("jobpost cannot write " + filepath.Ext(path) + " files: use .txt, .html, .md, .jsonld or .json.")
	}
	o := p.outputs[formatIndex(f)]
	if o.err != nil {
		return p.status.Failure(notReady(f, o.err))
	}
	data, to := []byte(o.text), common.To{Page: p.id}
	return func() tea.Msg {
		full, err := expandPath(path)
		if err == nil {
			if _, statErr := os.Stat(filepath.Dir(full)); statErr != nil {
				err = errors.New("there is no folder " + common.ShortPath(filepath.Dir(full)))
			} else {
				err = atomicfile.Write(full, data, replace)
			}
		}
		return exportedMsg{To: to, path: full, format: f, size: len(data), err: err}
	}
}

// exported reports an export, asking before replacing a file that exists.
func (p *Page) exported(msg exportedMsg) tea.Cmd {
	switch {
	case errors.Is(msg.err, fs.ErrExist):
		p.pending = msg.path
		p.confirm.Ask(replaceFile, confirm.Question{
			Text: common.ShortPath(msg.path) + " exists. Replace it?",
			Yes:  "replace it", No: "keep it", Danger: true,
		})
		p.layout()
		return p.quiet()
	case msg.err != nil:
		return p.status.Failure("Not exported to " + common.ShortPath(msg.path) + ": " + common.ErrorText(msg.err))
	}
	p.exportDir = filepath.Dir(msg.path)
	return tea.Batch(
		p.status.Success("Exported "+formatNames[msg.format]+" to "+common.ShortPath(msg.path)+" ("+model.Thousands(msg.size)+" bytes)"),
		common.Send(common.ExportedToMsg{Dir: p.exportDir}),
	)
}

// replace takes the answer to "replace the file?".
func (p *Page) replace(msg tea.Msg) tea.Cmd {
	var answer confirm.Answer
	p.confirm, answer = p.confirm.Update(msg)
	p.layout()
	switch answer {
	case confirm.Yes:
		return p.export(p.pending, true)
	case confirm.No:
		return p.status.Info("Kept " + common.ShortPath(p.pending) + " as it was.")
	}
	return nil
}

func formatIndex(f model.Format) int {
	for i, g := range formats {
		if g == f {
			return i
		}
	}
	return 0
}

// expandPath makes a typed path absolute: ~/ is the home directory, and a
// relative path is taken from the directory jobpost was started in.
func expandPath(p string) (string, error) {
	if rest, ok := strings.CutPrefix(p, "~/"); ok {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, rest), nil
	}
	return filepath.Abs(p)
}
