package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// updateGolden reports whether -update was given (the flag is defined by
// teatest's golden package, which this test binary links).
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares a frame with testdata/<name>.golden. The golden file
// keeps the colours (escape sequences) so that a theme change shows up; its
// plain twin (.txt) is for people reading the diff.
func checkGolden(t *testing.T, name, frame string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	plain := filepath.Join("testdata", name+".txt")
	if updateGolden() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(frame), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(plain, []byte(ansi.Strip(frame)), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run Golden -update to create it)", err)
	}
	if string(want) != frame {
		t.Errorf("%s differs from the golden screen.\nwant:\n%s\n\ngot:\n%s", name, ansi.Strip(string(want)), ansi.Strip(frame))
	}
}

// TestGoldenScreens pins the drafts screen at two sizes in both themes.
func TestGoldenScreens(t *testing.T) {
	for _, theme := range []Theme{Dark, Light} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s-%dx%d", theme, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				d := newDriver(t, New(newTestCommon(t, theme)), size[0], size[1])
				name := func(screen string) string {
					return fmt.Sprintf("%s-%s-%dx%d", screen, theme, size[0], size[1])
				}
				checkGolden(t, name("drafts-empty"), d.m.View().Content)
				d.keys("n", "enter", "down", "enter", "down", "space", "down", "n", "enter", "enter", "enter")
				if !strings.Contains(d.screen(), "Senior Backend Engineer") {
					t.Fatalf("draft not listed:\n%s", d.screen())
				}
				checkGolden(t, name("drafts-one"), d.m.View().Content)
			})
		}
	}
}
