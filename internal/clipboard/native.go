package clipboard

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Tool is a desktop clipboard program that reads the text on its stdin.
type Tool struct {
	Name string
	Args []string
}

// nativeTimeout bounds one tool run: xclip waits for an X server that may
// never answer (a stale DISPLAY over SSH).
const nativeTimeout = 5 * time.Second

// Tools lists the clipboard programs that suit the session, best first:
// wl-copy under Wayland, xclip or xsel under X11, pbcopy on macOS. It
// reads the session from getenv and does not look at PATH.
func Tools(getenv func(string) string, goos string) []Tool {
	var tools []Tool
	if goos == "darwin" {
		tools = append(tools, Tool{Name: "pbcopy"})
	}
	if getenv("WAYLAND_DISPLAY") != "" {
		tools = append(tools, Tool{Name: "wl-copy", Args: []string{"--type", "text/plain;charset=utf-8"}})
	}
	if getenv("DISPLAY") != "" {
		tools = append(tools,
			Tool{Name: "xclip", Args: []string{"-selection", "clipboard"}},
			Tool{Name: "xsel", Args: []string{"--clipboard", "--input"}})
	}
	return tools
}

// Native copies text with the first of Tools that is installed, searching
// the process's PATH. It returns the tool's name, or "" and no error when
// none is available.
func Native(ctx context.Context, text string) (tool string, err error) {
	return NativeEnv(ctx, text, os.Getenv)
}

// NativeEnv is Native in the environment getenv describes: the session
// variables and PATH both come from it. A tool that fails is reported
// only if no later one succeeds.
func NativeEnv(ctx context.Context, text string, getenv func(string) string) (tool string, err error) {
	var errs []error
	for _, t := range Tools(getenv, runtime.GOOS) {
		path, ok := lookPath(t.Name, getenv("PATH"))
		if !ok {
			continue
		}
		if err := run(ctx, path, t.Args, text, getenv); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", t.Name, err))
			continue
		}
		return t.Name, nil
	}
	return "", errors.Join(errs...)
}

func run(ctx context.Context, path string, args []string, text string, getenv func(string) string) error {
	ctx, cancel := context.WithTimeout(ctx, nativeTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdin = strings.NewReader(text)
	// No pipes for stdout and stderr: xclip and wl-copy leave a child
	// behind to serve the selection, and it would hold a pipe open, making
	// Wait hang until the selection is replaced.
	cmd.Stdout, cmd.Stderr = nil, nil
	cmd.Env = environ(getenv)
	err := cmd.Run()
	if ctx.Err() != nil {
		return fmt.Errorf("gave no answer within %v", nativeTimeout)
	}
	return err
}

// environ is the tool's environment: the variables a clipboard program
// needs, taken from getenv.
func environ(getenv func(string) string) []string {
	var env []string
	for _, k := range []string{"PATH", "HOME", "DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR"} {
		if v := getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// lookPath finds an executable file called name in the directories of
// pathList, as exec.LookPath does for the process's own PATH.
func lookPath(name, pathList string) (string, bool) {
	for _, dir := range filepath.SplitList(pathList) {
		if dir == "" || !filepath.IsAbs(dir) {
			continue // a relative PATH entry would run whatever is in the current directory
		}
		p := filepath.Join(dir, name)
		fi, err := os.Stat(p)
		if err != nil || !fi.Mode().IsRegular() || fi.Mode()&0o111 == 0 {
			continue
		}
		return p, true
	}
	return "", false
}
