// Package clipboard puts text on the user's clipboard from a command-line
// program: through the terminal with OSC 52, which works over SSH and in
// tmux, and through the desktop's own tool (wl-copy, xclip, xsel, pbcopy)
// when one is installed. It also holds the length limits of the job boards
// text is usually pasted into.
package clipboard

import (
	"encoding/base64"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
)

// OSC52 returns the escape sequence that asks the terminal to put text on
// the system clipboard ("c"). Terminals take plain text only. Inside tmux
// it reaches the clipboard when tmux has set-clipboard on; with tmux's
// default (external) it is dropped, one reason to run a native tool too.
func OSC52(text string) string {
	enc := base64.StdEncoding
	var b strings.Builder
	b.Grow(len("\x1b]52;c;\x07") + enc.EncodedLen(len(text)))
	b.WriteString("\x1b]52;c;")
	b.WriteString(enc.EncodeToString([]byte(text)))
	b.WriteString("\x07")
	return b.String()
}

// ErrNoTerminal means the process has no terminal to send OSC 52 to.
var ErrNoTerminal = errors.New("no terminal")

// OpenTerminal opens the controlling terminal for writing: /dev/tty, which
// reaches the terminal even when stdout and stderr are redirected, or else
// stderr when that is a terminal. The caller closes it; closing stderr is
// a no-op.
func OpenTerminal() (io.WriteCloser, error) {
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		return tty, nil
	}
	// A real terminal, not just any character device: /dev/null is one too.
	if term.IsTerminal(os.Stderr.Fd()) {
		return nopCloser{os.Stderr}, nil
	}
	return nil, ErrNoTerminal
}

type nopCloser struct{ *os.File }

func (nopCloser) Close() error { return nil }
