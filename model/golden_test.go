package model

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files from the current output")

// checkGolden compares got with testdata/name.golden, or rewrites the file
// under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s differs from the golden file at line %d:\n got: %q\nwant: %q", path, i+1, g, w)
			return
		}
	}
}

func TestExportGolden(t *testing.T) {
	opts := ExportOptions{Wrap: 80, Now: fixtureTime}
	for _, fx := range fixtures() {
		for _, f := range Formats() {
			t.Run(fx.name+"/"+string(f), func(t *testing.T) {
				out, err := Export(fx.p, f, opts)
				if fx.name == "minimal" && f == FormatJSONLD {
					var mf *MissingFieldsError
					if !errors.As(err, &mf) {
						t.Fatalf("JSON-LD of a bare draft: err = %v, want *MissingFieldsError", err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, fx.name+f.Ext(), out)
			})
		}
	}
	// Narrow and unwrapped plain text, where wrapping decisions show most.
	for _, fx := range []fixture{{"remote", remoteFixture()}, {"intl", intlFixture()}} {
		checkGolden(t, fx.name+".w36.txt", []byte(fx.p.PlainText(36)))
		checkGolden(t, fx.name+".nowrap.txt", []byte(fx.p.PlainText(0)))
	}
}
