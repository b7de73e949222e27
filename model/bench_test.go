package model

import (
	"bytes"
	"io"
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

// BenchmarkImportReader reads 1,000 postings of JSON Lines (~2.5 KB each)
// a record at a time: the parse of `jobpost import`.
func BenchmarkImportReader(b *testing.B) {
	var data []byte
	for range 1000 {
		data = append(data, compactJSON(b, longFixture())...)
		data = append(data, '\n')
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		ir := NewImportReader(bytes.NewReader(data))
		n := 0
		for {
			if _, err := ir.Next(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
			n++
		}
		if n != 1000 {
			b.Fatal(n)
		}
	}
}
