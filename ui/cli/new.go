package cli

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/data"
	"jobpost/model"
)

func init() {
	register(&command{
		name:    "new",
		summary: "write a new draft from the shell, filled with the catalog's defaults, and print its id",
		example: "  jobpost new --role backend --level senior --location \"Berlin, DE\" --workplace hybrid \\\n" +
			"      --pay-min 70k --pay-max 90k --currency EUR --apply https://acme.example/jobs/1\n" +
			"  jobpost new --title \"Staff Data Engineer\" --json | jq .id",
		exit: "Status 2 when a value is wrong (the message names the flag); nothing is saved then.",
		flags: func(fs *pflag.FlagSet) {
			fs.String("role", "", "role family `ID` from the catalog ('jobpost catalog'); brings its title, summary, duties and skills")
			fs.String("level", "", "seniority `ID` from the catalog; brings its title, qualifications and employment type")
			fs.String("title", "", "the job `TITLE` (default: the role's usual title at the level)")
			fs.String("summary", "", "the opening paragraph (default: the role's)")
			fs.String("company", "", "the company `NAME` (default: from the company profile)")
			fs.String("location", "", "`CITY[, REGION], COUNTRY`, e.g. \"Berlin, DE\" (default: from the company profile)")
			fs.String("workplace", "", "onsite, hybrid or remote")
			fs.String("employment-type", "", "FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, … (default: the level's)")
			fs.String("pay-min", "", "the lowest pay, e.g. 70000, 70,000 or 70k")
			fs.String("pay-max", "", "the highest pay")
			fs.String("currency", "", "ISO 4217 `CODE` such as EUR or USD (default: from the company profile)")
			fs.String("period", "", "what the pay is per: HOUR, DAY, WEEK, MONTH or YEAR (default: YEAR when pay is given)")
			fs.String("apply", "", "how to apply: a `URL` or an e-mail address")
			fs.String("closes", "", "the closing `DATE`, YYYY-MM-DD or DD.MM.YYYY, not in the past")
			fs.Bool("json", false, "print the whole posting as JSON (as export --format json) instead of its id")
		},
		run: runNew,
		// Over SSH too: it writes to the library only, stamped with the
		// user, as the editor would.
		ssh: true,
		sshExample: "  " + sshCommand + " new --role backend --level senior --location \"Berlin, DE\" --pay-min 70k --pay-max 90k --currency EUR\n" +
			"  " + sshCommand + " new --title \"Staff Data Engineer\" --json | jq .id",
		sshFlagHelp: map[string]string{
			"role": "role family `ID` from the catalog (backend, frontend, data, …); brings its title, summary, duties and skills",
		},
		flagValues: map[string]func(*context) []cobra.Completion{
			"role":            roleCompletions,
			"level":           levelCompletions,
			"workplace":       fixedValues("onsite", "hybrid", "remote"),
			"employment-type": fixedValues("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"),
			"period":          fixedValues("YEAR", "MONTH", "WEEK", "DAY", "HOUR"),
			"currency":        fixedValues("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "INR", "SEK", "PLN"),
		},
	})
}

func fixedValues(vs ...string) func(*context) []cobra.Completion {
	return func(*context) []cobra.Completion { return vs }
}

func roleCompletions(ctx *context) []cobra.Completion {
	cat, err := ctx.quietCatalog()
	if err != nil {
		return nil
	}
	var out []cobra.Completion
	for _, r := range cat.Roles {
		out = append(out, cobra.CompletionWithDesc(r.ID, r.Name))
	}
	return out
}

func levelCompletions(ctx *context) []cobra.Completion {
	cat, err := ctx.quietCatalog()
	if err != nil {
		return nil
	}
	var out []cobra.Completion
	for _, l := range cat.Seniority {
		out = append(out, cobra.CompletionWithDesc(l.ID, l.Name))
	}
	return out
}

func runNew(ctx *context, args []string) error {
	if len(args) > 0 {
		return usagef("new takes flags only (did you mean --title %q?)", strings.Join(args, " "))
	}
	cat, err := ctx.catalog()
	if err != nil {
		return err
	}
	p, err := newPosting(ctx, cat, time.Now())
	if err != nil {
		return err
	}
	store, err := ctx.openStore(false)
	if err != nil {
		return err
	}
	// The company profile fills what the flags left empty, as in the
	// wizard; what was typed is kept.
	if prof, ok, err := store.Profile(); err != nil {
		return err
	} else if ok {
		prof.Apply(&p)
	}
	if err := problems(p, cat); err != nil {
		return err
	}
	if err := store.Save(p); err != nil {
		return err
	}
	// A pay amount that looks mistyped is saved (a draft may be
	// unfinished) and named, so it can be put right.
	for _, w := range p.Salary.Warnings() {
		fmt.Fprintf(ctx.env.Stderr, "jobpost: warning: %s: %s\n", flagOf[w.Field], w.Message)
	}
	if ctx.flagValue("json") == "true" {
		out, err := model.Export(p, model.FormatJSON, model.ExportOptions{Now: time.Now()})
		if err != nil {
			return err
		}
		_, err = ctx.env.Stdout.Write(out)
		return err
	}
	_, err = fmt.Fprintln(ctx.env.Stdout, p.ID)
	return err
}

// newPosting builds the draft the flags describe, with the catalog's
// defaults for its role and level. Every value is checked; the first
// wrong one is a usage error naming its flag.
func newPosting(ctx *context, cat *data.Catalog, now time.Time) (model.Posting, error) {
	p := model.New(now)
	p.Role = ctx.flagValue("role")
	p.Seniority = ctx.flagValue("level")
	if _, ok := cat.Role(p.Role); p.Role != "" && !ok {
		return p, usagef("--role %q is not a role family in the catalog; choose one of %s", p.Role, strings.Join(roleIDs(cat), ", "))
	}
	level, ok := cat.Level(p.Seniority)
	if p.Seniority != "" && !ok {
		return p, usagef("--level %q is not a seniority level in the catalog; choose one of %s", p.Seniority, strings.Join(levelIDs(cat), ", "))
	}
	d := cat.DefaultsFor(p.Role, p.Seniority)
	p.Responsibilities, p.Skills.Required, p.Qualifications = d.Responsibilities, d.MustSkills, d.Qualifications
	p.Summary = d.Summary // the level's own, as the wizard gives it
	if role, ok := cat.Role(p.Role); ok && len(role.Titles) > 0 {
		p.Title = level.Title(role.Titles[0])
	}
	if p.Seniority != "" {
		p.EmploymentType = d.EmploymentType
	}

	if v := ctx.flagValue("title"); v != "" {
		p.Title = v
	}
	if v := ctx.flagValue("summary"); v != "" {
		p.Summary = v
	}
	p.Company.Name = ctx.flagValue("company")
	if v := ctx.flagValue("location"); v != "" {
		loc, err := parseLocation(v)
		if err != nil {
			return p, err
		}
		p.Location = loc
	}
	p.Workplace = model.Workplace(strings.ToLower(ctx.flagValue("workplace")))
	if v := ctx.flagValue("employment-type"); v != "" {
		p.EmploymentType = strings.ToUpper(strings.ReplaceAll(v, "-", "_"))
	}
	// An amount may name its currency ("€75k", "75k EUR"); --currency wins.
	var amountCurrency string
	for _, f := range []struct {
		flag string
		to   *float64
	}{{"pay-min", &p.Salary.Min}, {"pay-max", &p.Salary.Max}} {
		if v := ctx.flagValue(f.flag); v != "" {
			n, cur, err := model.ParseSalary(v)
			if err != nil {
				return p, usagef("--%s %q: %v", f.flag, v, err)
			}
			if cur != "" && amountCurrency != "" && cur != amountCurrency {
				return p, usagef("--%s %q: names %s, and the other amount %s", f.flag, v, cur, amountCurrency)
			}
			*f.to = n
			amountCurrency = cmp.Or(cur, amountCurrency)
		}
	}
	p.Salary.Currency = cmp.Or(strings.ToUpper(ctx.flagValue("currency")), amountCurrency)
	p.Salary.Period = strings.ToUpper(ctx.flagValue("period"))
	if p.Salary.Period == "" && (p.Salary.Min > 0 || p.Salary.Max > 0) {
		p.Salary.Period = "YEAR"
	}
	if v := ctx.flagValue("apply"); strings.Contains(v, "@") && !strings.Contains(v, "://") {
		p.Apply.Email = v
	} else {
		p.Apply.URL = v
	}
	if v := ctx.flagValue("closes"); v != "" {
		closes, err := model.ParseClosingDate(v, now)
		if err != nil {
			return p, usagef("--closes %q: %v", v, err)
		}
		p.ValidThrough = closes
	}
	if strings.TrimSpace(p.Title) == "" {
		return p, usagef("new needs --title, or --role to take the role's usual title")
	}
	return p, nil
}

// flagOf is the flag that sets a posting's field, for messages.
var flagOf = map[string]string{
	"title": "--title", "summary": "--summary", "company.name": "--company", "location": "--location",
	"location.city": "--location", "location.region": "--location", "location.country": "--location",
	"workplace": "--workplace", "employment_type": "--employment-type", "salary.min": "--pay-min",
	"salary.max": "--pay-max", "salary.currency": "--currency", "salary.period": "--period",
	"apply.url": "--apply", "apply.email": "--apply", "valid_through": "--closes",
	"role": "--role", "seniority": "--level",
}

// problems checks the new posting as import does, naming the flag at
// fault; nil when there is nothing wrong.
func problems(p model.Posting, cat *data.Catalog) error {
	all := append(p.Problems(), cat.Problems(p)...)
	if len(all) == 0 {
		return nil
	}
	var lines []string
	for _, pr := range all {
		name := pr.Field
		if f, ok := flagOf[pr.Field]; ok {
			name = f
		}
		lines = append(lines, name+": "+pr.Message)
	}
	return usagef("nothing was saved:\n  %s", strings.Join(lines, "\n  "))
}

// parseLocation reads "City", "City, Country" or "City, Region, Country".
func parseLocation(s string) (model.Location, error) {
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	switch len(parts) {
	case 1:
		return model.Location{City: parts[0]}, nil
	case 2:
		return model.Location{City: parts[0], Country: parts[1]}, nil
	case 3:
		return model.Location{City: parts[0], Region: parts[1], Country: parts[2]}, nil
	}
	return model.Location{}, usagef("--location %q: write CITY, CITY, COUNTRY or CITY, REGION, COUNTRY", s)
}

func roleIDs(cat *data.Catalog) []string {
	var ids []string
	for _, r := range cat.Roles {
		ids = append(ids, r.ID)
	}
	return ids
}

func levelIDs(cat *data.Catalog) []string {
	var ids []string
	for _, l := range cat.Seniority {
		ids = append(ids, l.ID)
	}
	return ids
}
