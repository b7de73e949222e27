package prose

import (
	"strings"

	"jobpost/model"
	"jobpost/ui/components/textedit"
)

// cleaner works out model.CleanText of the editor's text a paragraph at a
// time, keeping each paragraph's clean line (by its string) until it
// changes: a key costs the same in a long text as in a short one.
// CleanText cleans characters and trims line by line; only its folding
// of blank lines (model.FoldBlankLines) and its trimming of the ends look
// at the whole, and those are done here over the clean lines.
type cleaner struct{ lines map[string]string }

func (c *cleaner) text(a textedit.Model) string {
	n := a.Paragraphs()
	if c.lines == nil || len(c.lines) > 2*n+16 {
		c.lines = make(map[string]string, n) // drops the lines of paragraphs since changed
	}
	lines := make([]string, n)
	for i := range n {
		p := a.Paragraph(i)
		l, ok := c.lines[p]
		if !ok {
			l = model.CleanText(p)
			if l == "" && strings.TrimSpace(p) != "" {
				// Only invisible characters, which the whole text's
				// clean judges with the rest: rare, done the long way.
				return model.CleanText(a.Value())
			}
			c.lines[p] = l
		}
		lines[i] = l
	}
	// Each line is visible or empty (see above): only line breaks can
	// trail.
	return strings.TrimRight(model.FoldBlankLines(lines), "\n")
}
