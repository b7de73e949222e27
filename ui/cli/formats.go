package cli

import (
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"jobpost/model"
	"jobpost/storage"
)

// formatList is how help text names the formats.
var formatList = func() string {
	var names []string
	for _, f := range model.Formats() {
		names = append(names, string(f))
	}
	return strings.Join(names, "|")
}()

// addFormatFlags adds --format (with its default, "" for none) and --wrap.
func addFormatFlags(fs *pflag.FlagSet, def, usage string) {
	fs.String("format", def, usage)
	fs.Int("wrap", 0, "wrap plain text at `N` columns (0: one line per paragraph)")
}

// formatCompletions are the formats, described, for shell completion.
func formatCompletions(*context) []cobra.Completion {
	return []cobra.Completion{
		cobra.CompletionWithDesc("md", "Markdown: docs, READMEs, forums"),
		cobra.CompletionWithDesc("text", "plain text with • bullets: LinkedIn, Indeed, any rich-text form"),
		cobra.CompletionWithDesc("html", "an HTML fragment: Greenhouse, Lever"),
		cobra.CompletionWithDesc("json", "jobpost's own format, for import"),
		cobra.CompletionWithDesc("jsonld", "schema.org JobPosting for a careers page"),
	}
}

// flagValue is the value of the command's own flag name, as typed.
func (c *context) flagValue(name string) string {
	if f := c.cmd.Flags().Lookup(name); f != nil {
		return f.Value.String()
	}
	return ""
}

// flagSet reports whether the flag was given on the command line.
func (c *context) flagSet(name string) bool { return c.cmd.Flags().Changed(name) }

// format reads --format; ok is false when it is empty.
func (c *context) format() (f model.Format, ok bool, err error) {
	v := c.flagValue("format")
	if v == "" && c.flagSet("format") {
		return "", false, usagef("--format needs a value: %s", formatList)
	}
	if v == "" {
		return "", false, nil
	}
	f, err = model.ParseFormat(v)
	if err != nil {
		return "", false, usagef("%v", err)
	}
	return f, true, nil
}

// wrap reads --wrap.
func (c *context) wrap() (int, error) {
	n, err := strconv.Atoi(c.flagValue("wrap"))
	if err != nil || n < 0 {
		return 0, usagef("--wrap takes a number of columns, 0 or more")
	}
	return n, nil
}

// formattedDraft reads what show and copy take: one draft id (verb names
// the command in the usage error), --format and --wrap, and the draft.
func (c *context) formattedDraft(args []string, verb string) (p model.Posting, f model.Format, wrap int, err error) {
	if len(args) != 1 {
		return p, f, 0, usagef("%s takes one draft id", verb)
	}
	if f, _, err = c.format(); err != nil {
		return p, f, 0, err
	}
	if wrap, err = c.wrap(); err != nil {
		return p, f, 0, err
	}
	p, err = c.readDraft(args[0])
	return p, f, wrap, err
}

// readDraft opens the database read-only, reads the draft an id, a unique
// prefix or a title names, and closes the database again: what follows (rendering,
// writing, copying) needs no database, and others may want it.
func (c *context) readDraft(idOrPrefix string) (model.Posting, error) {
	store, err := c.openStore(true)
	if err != nil {
		return model.Posting{}, err
	}
	defer c.close()
	return c.draft(store, idOrPrefix)
}

// draft resolves an id, a unique prefix or the words of a title, and
// reads the draft.
func (c *context) draft(store *storage.Store, idOrTitle string) (model.Posting, error) {
	id, err := resolveDraft(store, idOrTitle)
	if err != nil {
		return model.Posting{}, err
	}
	return store.Get(id)
}

// render turns p into format f. JSON-LD states what the catalog knows of
// the posting (the experience and education its seniority asks for, its
// country's ISO code), so a company catalog's ladder wins over the
// built-in one and "Germany" goes out as "DE".
func (c *context) render(p model.Posting, f model.Format, wrap int) ([]byte, error) {
	opts := model.ExportOptions{Wrap: wrap, Now: time.Now()}
	if f == model.FormatJSONLD {
		cat, err := c.catalog()
		if err != nil {
			return nil, err
		}
		opts = cat.ExportOptions(p, opts)
	}
	return model.Export(p, f, opts)
}
