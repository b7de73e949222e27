package model

import (
	"html"
	"strings"
)

// HTML renders p as the description fragment boards take (LinkedIn,
// Greenhouse, Lever, and the JSON-LD description). It uses only p, ul, li
// and strong, which all of them keep, and a for the apply address, escapes
// every piece of user text, and carries no attribute but that link's href:
// only an http(s) address becomes a link, so no javascript: or data: URL
// reaches a board; anything else stays text. Headings become a paragraph in bold because
// LinkedIn and Google drop h1–h6. The title is left out: every board has a
// field of its own for it, and Google rejects a description that merely
// repeats it.
func (p Posting) HTML() string {
	var h htmlWriter
	h.b.Grow(4096)
	if meta := p.MetaLine(); meta != "" {
		h.para(meta)
	}
	if pay := p.Salary.String(); pay != "" {
		h.b.WriteString("<p><strong>Pay:</strong> ")
		h.text(pay)
		h.b.WriteString("</p>\n")
	}
	for _, para := range Paragraphs(p.Summary) {
		h.para(para)
	}
	if about := Paragraphs(p.Company.About); len(about) > 0 {
		h.heading(aboutHeading(p.Company.Name))
		for _, para := range about {
			h.para(para)
		}
	}
	for _, s := range p.Sections() {
		h.heading(s.Heading)
		h.b.WriteString("<ul>\n")
		for _, item := range s.Items {
			h.b.WriteString("<li>")
			h.text(item)
			h.b.WriteString("</li>\n")
		}
		h.b.WriteString("</ul>\n")
	}
	if how := p.HowToApply(); how != "" {
		h.heading("How to apply")
		h.applyPara(how, CleanLine(p.Apply.URL))
	}
	if eeo := Paragraphs(p.EEO); len(eeo) > 0 {
		h.heading("Equal opportunity")
		for _, para := range eeo {
			h.para(para)
		}
	}
	return h.b.String()
}

// htmlWriter writes the fixed markup of HTML; text only ever goes in
// through text, which escapes it.
type htmlWriter struct{ b strings.Builder }

func (h *htmlWriter) text(s string) { h.b.WriteString(html.EscapeString(CleanLine(s))) }

func (h *htmlWriter) para(s string) {
	h.b.WriteString("<p>")
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			h.b.WriteString("<br>")
		}
		h.text(line)
	}
	h.b.WriteString("</p>\n")
}

// applyPara writes how to apply with the first mention of url as a link,
// when url is a full http(s) address. HowToApply has no line breaks and
// its parts are clean already; the spaces around the link must stay, so
// the pieces are escaped without CleanLine's trim.
func (h *htmlWriter) applyPara(how, url string) {
	before, after, found := strings.Cut(how, url)
	if url == "" || !found || !webURL(url) {
		h.para(how)
		return
	}
	h.b.WriteString("<p>")
	h.b.WriteString(html.EscapeString(before))
	h.b.WriteString(`<a href="`)
	h.b.WriteString(html.EscapeString(url))
	h.b.WriteString(`">`)
	h.text(url)
	h.b.WriteString("</a>")
	h.b.WriteString(html.EscapeString(after))
	h.b.WriteString("</p>\n")
}

func (h *htmlWriter) heading(s string) {
	h.b.WriteString("<p><strong>")
	h.text(s)
	h.b.WriteString("</strong></p>\n")
}
