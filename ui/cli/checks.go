package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/data"
	"jobpost/model"
	"jobpost/model/check"
	"jobpost/storage"
)

func init() {
	register(&command{
		name:    "check",
		args:    "ID…|--all",
		summary: "check drafts: pay-transparency law, inclusive wording and quality, each finding with its source",
		example: "  jobpost check 3fk2\n" +
			"  jobpost check --all --board LinkedIn\n" +
			"  jobpost check 3fk2 --on 2027-01-01         (the laws in force on that day)\n" +
			"  jobpost check --all --json | jq -c 'select(.findings | length > 0)'",
		exit: "Status 1 also when a finding is an error (a legal problem, or one a board refuses), so a script can gate publishing.",
		flags: func(fs *pflag.FlagSet) {
			fs.Bool("all", false, "check every draft")
			fs.Bool("json", false, "print one JSON object per draft, a line each")
			fs.String("board", "", "the `BOARD` the drafts are meant for: its limits become errors (default: every board's, as warnings)")
			fs.String("on", "", "judge as on `DATE` (YYYY-MM-DD): the laws in force, closing dates (default: today)")
		},
		run: runCheck,
		ssh: true,
		sshExample: "  " + sshCommand + " check 3fk2\n" +
			"  " + sshCommand + " check --all --board LinkedIn\n" +
			"  " + sshCommand + " check --all --json | jq -c 'select(.findings | length > 0)'",
		complete:   completeCheckDrafts,
		flagValues: map[string]func(*context) []cobra.Completion{"board": boardCompletions},
	})
}

// checkBoards are the boards --board names: those with limits, and Google
// for Jobs (its required JSON-LD fields).
func checkBoards() []string {
	var out []string
	for _, l := range model.BoardLimits {
		if !slices.Contains(out, l.Board) {
			out = append(out, l.Board)
		}
	}
	return append(out, "Google for Jobs")
}

func boardCompletions(*context) []cobra.Completion {
	return checkBoards()
}

// completeCheckDrafts offers the draft ids not yet on the line.
func completeCheckDrafts(ctx *context, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	all, dir := completeDrafts(ctx, nil, toComplete)
	out := all[:0]
	for _, c := range all {
		id, _, _ := strings.Cut(c, "\t")
		if !slices.Contains(args, id) {
			out = append(out, c)
		}
	}
	return out, dir
}

// checkedDraft is one draft's findings, as --json prints them.
type checkedDraft struct {
	ID       string          `json:"id"`
	Title    string          `json:"title"`
	Findings []check.Finding `json:"findings"`
}

// errFindings is exit status 1 with its reason on stderr.
type errFindings struct{ drafts, total int }

func (e errFindings) Error() string {
	if e.total == 1 {
		return "the draft has a problem that is an error"
	}
	return fmt.Sprintf("%d of %d drafts have a problem that is an error", e.drafts, e.total)
}

func runCheck(ctx *context, args []string) error {
	all := ctx.flagValue("all") == "true"
	switch {
	case all && len(args) > 0:
		return usagef("give draft ids or --all, not both")
	case !all && len(args) == 0:
		return usagef("check takes draft ids, or --all for every draft")
	}
	opts, err := checkOptions(ctx)
	if err != nil {
		return err
	}
	// The catalog is the same file as the rules: a mistake in it is
	// reported, and an unreadable one warned of, as for every command.
	if _, err := ctx.catalog(); err != nil {
		return err
	}
	rules, err := ctx.rules()
	if err != nil {
		return err
	}
	store, err := ctx.openStore(true)
	if err != nil {
		return err
	}
	prof, _, err := store.Profile()
	if err != nil {
		return err
	}
	ids, err := checkIDs(store, args, all)
	if err != nil {
		return err
	}
	results, err := checkDrafts(store, ids, prof, rules, opts)
	if err != nil {
		return err
	}
	asJSON := ctx.flagValue("json") == "true"
	bad := 0
	for _, r := range results {
		if check.HasErrors(r.Findings) {
			bad++
		}
	}
	if asJSON {
		err = writeChecksJSON(ctx.env.Stdout, results)
	} else {
		err = writeChecksText(ctx.env.Stdout, results)
	}
	if err != nil {
		return err
	}
	if bad > 0 {
		return errFindings{drafts: bad, total: len(results)}
	}
	return nil
}

// checkOptions reads --board and --on.
func checkOptions(ctx *context) (check.Options, error) {
	var opts check.Options
	if b := ctx.flagValue("board"); b != "" {
		i := slices.IndexFunc(checkBoards(), func(k string) bool { return strings.EqualFold(k, b) })
		if i < 0 {
			return opts, usagef("unknown board %q: use %s", b, strings.Join(checkBoards(), ", "))
		}
		opts.Board = checkBoards()[i]
	}
	if on := ctx.flagValue("on"); on != "" {
		t, err := time.Parse(time.DateOnly, on)
		if err != nil {
			return opts, usagef("--on takes a date as YYYY-MM-DD, not %q", on)
		}
		opts.On = t
	}
	return opts, nil
}

// checkIDs resolves the drafts named (ids, prefixes or titles), in the
// order given, each once; or every draft, newest first.
func checkIDs(store *storage.Store, args []string, all bool) ([]string, error) {
	if all {
		list, err := store.List()
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(list))
		for i, s := range list {
			ids[i] = s.ID
		}
		return ids, nil
	}
	var ids []string
	for _, a := range args {
		id, err := resolveDraft(store, a)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// checkDrafts reads the drafts in one pass of the file and checks them on
// every processor, keeping their order: 10,000 drafts take a second or
// two, most of it decoding.
func checkDrafts(store *storage.Store, ids []string, prof model.CompanyProfile, rules check.Rules, opts check.Options) ([]checkedDraft, error) {
	if opts.On.IsZero() {
		opts.On = time.Now() // one day for all, even across midnight
	}
	out := make([]checkedDraft, len(ids))
	errs := make([]error, len(ids))
	type job struct {
		i int
		p model.Posting
	}
	next := make(chan job, 64)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range next {
				fs := check.Check(j.p, prof, rules, opts)
				if fs == nil {
					fs = []check.Finding{}
				}
				out[j.i] = checkedDraft{ID: j.p.ID, Title: model.CleanLine(j.p.Title), Findings: fs}
			}
		})
	}
	readErr := store.GetEach(ids, func(i int, p model.Posting, err error) error {
		if err != nil {
			errs[i] = err
			return nil
		}
		next <- job{i, p}
		return nil
	})
	close(next)
	wg.Wait()
	return out, errors.Join(append(errs, readErr)...)
}

func writeChecksJSON(w io.Writer, results []checkedDraft) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range results {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// severityHeads name the groups of the text output, most serious first.
var severityHeads = []struct {
	sev        check.Severity
	mark, head string
}{
	{check.Error, "✗", "Errors"},
	{check.Warning, "!", "Warnings"},
	{check.Info, "·", "Suggestions"},
}

// writeChecksText prints each draft's findings grouped by severity, each
// with its suggestion and source, a blank line between drafts.
func writeChecksText(w io.Writer, results []checkedDraft) error {
	var b strings.Builder
	for i, r := range results {
		if i > 0 {
			b.WriteString("\n")
		}
		e, wn, in := check.Counts(r.Findings)
		fmt.Fprintf(&b, "%s  %s — %s\n", r.ID, displayTitle(r.Title), countsLine(e, wn, in))
		for _, g := range severityHeads {
			first := true
			for _, f := range r.Findings {
				if f.Severity != g.sev {
					continue
				}
				if first {
					fmt.Fprintf(&b, "  %s\n", g.head)
					first = false
				}
				fmt.Fprintf(&b, "    %s %s  [%s, %s]\n", g.mark, f.Message, f.Rule, f.Section)
				if f.Suggestion != "" {
					fmt.Fprintf(&b, "      → %s\n", f.Suggestion)
				}
				if f.Source != "" {
					fmt.Fprintf(&b, "      Source: %s\n", f.Source)
				}
			}
		}
		if b.Len() > 64<<10 {
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// countsLine says how many findings of each severity there are.
func countsLine(errs, warnings, infos int) string {
	if errs+warnings+infos == 0 {
		return "no findings"
	}
	var parts []string
	add := func(n int, one, many string) {
		if n == 1 {
			parts = append(parts, "1 "+one)
		} else if n > 1 {
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(errs, "error", "errors")
	add(warnings, "warning", "warnings")
	add(infos, "suggestion", "suggestions")
	return strings.Join(parts, " · ")
}

// rules returns the built-in check rules with those of the company catalog
// file added: the same file catalog reads, under the same conditions (call
// catalog first: it warns of a file it cannot read).
func (c *context) rules() (check.Rules, error) {
	if c.remote != nil {
		return c.remote.Rules, nil
	}
	if c.globals.catalog != "" {
		return data.LoadRulesWithUser(c.globals.catalog, true)
	}
	r, err := data.LoadRulesWithUser(data.UserCatalogPathFrom(c.env.Getenv), false)
	var pathErr *fs.PathError
	if err != nil && errors.As(err, &pathErr) {
		return data.BuiltinRules() // catalog() says so

	}
	return r, err
}
