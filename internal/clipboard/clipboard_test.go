package clipboard

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOSC52(t *testing.T) {
	text := "Senior Backend Engineer\n• Go — 👩‍💻 \x1b[2J"
	seq := OSC52(text)
	if !strings.HasPrefix(seq, "\x1b]52;c;") || !strings.HasSuffix(seq, "\x07") {
		t.Fatalf("OSC52 = %q: want ESC ] 52 ; c ; … BEL", seq)
	}
	payload := strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b]52;c;"), "\x07")
	got, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != text {
		t.Errorf("decoded %q, want %q", got, text)
	}
	// The escape in the text is inside base64: only the frame's own ESC is raw.
	if n := strings.Count(seq, "\x1b"); n != 1 {
		t.Errorf("sequence has %d ESC bytes, want 1", n)
	}
}

func TestTools(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	names := func(ts []Tool) string {
		var s []string
		for _, t := range ts {
			s = append(s, t.Name)
		}
		return strings.Join(s, " ")
	}
	for _, tc := range []struct {
		getenv func(string) string
		goos   string
		want   string
	}{
		{env(), "linux", ""},
		{env("DISPLAY", ":0"), "linux", "xclip xsel"},
		{env("WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0"), "linux", "wl-copy xclip xsel"},
		{env(), "darwin", "pbcopy"},
	} {
		if got := names(Tools(tc.getenv, tc.goos)); got != tc.want {
			t.Errorf("Tools(%s) = %q, want %q", tc.goos, got, tc.want)
		}
	}
}

// fakeTool writes an executable script called name into a new directory
// that copies its stdin and arguments to files; it returns the directory.
func fakeTool(t *testing.T, name, body string) (dir, out string) {
	t.Helper()
	dir = t.TempDir()
	out = filepath.Join(t.TempDir(), "clipboard")
	script := "#!/bin/sh\nPATH=/usr/bin:/bin\n" + strings.ReplaceAll(body, "OUT", out) + "\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, out
}

func TestNativeWithFakeTool(t *testing.T) {
	dir, out := fakeTool(t, "xclip", `cat > OUT; echo "$@" > OUT.args`)
	getenv := func(k string) string {
		return map[string]string{"DISPLAY": ":0", "PATH": dir}[k]
	}
	text := "Über uns\n• Go\n"
	tool, err := NativeEnv(context.Background(), text, getenv)
	if err != nil || tool != "xclip" {
		t.Fatalf("NativeEnv = %q, %v; want xclip", tool, err)
	}
	got, _ := os.ReadFile(out)
	if string(got) != text {
		t.Errorf("the tool read %q, want %q", got, text)
	}
	args, _ := os.ReadFile(out + ".args")
	if strings.TrimSpace(string(args)) != "-selection clipboard" {
		t.Errorf("xclip ran with %q", args)
	}
}

func TestNativeFallsBackAndReports(t *testing.T) {
	bad, _ := fakeTool(t, "xclip", "exit 3")
	good, out := fakeTool(t, "xsel", "cat > OUT")
	getenv := func(k string) string {
		return map[string]string{"DISPLAY": ":0", "PATH": bad + string(os.PathListSeparator) + good}[k]
	}
	tool, err := NativeEnv(context.Background(), "hello", getenv)
	if err != nil || tool != "xsel" {
		t.Fatalf("NativeEnv = %q, %v; want xsel after xclip failed", tool, err)
	}
	if got, _ := os.ReadFile(out); string(got) != "hello" {
		t.Errorf("xsel read %q", got)
	}

	// Only the failing tool: its failure is the error.
	getenv = func(k string) string { return map[string]string{"DISPLAY": ":0", "PATH": bad}[k] }
	tool, err = NativeEnv(context.Background(), "hello", getenv)
	if tool != "" || err == nil || !strings.Contains(err.Error(), "xclip") {
		t.Errorf("NativeEnv = %q, %v; want an error naming xclip", tool, err)
	}
}

func TestNativeWithoutTools(t *testing.T) {
	dir, _ := fakeTool(t, "xclip", "cat > OUT")
	// No DISPLAY: xclip is not a candidate even though it is installed.
	tool, err := NativeEnv(context.Background(), "x", func(k string) string {
		return map[string]string{"PATH": dir}[k]
	})
	if tool != "" || err != nil {
		t.Errorf("NativeEnv = %q, %v; want \"\", nil", tool, err)
	}
	// Relative PATH entries are ignored.
	tool, err = NativeEnv(context.Background(), "x", func(k string) string {
		return map[string]string{"DISPLAY": ":0", "PATH": "."}[k]
	})
	if tool != "" || err != nil {
		t.Errorf("NativeEnv with PATH=. = %q, %v; want \"\", nil", tool, err)
	}
}
