package model

import (
	"testing"
)

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{
		"md": FormatMarkdown, "Markdown": FormatMarkdown, "text": FormatText, "TXT": FormatText,
		"html": FormatHTML, "htm": FormatHTML, "json": FormatJSON, " jsonld ": FormatJSONLD, "json-ld": FormatJSONLD,
	} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "pdf", "yaml", ".md"} {
		if _, err := ParseFormat(in); err == nil {
			t.Errorf("ParseFormat(%q) accepted", in)
		}
	}
}

func TestFormatFromPath(t *testing.T) {
	for path, want := range map[string]Format{
		"a.md": FormatMarkdown, "dir/b.MARKDOWN": FormatMarkdown, "c.txt": FormatText, "d.html": FormatHTML,
		"e.htm": FormatHTML, "f.json": FormatJSON, "g.jsonld": FormatJSONLD,
	} {
		if got, ok := FormatFromPath(path); !ok || got != want {
			t.Errorf("FormatFromPath(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
	for _, path := range []string{"a", "a.pdf", "a.json-ld", "a.plain", "md"} {
		if got, ok := FormatFromPath(path); ok {
			t.Errorf("FormatFromPath(%q) = %q", path, got)
		}
	}
}

func TestExtRoundTripsThroughFormatFromPath(t *testing.T) {
	for _, f := range Formats() {
		if got, ok := FormatFromPath("posting" + f.Ext()); !ok || got != f {
			t.Errorf("%q: FormatFromPath(posting%s) = %q, %v", f, f.Ext(), got, ok)
		}
	}
	if Format("pdf").Ext() != "" {
		t.Error("unknown format has an extension")
	}
}

func TestExportUnknownFormat(t *testing.T) {
	if _, err := Export(backendFixture(), Format("pdf"), ExportOptions{}); err == nil {
		t.Error("Export to pdf succeeded")
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Senior Backend Engineer":         "senior-backend-engineer",
		"  C++ / Rust Developer (m/w/d) ": "c-rust-developer-m-w-d",
		"Node.js — Lead!":                 "node-js-lead",
		"Ingénieur Logiciel":              "ingénieur-logiciel",
		"バックエンド エンジニア":                    "バックエンド-エンジニア",
		"\x1b[31mRed\x1b[0m Team":         "red-team",
		"":                                "posting",
		"!!!":                             "posting",
		"A very long title that goes on and on well past any sensible file name length": "a-very-long-title-that-goes-on-and-on-well-past-any-sensible",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
