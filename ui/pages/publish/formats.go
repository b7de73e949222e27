package publish

import (
	"time"

	"jobpost/data"
	"jobpost/model"
)

// formats are the tabs, in the order a recruiter most often needs them:
// plain text pastes best into the boards' rich-text editors.
var formats = []model.Format{model.FormatText, model.FormatHTML, model.FormatMarkdown, model.FormatJSONLD, model.FormatJSON}

var formatNames = map[model.Format]string{
	model.FormatText: "Plain text", model.FormatHTML: "HTML", model.FormatMarkdown: "Markdown",
	model.FormatJSONLD: "JSON-LD", model.FormatJSON: "JSON",
}

// formatUse says where each format goes.
var formatUse = map[model.Format]string{
	model.FormatText:     "pastes cleanly into LinkedIn, Indeed and other rich-text forms",
	model.FormatHTML:     "for Greenhouse, Lever and boards that take HTML",
	model.FormatMarkdown: "for docs, READMEs and forums that render Markdown",
	model.FormatJSONLD:   "schema.org JobPosting for your careers page (Google for Jobs)",
	model.FormatJSON:     "jobpost's own format: jobpost import reads it back",
}

// output is a posting in one format, or why that format cannot be made.
type output struct {
	text string
	err  error
}

// renderAll makes every format of p, index for index with formats. It is
// made again after every change to the posting, so no tab ever shows an
// older posting than another. (Exports are pure and take well under a
// millisecond each; they still run in a tea.Cmd with the load or save.)
func renderAll(cat *data.Catalog, p model.Posting, now time.Time) []output {
	// The catalog fills JSON-LD's experience, education and ISO country code.
	opts := cat.ExportOptions(p, model.ExportOptions{Now: now})
	out := make([]output, len(formats))
	for i, f := range formats {
		b, err := model.Export(p, f, opts)
		out[i] = output{text: string(b), err: err}
	}
	return out
}

// notReady says why format f cannot be made yet.
func notReady(f model.Format, err error) string {
	return formatNames[f] + " cannot be made yet: " + err.Error()
}
