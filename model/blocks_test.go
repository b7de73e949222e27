package model

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wantBlocks is the text of every block (paragraph, heading, list item) a
// rendering of p should show, in order, as a reader sees it.
func wantBlocks(p Posting, withTitle bool) []string {
	var out []string
	if withTitle {
		title := CleanLine(p.Title)
		if title == "" {
			title = "Untitled posting"
		}
		out = append(out, title)
	}
	if meta := p.MetaLine(); meta != "" {
		out = append(out, meta)
	}
	if pay := p.Salary.String(); pay != "" {
		out = append(out, "Pay: "+pay)
	}
	out = append(out, Paragraphs(p.Summary)...)
	if about := Paragraphs(p.Company.About); len(about) > 0 {
		out = append(out, aboutHeading(p.Company.Name))
		out = append(out, about...)
	}
	for _, s := range p.Sections() {
		out = append(out, s.Heading)
		out = append(out, s.Items...)
	}
	if how := p.HowToApply(); how != "" {
		out = append(out, "How to apply", how)
	}
	if eeo := Paragraphs(p.EEO); len(eeo) > 0 {
		out = append(out, "Equal opportunity")
		out = append(out, eeo...)
	}
	return out
}

// parseFragment parses an HTML fragment as a body's content would be.
func parseFragment(t *testing.T, s string) []*html.Node {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	return nodes
}

// htmlBlocks returns the text of each p, li and h1–h6 element of nodes.
func htmlBlocks(nodes []*html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				out = append(out, strings.TrimSpace(textOf(n)))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return out
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		if prev := n.PrevSibling; prev != nil && prev.DataAtom == atom.Br {
			// goldmark writes "<br />\n": the newline is the break's.
			return strings.TrimPrefix(n.Data, "\n")
		}
		return n.Data
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Br {
		return "\n"
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

func compareBlocks(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d blocks, want %d\n got: %q\nwant: %q", what, len(got), len(want), clip(got), clip(want))
		return
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: block %d = %q, want %q", what, i, clipString(got[i]), clipString(want[i]))
		}
	}
}

func clip(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = clipString(s)
	}
	return out
}

func clipString(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
