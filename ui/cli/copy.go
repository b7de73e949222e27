package cli

import (
	stdcontext "context"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/pflag"

	"github.com/spf13/cobra"

	"jobpost/internal/clipboard"
	"jobpost/model"
)

func init() {
	register(&command{
		name:    "copy",
		args:    "ID",
		summary: "put a draft on the clipboard, ready to paste into a board's editor",
		example: "  jobpost copy 3fk2                   (plain text with • bullets: pastes best into web editors)\n" +
			"  jobpost copy 3fk2 --format html",
		exit: "Status 1 also when no clipboard can be reached: no terminal for OSC 52 and no\n" +
			"wl-copy, xclip, xsel or pbcopy.",
		flags: func(fs *pflag.FlagSet) {
			addFormatFlags(fs, "text", "the `FORMAT` to copy: "+formatList)
		},
		run: runCopy,
		ssh: true,
		sshExample: "  " + sshCommand + " copy 3fk2                 (to your own clipboard, by OSC 52)\n" +
			"  " + sshCommand + " copy 3fk2 --format html",
		sshExit: "Status 1 also when the id or title matches no draft or several. The text reaches your\n" +
			"clipboard through your terminal, on standard error: keep that one on the terminal.",
		complete:   completeDrafts,
		flagValues: map[string]func(*context) []cobra.Completion{"format": formatCompletions},
	})
}

// runCopy sends the posting to the terminal's clipboard with OSC 52 (which
// works over SSH) and to the desktop's clipboard tool when there is one;
// either may be the one that reaches the user, so it uses both.
func runCopy(ctx *context, args []string) error {
	p, f, wrap, err := ctx.formattedDraft(args, "copy")
	if err != nil {
		return err
	}
	data, err := ctx.render(p, f, wrap)
	if err != nil {
		return err
	}
	text := string(data)

	var routes []string
	if sent := sendOSC52(ctx.env, text); sent {
		routes = append(routes, "the terminal (OSC 52)")
	}
	var (
		tool      string
		nativeErr error
	)
	if ctx.remote == nil {
		// Over SSH a clipboard tool would run on the server and fill
		// its clipboard, if any: OSC 52 alone reaches the user's.
		tool, nativeErr = clipboard.NativeEnv(stdcontext.Background(), text, ctx.env.Getenv)
	}
	if tool != "" {
		routes = append(routes, tool)
	}
	if len(routes) == 0 {
		if ctx.remote != nil {
			return fmt.Errorf("could not copy: no terminal to send OSC 52 to; use export instead: %s export ID --format text", sshCommand)
		}
		if nativeErr != nil {
			return fmt.Errorf("could not copy: %w", nativeErr)
		}
		return fmt.Errorf("could not copy: no terminal for OSC 52, and none of wl-copy, xclip, xsel or pbcopy; " +
			"use 'jobpost export' instead")
	}
	if nativeErr != nil {
		fmt.Fprintf(ctx.env.Stderr, "jobpost: warning: %v\n", nativeErr)
	}
	fmt.Fprintf(ctx.env.Stderr, "copied %q as %s (%s characters) to the clipboard via %s\n",
		model.CleanLine(p.Title), f, model.Thousands(utf8.RuneCountInString(text)), strings.Join(routes, " and "))
	if tool == "" && ctx.remote == nil && ctx.env.Getenv("TMUX") != "" && !tmuxPassesClipboard(ctx.env.Getenv) {
		fmt.Fprintln(ctx.env.Stderr, "jobpost: warning: inside tmux, OSC 52 reaches the clipboard only with set -g set-clipboard on")
	}
	for _, w := range model.PostingWarnings(p, f, text, time.Now()) {
		fmt.Fprintf(ctx.env.Stderr, "jobpost: warning: %s\n", w)
	}
	return nil
}

// tmuxPassesClipboard asks the tmux jobpost runs in whether it hands OSC 52
// on to the clipboard (set-clipboard on); false when it cannot tell.
func tmuxPassesClipboard(getenv func(string) string) bool {
	var bin string
	for _, dir := range filepath.SplitList(getenv("PATH")) {
		if p := filepath.Join(dir, "tmux"); dir != "" && executable(p) {
			bin = p
			break
		}
	}
	if bin == "" {
		return false
	}
	c, cancel := stdcontext.WithTimeout(stdcontext.Background(), time.Second)
	defer cancel()
	cmd := exec.CommandContext(c, bin, "show-options", "-gv", "set-clipboard")
	cmd.Env = []string{"PATH=" + getenv("PATH"), "TMUX=" + getenv("TMUX"), "TMUX_TMPDIR=" + getenv("TMUX_TMPDIR")}
	out, err := cmd.Output()
	return err == nil && strings.TrimSpace(string(out)) == "on"
}

// executable reports whether path is a file someone may run.
func executable(path string) bool {
	_, err := exec.LookPath(path)
	return err == nil
}

// sendOSC52 writes the OSC 52 sequence to the user's terminal, if there is
// one. The terminal never says whether it obeyed.
func sendOSC52(env Env, text string) bool {
	if env.OpenTerminal == nil {
		return false
	}
	w, err := env.OpenTerminal()
	if err != nil {
		return false
	}
	_, err = io.WriteString(w, clipboard.OSC52(text))
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err == nil
}
