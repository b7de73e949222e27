package cli

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"jobpost/internal/fakepostings"
	"jobpost/internal/testbinary"
)

// TestImportFigures imports 10,000, 50,000 and 100,000 realistic postings
// (as `export --format json` writes them, with foreign ids) into a fresh
// database, each as a whole `jobpost import` process under /usr/bin/time,
// and reports time and peak memory against issue 14's targets: 100,000 in
// 10 s or less with at most 300 MB, and at most 12 times the 10,000 time.
// It takes a minute and some 600 MB of disk: run it with
// JOBPOST_FIGURES=1 (make bench does).
func TestImportFigures(t *testing.T) {
	if os.Getenv("JOBPOST_FIGURES") == "" {
		t.Skip("set JOBPOST_FIGURES=1 (make bench)")
	}
	bin := testbinary.Build(t)
	dir := t.TempDir()
	now := time.Now().UTC().Truncate(time.Second)
	type figure struct {
		wall, cpu time.Duration
		rssMB     float64
		inMB      float64
	}
	figs := map[int]figure{}
	for _, n := range []int{10_000, 50_000, 100_000} {
		in := filepath.Join(dir, fmt.Sprintf("postings-%d.json", n))
		f, err := os.Create(in)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		for i := range n {
			data, err := fakepostings.Posting(14, i, now, true).JSON()
			if err != nil {
				t.Fatal(err)
			}
			w.Write(data)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		fi, _ := f.Stat()
		f.Close()
		db := filepath.Join(dir, fmt.Sprintf("jobs-%d.db", n))
		cmd := exec.Command("/usr/bin/time", "-v", bin, "--db", db, "import", in)
		cmd.Env = []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH")}
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("import %d: %v\n%s", n, err, stderr.String())
		}
		if want := fmt.Sprintf("imported %d postings", n); !strings.Contains(stdout.String(), want) {
			t.Fatalf("import %d: stdout lacks %q: …%s", n, want, tail(stdout.String()))
		}
		fg := figure{inMB: float64(fi.Size()) / 1e6}
		fg.wall = parseElapsed(t, stderr.String())
		fg.cpu = seconds(t, stderr.String(), "User time (seconds)") + seconds(t, stderr.String(), "System time (seconds)")
		kb, _ := strconv.Atoi(field(t, stderr.String(), "Maximum resident set size (kbytes)"))
		fg.rssMB = float64(kb) / 1024
		figs[n] = fg
		dbi, _ := os.Stat(db)
		t.Logf("import %7d postings (%6.1f MB of JSON): %6.2f s wall, %6.2f s CPU, peak RSS %5.0f MB; file %6.1f MB",
			n, fg.inMB, fg.wall.Seconds(), fg.cpu.Seconds(), fg.rssMB, float64(dbi.Size())/1e6)
		os.Remove(in)
		os.Remove(db)
	}
	ratio := figs[100_000].wall.Seconds() / figs[10_000].wall.Seconds()
	cpuRatio := figs[100_000].cpu.Seconds() / figs[10_000].cpu.Seconds()
	t.Logf("100,000 / 10,000: %.1f× wall, %.1f× CPU (target ≤ 12×)", ratio, cpuRatio)
	if f := figs[100_000]; f.wall > 10*time.Second || f.rssMB > 300 || ratio > 12 {
		t.Errorf("over target: 100,000 in %v with %.0f MB, %.1f× the 10,000 time", f.wall, f.rssMB, ratio)
	}
}

func tail(s string) string { return s[max(0, len(s)-300):] }

func field(t *testing.T, out, name string) string {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(name) + `: (\S+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no %q in:\n%s", name, out)
	}
	return m[1]
}

func seconds(t *testing.T, out, name string) time.Duration {
	v, err := strconv.ParseFloat(field(t, out, name), 64)
	if err != nil {
		t.Fatal(err)
	}
	return time.Duration(v * float64(time.Second))
}

// parseElapsed reads "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:07.12".
func parseElapsed(t *testing.T, out string) time.Duration {
	v := field(t, out, "Elapsed (wall clock) time (h:mm:ss or m:ss)")
	var d time.Duration
	for part := range strings.SplitSeq(v, ":") {
		f, err := strconv.ParseFloat(part, 64)
		if err != nil {
			t.Fatal(err)
		}
		d = d*60 + time.Duration(f*float64(time.Second))
	}
	return d
}
