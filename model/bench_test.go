package model

import (
	"bytes"
	"testing"
)

// BenchmarkExportAll renders the ~800-word posting in all five formats;
// the budget is 2 ms per iteration.
func BenchmarkExportAll(b *testing.B) {
	p := longFixture()
	opts := ExportOptions{Wrap: 80, Now: fixtureTime}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range Formats() {
			if _, err := Export(p, f, opts); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParseImport(b *testing.B) {
	data := mustJSON(b, longFixture())
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseImport(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
