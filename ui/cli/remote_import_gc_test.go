package cli

import (
	"io"
	"runtime/debug"
	"strings"
	"testing"
)

// gcWatchingReader is standard input that notes the process's garbage
// collector settings when the import first reads it.
type gcWatchingReader struct {
	r           io.Reader
	read        bool
	gcPercent   int
	memoryLimit int64
}

func (g *gcWatchingReader) Read(p []byte) (int, error) {
	if !g.read {
		g.read = true
		g.gcPercent = debug.SetGCPercent(100)
		debug.SetGCPercent(g.gcPercent)
		g.memoryLimit = debug.SetMemoryLimit(-1) // -1 only asks
	}
	return g.r.Read(p)
}

func TestRemoteImportLeavesTheServersCollectorAlone(t *testing.T) {
	// The collector's settings are the whole process's: over SSH that is
	// the server, with every other session in it, and imports that
	// overlap would restore each other's settings in the wrong order.
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(1 << 40))
	env, result := testEnv(t, cmdEnv{})
	stdin := &gcWatchingReader{r: strings.NewReader(`{"title": "Staff Data Engineer", "role": "data-engineering", "seniority": "senior"}`)}
	env.Stdin = stdin
	handle := openLibrary(t).As("ana")
	defer handle.Close()
	r := result(RemoteMain([]string{"import"}, env, remoteOn(t, handle)))
	if r.status != 0 {
		t.Fatalf("import: %d %q", r.status, r.stderr)
	}
	if stdin.gcPercent != 100 || stdin.memoryLimit != 1<<40 {
		t.Fatalf("during an import over SSH the server's collector ran at GOGC=%d, memory limit %d",
			stdin.gcPercent, stdin.memoryLimit)
	}
}
