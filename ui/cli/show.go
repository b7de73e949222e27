package cli

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/model"
	"jobpost/ui/common"
)

func init() {
	register(&command{
		name:    "show",
		args:    "ID",
		summary: "print a draft: Markdown (styled on a terminal) or another format",
		example: "  jobpost show 3fk2                 (any unique prefix of an id will do)\n" +
			"  jobpost show \"senior backend\"     (so will words of the title)\n" +
			"  jobpost show 3fk2 --format text --wrap 72\n" +
			"  jobpost show 3fk2 --pager\n" +
			"  jobpost show 3fk2 --format jsonld | jq .",
		exit: "Status 1 also when the id or title matches no draft or several, or JSON-LD lacks a required field.",
		flags: func(fs *pflag.FlagSet) {
			addFormatFlags(fs, "md", "`FORMAT`: "+formatList)
			fs.BoolP("pager", "p", false, "page the output with $PAGER (default: less -R)")
		},
		run: runShow,
		ssh: true,
		sshExample: "  " + sshCommand + " show 3fk2                 (any unique prefix of an id will do)\n" +
			"  " + sshCommand + " show \"senior backend\"     (so will words of the title)\n" +
			"  " + sshCommand + " show 3fk2 --format text --wrap 72\n" +
			"  ssh -t -p PORT HOST show 3fk2 | less -R      (-t: styled for your terminal)",
		sshRefused: map[string]string{"pager": "over SSH, show cannot start a pager on the server; pipe it into your own: " +
			"ssh -t -p PORT HOST show ID | less -R"},
		complete:   completeDrafts,
		flagValues: map[string]func(*context) []cobra.Completion{"format": formatCompletions},
	})
}

func runShow(ctx *context, args []string) error {
	p, f, wrap, err := ctx.formattedDraft(args, "show")
	if err != nil {
		return err
	}
	var out []byte
	if f == model.FormatMarkdown && ctx.env.IsTerminal {
		out, err = styled(ctx, p.Markdown(), wrap)
	} else {
		out, err = ctx.render(p, f, wrap)
	}
	if err != nil {
		return err
	}
	if ctx.flagValue("pager") == "true" {
		return page(ctx, out)
	}
	if _, err = ctx.env.Stdout.Write(out); err != nil {
		return err
	}
	// Who wrote it, in a team library: on stderr, so that stdout stays
	// the posting alone.
	if by := authors(p); by != "" {
		fmt.Fprintln(ctx.env.Stderr, by)
	}
	return nil
}

// authors says who created the draft and who changed it last, when a
// team library recorded it; "" when it names nobody.
func authors(p model.Posting) string {
	created, updated := model.CleanLine(p.CreatedBy), model.CleanLine(p.UpdatedBy)
	switch {
	case created == "" && updated == "":
		return ""
	case created == "":
		return "last changed by " + updated
	case updated == "":
		return "created by " + created
	case updated == created:
		return "created and last changed by " + created
	}
	return "created by " + created + " · last changed by " + updated
}

// styled renders Markdown with Glamour for a terminal, as wide as the
// terminal (or --wrap), with colours reduced to what the terminal shows.
func styled(ctx *context, md string, wrap int) ([]byte, error) {
	theme, err := ctx.styleTheme()
	if err != nil {
		return nil, err
	}
	width := wrap
	if width == 0 {
		width = terminalWidth(ctx.env)
	}
	out, err := common.NewMarkdownRenderer(common.NewStyles(theme).GlamourStyle()).Render(md, width)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: profile(ctx.env)}
	if _, err := io.WriteString(w, out); err != nil {
		return nil, err
	}
	// Glamour pads every line to the full width; a line that fills the
	// terminal's last column can leave a blank row under it, and the
	// padding is noise in a pager or a copied selection: it goes.
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = trimTrailingSpace(l)
	}
	return []byte(strings.Join(lines, "\n") + "\n"), nil
}

// trailingBlank is the spaces at the end of a styled line, with the escape
// sequences among them.
var trailingBlank = regexp.MustCompile(`(?: |\x1b\[[0-9;:]*m)+$`)

// trimTrailingSpace drops the spaces at the end of a styled line, and the
// escape sequences among them, ending the line with one reset instead.
func trimTrailingSpace(line string) string {
	loc := trailingBlank.FindStringIndex(line)
	switch {
	case loc == nil:
		return line
	case loc[0] == 0 || !strings.Contains(line[loc[0]:], "\x1b"):
		return line[:loc[0]]
	}
	return line[:loc[0]] + "\x1b[m"
}

// terminalWidth is the terminal's width as the terminal says it, else
// $COLUMNS (shells set it without exporting it, so it is rarely there),
// else 80.
func terminalWidth(env Env) int {
	if env.TerminalWidth != nil {
		if w, ok := env.TerminalWidth(); ok {
			return w
		}
	}
	if n, err := strconv.Atoi(env.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 80
}

// profile is the colour profile of the terminal stdout is, from the
// environment: TERM=dumb gets no escape sequences, NO_COLOR keeps bold and
// underline and drops colour, a 256-colour terminal gets no true colour.
func profile(env Env) colorprofile.Profile {
	var environ []string
	for _, k := range []string{"TERM", "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "WT_SESSION", "TERM_PROGRAM"} {
		if v := env.Getenv(k); v != "" {
			environ = append(environ, k+"="+v)
		}
	}
	p := colorprofile.Env(environ)
	if term := env.Getenv("TERM"); p > colorprofile.ASCII && p < colorprofile.TrueColor && term != "" {
		// The terminfo entry may know better than the name (and
		// colorprofile.Detect would also run `tmux info`: too slow here).
		p = max(p, colorprofile.Terminfo(term))
	}
	return p
}

// page hands out to $PAGER (default "less -R", which shows colours),
// like glow -p.
func page(ctx *context, out []byte) error {
	pager := strings.Fields(ctx.env.Getenv("PAGER"))
	if len(pager) == 0 {
		pager = []string{"less", "-R"}
	}
	cmd := exec.Command(pager[0], pager[1:]...)
	cmd.Stdin = bytes.NewReader(out)
	cmd.Stdout = ctx.env.Stdout
	cmd.Stderr = ctx.env.Stderr
	return cmd.Run()
}
