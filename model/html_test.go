package model

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// boardTags are the only elements HTML may use: those LinkedIn, Greenhouse
// and Lever all keep, and a link (see boardAttrsOK).
var boardTags = map[string]bool{"p": true, "ul": true, "li": true, "b": true, "strong": true, "i": true, "br": true, "a": true}

// boardAttrsOK: no element carries attributes except a, which carries
// exactly an http(s) href.
func boardAttrsOK(tag string, attrs []html.Attribute) bool {
	if tag != "a" {
		return len(attrs) == 0
	}
	return len(attrs) == 1 && attrs[0].Key == "href" && attrs[0].Namespace == "" &&
		(strings.HasPrefix(attrs[0].Val, "https://") || strings.HasPrefix(attrs[0].Val, "http://"))
}

// checkBoardHTML fails unless s is a well-formed fragment of boardTags
// without attributes whose blocks read as want.
func checkBoardHTML(t *testing.T, s string, want []string) {
	t.Helper()
	// Tokenize first: the parser would silently repair a missing end tag.
	z := html.NewTokenizer(strings.NewReader(s))
	var open []string
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				t.Fatalf("tokenize: %v", z.Err())
			}
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			if !boardTags[tok.Data] {
				t.Fatalf("element <%s> is not one boards keep", tok.Data)
			}
			if tt != html.EndTagToken && !boardAttrsOK(tok.Data, tok.Attr) {
				t.Fatalf("<%s> carries attributes %v", tok.Data, tok.Attr)
			}
		case html.CommentToken, html.DoctypeToken:
			t.Fatalf("unexpected %v token %q", tt, tok.Data)
		}
		switch {
		case tt == html.StartTagToken && tok.Data != "br":
			open = append(open, tok.Data)
		case tt == html.EndTagToken:
			if len(open) == 0 || open[len(open)-1] != tok.Data {
				t.Fatalf("</%s> closes nothing open (open: %v)", tok.Data, open)
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		t.Fatalf("elements left open: %v", open)
	}

	nodes := parseFragment(t, s)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (!boardTags[n.Data] || !boardAttrsOK(n.Data, n.Attr)) {
			t.Fatalf("parsed tree holds <%s %v>", n.Data, n.Attr)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	compareBlocks(t, "HTML", htmlBlocks(nodes), want)
}

func TestHTMLIsBoardSafeAndReadsLikeThePosting(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			checkBoardHTML(t, fx.p.HTML(), wantBlocks(fx.p, false))
		})
	}
}

func TestHTMLEscapesMarkup(t *testing.T) {
	p := remoteFixture()
	out := p.HTML()
	for _, raw := range []string{"<Platform>", "<b>not bold</b>", "&amp; stays"} {
		if strings.Contains(out, raw) {
			t.Errorf("HTML holds %q unescaped", raw)
		}
	}
	if !strings.Contains(out, "&lt;b&gt;not bold&lt;/b&gt; &amp; &amp;amp; stays as typed") {
		t.Errorf("escaped item missing from:\n%s", out)
	}
}

// TestHTMLLinksTheApplyAddress: an http(s) apply URL becomes a link,
// escaped in the href and in the text; anything else stays text.
func TestHTMLLinksTheApplyAddress(t *testing.T) {
	p := backendFixture()
	p.Apply = Apply{URL: `https://acme.example/jobs?a=1&b="2"`, Email: "jobs@acme.example"}
	out := p.HTML()
	want := `<p>Apply at <a href="https://acme.example/jobs?a=1&amp;b=&#34;2&#34;">https://acme.example/jobs?a=1&amp;b=&#34;2&#34;</a> or write to jobs@acme.example.`
	if !strings.Contains(out, want) {
		t.Errorf("no link in:\n%s", out)
	}
	checkBoardHTML(t, out, wantBlocks(p, false))
	for _, url := range []string{"javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://acme.example/jobs", "acme.example/jobs"} {
		p.Apply = Apply{URL: url}
		out := p.HTML()
		if strings.Contains(out, "<a") {
			t.Errorf("%q became a link:\n%s", url, out)
		}
		checkBoardHTML(t, out, wantBlocks(p, false))
	}
}
