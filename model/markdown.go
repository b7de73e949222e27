package model

import (
	"regexp"
	"strings"
)

// Markdown renders p as the Markdown the preview shows and `--format md`
// exports. Every piece of user text is escaped, so a title such as
// "C# *lead*" comes out as typed, never as markup.
func (p Posting) Markdown() string {
	var b strings.Builder
	b.Grow(4096)
	title := CleanLine(p.Title)
	if title == "" {
		title = "Untitled posting"
	}
	b.WriteString("# ")
	b.WriteString(escapeHeading(title))
	b.WriteString("\n\n")

	if meta := p.MetaLine(); meta != "" {
		b.WriteString(EscapeMarkdown(meta))
		b.WriteString("\n\n")
	}
	if pay := p.Salary.String(); pay != "" {
		b.WriteString("**Pay:** ")
		b.WriteString(escapeInline(pay)) // mid-line: only inline markup can start here
		b.WriteString("\n\n")
	}
	if p.Summary != "" {
		writeProse(&b, p.Summary)
	}
	if len(Paragraphs(p.Company.About)) > 0 {
		b.WriteString("## ")
		b.WriteString(escapeHeading(aboutHeading(p.Company.Name)))
		b.WriteString("\n\n")
		writeProse(&b, p.Company.About)
	}
	for _, s := range p.Sections() {
		b.WriteString("## ")
		b.WriteString(s.Heading)
		b.WriteString("\n\n")
		for _, item := range s.Items {
			b.WriteString("- ")
			b.WriteString(EscapeMarkdown(item))
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	if how := p.HowToApply(); how != "" {
		b.WriteString("## How to apply\n\n")
		b.WriteString(EscapeMarkdown(how))
		b.WriteString("\n\n")
	}
	if len(Paragraphs(p.EEO)) > 0 {
		b.WriteString("## Equal opportunity\n\n")
		writeProse(&b, p.EEO)
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func writeProse(b *strings.Builder, text string) {
	for _, para := range Paragraphs(text) {
		for i, line := range strings.Split(para, "\n") {
			if i > 0 {
				b.WriteString("\\\n") // a hard line break
			}
			b.WriteString(EscapeMarkdown(line))
		}
		b.WriteString("\n\n")
	}
}

// Paragraphs splits prose at blank lines. Within a paragraph a line break
// the writer typed is kept as "\n" (a recruiter who presses enter means
// a new line), and space within each line is folded.
func Paragraphs(text string) []string {
	var out []string
	for _, chunk := range strings.Split(CleanText(text), "\n\n") {
		var lines []string
		for _, line := range strings.Split(chunk, "\n") {
			if line = strings.Join(strings.Fields(line), " "); line != "" {
				lines = append(lines, line)
			}
		}
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, "\n"))
		}
	}
	return out
}

// escapeHeading is EscapeMarkdown for the text of an ATX heading, where a
// trailing run of "#" after a space would be read as a closing sequence and
// vanish ("## About Studio #" would show "About Studio").
func escapeHeading(s string) string {
	s = EscapeMarkdown(s)
	if strings.HasSuffix(s, "#") && !strings.HasSuffix(s, `\#`) {
		s = s[:len(s)-1] + `\#`
	}
	return s
}

// markdownInline are the characters that can start inline markup anywhere
// in a line. `&` and `~` are not backslash-escaped: Glamour shows `\&` and
// `\~` as typed, backslash and all (see escapeEntities and escapeTildes).
var markdownInline = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`,
)

// entityLike matches an ampersand that would start a character reference
// ("&copy;", "&#169;").
var entityLike = regexp.MustCompile(`&(#?[A-Za-z0-9]+;)`)

// escapeEntities writes "&" as "&amp;" where it would otherwise turn
// "&copy;" into "©"; a lone "&" is left as it is.
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entityLike.ReplaceAllString(s, "&amp;$1")
}

// escapeTildes writes tildes as character references where two of them
// could strike the text between through; a single "~5 years" is left be.
func escapeTildes(s string) string {
	if strings.Count(s, "~") < 2 {
		return s
	}
	return strings.ReplaceAll(s, "~", "&#126;")
}

func escapeInline(s string) string {
	return escapeTildes(escapeEntities(markdownInline.Replace(s)))
}

// EscapeMarkdown makes one line of user text literal in Markdown: inline
// markup characters are backslash-escaped, and so is anything at the start
// that would make a heading, list, quote or rule.
func EscapeMarkdown(s string) string {
	s = escapeInline(CleanLine(s))
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=':
		return `\` + s
	}
	// "1. " or "1) " would start an ordered list.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}
