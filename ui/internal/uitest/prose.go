package uitest

import "strings"

// Prose is n characters of prose in paragraphs of about 400, for
// benchmarks of typing into long text.
func Prose(n int) string {
	const sentence = "You will design, build and run the services that carry our customers' orders. "
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 && b.Len()%400 < len(sentence) {
			b.WriteString("\n\n")
		}
		b.WriteString(sentence)
	}
	return strings.TrimSpace(b.String()[:n])
}
