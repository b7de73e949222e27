package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/model"
)

func init() {
	register(&command{
		name:    "posted",
		args:    "ID",
		summary: "record that a draft went live on a job board; every board is kept",
		example: "  jobpost posted 3fk2 --board LinkedIn --url https://www.linkedin.com/jobs/view/4012345678\n" +
			"  jobpost posted \"senior backend\" --board Greenhouse --on 2026-11-24\n" +
			"  jobpost posted 3fk2 --board LinkedIn     (again: today's date for LinkedIn, the others kept)",
		exit: "Status 1 also when the id or title matches no draft or several.",
		flags: func(fs *pflag.FlagSet) {
			fs.String("board", "", "the `BOARD` it went live on (required), e.g. LinkedIn")
			fs.String("url", "", "the `URL` of the live ad (optional)")
			fs.String("on", "", "the `DATE` it went live, YYYY-MM-DD or DD.MM.YYYY (default today; not in the future)")
		},
		run: runPosted,
		// Over SSH too: a change to the library only, stamped with the
		// user, refused while someone edits the draft.
		ssh: true,
		sshExample: "  " + sshCommand + " posted 3fk2 --board LinkedIn --url https://www.linkedin.com/jobs/view/4012345678\n" +
			"  " + sshCommand + " posted \"senior backend\" --board Greenhouse --on 2026-11-24",
		complete:   completeDrafts,
		flagValues: map[string]func(*context) []cobra.Completion{"board": postedBoardCompletions},
	})
}

// knownBoards are offered when completing --board; any other name will do.
var knownBoards = []struct{ name, about string }{
	{"LinkedIn", "LinkedIn Jobs"}, {"Indeed", "Indeed"}, {"Greenhouse", "a Greenhouse job board"},
	{"Lever", "a Lever job site"}, {"Workable", "a Workable careers page"}, {"Ashby", "an Ashby job board"},
	{"SEEK", "SEEK (Australia, New Zealand)"}, {"StepStone", "StepStone (Europe)"},
	{"Glassdoor", "Glassdoor"}, {"Wellfound", "Wellfound (start-ups)"}, {"Careers page", "your own careers page"},
}

func postedBoardCompletions(*context) []cobra.Completion {
	out := make([]cobra.Completion, len(knownBoards))
	for i, b := range knownBoards {
		out[i] = cobra.CompletionWithDesc(b.name, b.about)
	}
	return out
}

func runPosted(ctx *context, args []string) error {
	if len(args) != 1 {
		return usagef("posted takes one draft id")
	}
	board := model.CleanLine(ctx.flagValue("board"))
	if board == "" {
		return usagef("posted needs --board, the board it went live on (e.g. LinkedIn)")
	}
	if n := len([]rune(board)); n > model.MaxShortLength {
		return usagef("--board is %d characters long; at most %d", n, model.MaxShortLength)
	}
	url := model.CleanLine(ctx.flagValue("url"))
	if url != "" && !model.ValidWebURL(url) {
		return usagef("--url %q: must be a full http:// or https:// address", url)
	}
	now := time.Now()
	on := now
	if v := ctx.flagValue("on"); v != "" {
		d, err := model.ParseDate(v)
		if err != nil {
			return usagef("--on %q: %v", v, err)
		}
		// That day, at this time of day here, so that it shows as that
		// day wherever it is read from.
		on = time.Date(d.Year(), d.Month(), d.Day(), now.Hour(), now.Minute(), now.Second(), 0, now.Location())
		if on.After(now) {
			return usagef("--on %q: is in the future; record it once it is live", v)
		}
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	p, err := ctx.draft(store, args[0])
	if err != nil {
		return err
	}
	p.MarkPosted(board, url, on)
	p.UpdatedAt = model.Stamp(now)
	if err := store.Save(p); err != nil {
		return err
	}
	fmt.Fprintf(ctx.env.Stdout, "%s %s: posted on %s\n", p.ID, quoted(p.Title), p.Posted.Describe("2 Jan 2006"))
	return nil
}
