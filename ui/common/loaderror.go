package common

import "strings"

// LoadError is what a page shows in place of its list when its data
// could not be read: what could not be read, then why in words (never a
// raw id), wrapped to width. A page that said "empty" instead would hide
// the drafts behind a lie.
func LoadError(s Styles, what string, err error, width int) string {
	return s.Error.Render("Could not read "+what+".") + "\n" +
		s.Subtle.Render(strings.Join(Wrap(ErrorText(err), width), "\n"))
}
