package ui

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// TestImportsRunOneWay checks the shape of ui/ with go list: pages import
// components and common, never each other and never the root; components
// import neither pages nor the root; only the root imports pages.
func TestImportsRunOneWay(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports", "jobpost/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	seen := 0
	for dec.More() {
		var pkg struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&pkg); err != nil {
			t.Fatal(err)
		}
		seen++
		for _, imp := range pkg.Imports {
			if why := forbidden(pkg.ImportPath, imp); why != "" {
				t.Errorf("%s imports %s: %s", pkg.ImportPath, imp, why)
			}
		}
	}
	if seen < 10 {
		t.Fatalf("go list found only %d packages", seen)
	}
}

// forbidden says why package from may not import imp, or "".
func forbidden(from, imp string) string {
	const root, pages, components = "jobpost/ui", "jobpost/ui/pages/", "jobpost/ui/components/"
	const server = "jobpost/ui/server"
	inPages := strings.HasPrefix(from, pages)
	inComponents := strings.HasPrefix(from, components)
	switch {
	case from == "jobpost" && imp == "jobpost/ui/cli":
		return "" // main hands over to the command line
	case imp == root && from != "jobpost/ui/cli" && from != server:
		return "only the command line and the SSH server start the root"
	case imp == server && from != "jobpost/ui/cli":
		return "only the command line starts the SSH server"
	case from == server && strings.HasPrefix(imp, "jobpost/ui/cli"):
		return "the SSH server runs commands through its Config, not the command line's package"
	case strings.HasPrefix(imp, pages) && from != root:
		if inPages && pageOf(from) == pageOf(imp) {
			return "" // a page's own sub-packages
		}
		return "only the root imports pages"
	case inComponents && strings.HasPrefix(imp, "jobpost/ui/cli"):
		return "components know nothing of the command line"
	case (inPages || inComponents || strings.HasPrefix(from, "jobpost/ui/common")) &&
		strings.HasPrefix(imp, "jobpost/ui/cli"):
		return "the screens know nothing of the command line"
	case strings.HasPrefix(from, "jobpost/ui/common") && strings.HasPrefix(imp, components):
		return "common is below the components"
	case !strings.HasPrefix(from, "jobpost/ui") && strings.HasPrefix(imp, "jobpost/ui"):
		return "model, data, storage and internal know nothing of the UI"
	}
	return ""
}

func pageOf(path string) string {
	rest := strings.TrimPrefix(path, "jobpost/ui/pages/")
	name, _, _ := strings.Cut(rest, "/")
	return name
}

func TestForbiddenImports(t *testing.T) {
	cases := map[[2]string]bool{
		{"jobpost/ui/pages/editor", "jobpost/ui/pages/publish"}:         true,
		{"jobpost/ui/pages/editor", "jobpost/ui"}:                       true,
		{"jobpost/ui/components/picker", "jobpost/ui/pages/wizard"}:     true,
		{"jobpost/ui/common", "jobpost/ui/components/picker"}:           true,
		{"jobpost/model", "jobpost/ui/common"}:                          true,
		{"jobpost/ui", "jobpost/ui/pages/editor"}:                       false,
		{"jobpost/ui/pages/editor", "jobpost/ui/components/form"}:       false,
		{"jobpost/ui/pages/editor/sections", "jobpost/ui/pages/editor"}: false,
		{"jobpost/ui/cli", "jobpost/ui"}:                                false,
		{"jobpost/ui/server", "jobpost/ui"}:                             false,
		{"jobpost/ui/cli", "jobpost/ui/server"}:                         false,
		{"jobpost/ui/server", "jobpost/ui/cli"}:                         true,
		{"jobpost/ui/pages/editor", "jobpost/ui/server"}:                true,
		{"jobpost/ui/components/form", "jobpost/ui/common"}:             false,
	}
	for c, want := range cases {
		if got := forbidden(c[0], c[1]) != ""; got != want {
			t.Errorf("forbidden(%s → %s) = %v, want %v", c[0], c[1], got, want)
		}
	}
}
