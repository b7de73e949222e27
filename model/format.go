package model

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// Format is one of the forms a posting can be exported in.
type Format string

// The export formats.
const (
	FormatMarkdown Format = "md"     // the preview's Markdown
	FormatText     Format = "text"   // plain text with "•" bullets
	FormatHTML     Format = "html"   // a board-safe description fragment
	FormatJSON     Format = "json"   // the lossless interchange record
	FormatJSONLD   Format = "jsonld" // schema.org JobPosting for Google for Jobs
)

// Formats lists every format, in the order help text shows them.
func Formats() []Format {
	return []Format{FormatMarkdown, FormatText, FormatHTML, FormatJSON, FormatJSONLD}
}

// formatNames maps what people type to a format; the canonical names and
// the usual file extensions all work.
var formatNames = map[string]Format{
	"md": FormatMarkdown, "markdown": FormatMarkdown,
	"text": FormatText, "txt": FormatText, "plain": FormatText,
	"html": FormatHTML, "htm": FormatHTML,
	"json":   FormatJSON,
	"jsonld": FormatJSONLD, "json-ld": FormatJSONLD,
}

// ParseFormat reads a format name as typed on the command line, ignoring
// case: "md", "markdown", "text", "txt", "html", "json", "jsonld" or
// "json-ld".
func ParseFormat(s string) (Format, error) {
	if f, ok := formatNames[strings.ToLower(strings.TrimSpace(s))]; ok {
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q: choose md, text, html, json or jsonld", s)
}

// FormatFromPath guesses the format from a file name's extension (.md,
// .markdown, .txt, .html, .htm, .json, .jsonld); ok is false for any other.
func FormatFromPath(path string) (f Format, ok bool) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	if ext == "json-ld" || ext == "plain" {
		return "", false // names for the flag, not extensions
	}
	f, ok = formatNames[ext]
	return f, ok
}

// Ext is the file extension, with its dot, that an export in f gets by
// default: ".md", ".txt", ".html", ".json" or ".jsonld".
func (f Format) Ext() string {
	switch f {
	case FormatMarkdown:
		return ".md"
	case FormatText:
		return ".txt"
	case FormatHTML:
		return ".html"
	case FormatJSON:
		return ".json"
	case FormatJSONLD:
		return ".jsonld"
	}
	return ""
}

// ExportOptions tune Export.
type ExportOptions struct {
	// Wrap is the width plain text is wrapped at; 0 leaves lines unwrapped.
	Wrap int
	// Now is the posting date JSON-LD falls back to when the posting has
	// neither a posted nor a created time.
	Now time.Time
	// ExperienceMonths is the minimum experience JSON-LD states: 0 takes
	// the usual figure for the posting's seniority (ExperienceMonths), a
	// negative number states none.
	ExperienceMonths int
	// Education is the schooling JSON-LD states; nil takes the usual one
	// for the posting's seniority (EducationFor).
	Education *EducationRequirement
	// CountryCode and CountryName are the posting's country as an ISO
	// 3166-1 alpha-2 code ("DE") and by name ("Germany"), for JSON-LD's
	// addressCountry and applicantLocationRequirements. Empty takes the
	// country as stored (a two-letter one upper-cased as the code).
	// data.Catalog.ExportOptions fills these and the two above.
	CountryCode, CountryName string
}

// Export renders p in format f. Only JSON and JSON-LD can fail: JSON-LD
// with a *MissingFieldsError when p lacks what Google requires.
func Export(p Posting, f Format, opts ExportOptions) ([]byte, error) {
	switch f {
	case FormatMarkdown:
		return []byte(p.Markdown()), nil
	case FormatText:
		return []byte(p.PlainText(opts.Wrap)), nil
	case FormatHTML:
		return []byte(p.HTML()), nil
	case FormatJSON:
		return p.JSON()
	case FormatJSONLD:
		return p.jsonLD(opts.Now, p.ldFacts(opts), true)
	}
	return nil, fmt.Errorf("unknown format %q", string(f))
}

// maxSlugLength keeps default file names short enough for any file system.
const maxSlugLength = 60

// Slug turns a title into a file-name stem: "Senior Backend Engineer"
// becomes "senior-backend-engineer". Letters and digits of any script are
// kept (lower-cased), every other run of characters becomes one hyphen, and
// an empty result becomes "posting".
func Slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range CleanLine(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (unicode.IsMark(r) && b.Len() > 0 && !hyphen) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			if b.Len()+len(string(r)) > maxSlugLength {
				break
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		hyphen = true
	}
	s := strings.TrimRight(b.String(), "-")
	if s == "" {
		return "posting"
	}
	return s
}
