package cli

import (
	"fmt"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/pflag"
)

func init() {
	register(&command{
		name:     "man",
		summary:  "print the manual page (roff), made from the commands themselves",
		example:  "  jobpost man > jobpost.1 && man ./jobpost.1\n  jobpost man | sudo tee /usr/local/share/man/man1/jobpost.1 >/dev/null",
		anyTheme: true,
		run:      runMan,
	})
}

// manDescription is the man page's DESCRIPTION.
// (mango makes each line a paragraph.)
const manDescription = "jobpost builds job postings in the terminal. Pick a role, a seniority, the skills and the " +
	"responsibilities from a catalog written for software hiring; jobpost drafts the posting, shows it " +
	"rendered as it will read, and keeps every draft in a local database.\n" +
	"Run without a command, it opens the postings editor. The commands below work on the same database " +
	"from the shell. Wherever a draft is wanted, its id, any unique prefix of it, or words of its title will do."

func runMan(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("man takes no arguments")
	}
	root := ctx.cmd.Root()
	root.Short, root.Long = "build job postings in the terminal", manDescription
	// The backquotes that name a flag's argument in --help are noise here.
	unquote := func(f *pflag.Flag) { f.Usage = strings.ReplaceAll(f.Usage, "`", "") }
	root.PersistentFlags().VisitAll(unquote)
	root.Flags().VisitAll(unquote)
	for _, c := range root.Commands() {
		c.Flags().VisitAll(unquote)
		c.Example = roffPercent(c.Example)
	}
	page, err := mcobra.NewManPage(1, root)
	if err != nil {
		return err
	}
	page = page.
		WithSection("Environment", "JOBPOST_DB: the database file, when --db is not given.\n"+
			"JOBPOST_THEME: dark, light or auto, when --theme is not given.\n"+
			"NO_COLOR: no colours (bold and underline stay). PAGER: the pager for show --pager.\n"+
			"TEA_TRACE: a file the editor writes a trace of its terminal input and output to.").
		WithSection("Files", "$XDG_DATA_HOME/jobpost/jobpost.db (or ~/.local/share/jobpost/jobpost.db): the drafts.\n"+
			"$XDG_CONFIG_HOME/jobpost/catalog.json (or ~/.config/jobpost/catalog.json): the company catalog.").
		WithSection("Exit Status", "0 success; 1 an error, with the message on stderr; 2 wrong usage.").
		WithSection("Copyright", "Copyright (c) 2026 the jobpost authors. Released under the MIT license.")
	_, err = fmt.Fprintln(ctx.env.Stdout, page.Build(roff.NewDocument()))
	return err
}

// roffPercent doubles each '%' of an example: roff (muesli/roff) writes each line of
// text as a format string, so backup's 'date +%F' came out as 'date +%!F(MISSING)'.
func roffPercent(text string) string {
	return strings.ReplaceAll(text, "%", "%%")
}
