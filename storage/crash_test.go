package storage

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"jobpost/internal/testbinary"
)

// Child processes: the test binary re-executed with one of these set runs
// only the matching helper test.
const (
	envAutosaver = "JOBPOST_TEST_AUTOSAVER_DB"
	envHolder    = "JOBPOST_TEST_HOLDER_DB"
)

var autosaverIDs = []string{"crashaaaa", "crashbbbb", "crashcccc"}

// TestHelperAutosaver saves in a loop, round-robin over a few drafts, and
// prints "ack <id> <counter>" after each Save returns.
func TestHelperAutosaver(t *testing.T) {
	path := os.Getenv(envAutosaver)
	if path == "" {
		t.Skip("child process for TestCrashKeepsAcknowledgedSaves")
	}
	s, err := Open(path, Options{Timeout: 5 * time.Second})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	start := 0
	if list, err := s.List(); err == nil {
		for _, sum := range list {
			if n, _ := strconv.Atoi(strings.TrimPrefix(sum.Title, "save ")); n > start {
				start = n
			}
		}
	}
	for n := start + 1; ; n++ {
		id := autosaverIDs[n%len(autosaverIDs)]
		p := posting(id, "save "+strconv.Itoa(n), t0.Add(time.Duration(n)*time.Millisecond))
		if err := s.Save(p); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Printf("ack %s %d\n", id, n) // unbuffered: on stdout as soon as Save returned
	}
}

// TestCrashKeepsAcknowledgedSaves kills an autosaving process with SIGKILL
// at random moments; every save it acknowledged must survive, and the file
// must stay consistent.
func TestCrashKeepsAcknowledgedSaves(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	path := filepath.Join(t.TempDir(), "jobpost.db")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	acked := map[string]int{}
	total := 0
	for round := range 8 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAutosaver$", "-test.count=1")
		cmd.Env = append(os.Environ(), envAutosaver+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string)
		go func() {
			defer close(lines)
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
		}()
		// The clock starts at the first ack, so a slow start-up (race
		// detector, busy machine) cannot make a round without saves.
		var kill <-chan time.Time
		killed := false
		deadline := time.After(20 * time.Second)
	read:
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					break read
				}
				var id string
				var n int
				if _, err := fmt.Sscanf(line, "ack %s %d", &id, &n); err != nil {
					// test framework chatter (e.g. PASS) or an error from the child
					if strings.HasPrefix(line, "error") {
						t.Fatalf("round %d: child: %s", round, line)
					}
					continue
				}
				acked[id], total = n, total+1
				if kill == nil {
					kill = time.After(time.Duration(rng.IntN(150)) * time.Millisecond)
				}
			case <-kill:
				if !killed {
					killed = true
					if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
						t.Fatal(err)
					}
				}
			case <-deadline:
				cmd.Process.Kill()
				t.Fatalf("round %d: child did not finish", round)
			}
		}
		err = cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("round %d: child ended with %v, want SIGKILL", round, err)
		}
		checkAcked(t, path, acked)
	}
	t.Logf("%d acknowledged saves over 8 kills, all kept", total)
}

func checkAcked(t *testing.T, path string, acked map[string]int) {
	t.Helper()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	for id, n := range acked {
		p, err := s.Get(id)
		if err != nil {
			t.Fatalf("acknowledged draft %s: %v", id, err)
		}
		got, _ := strconv.Atoi(strings.TrimPrefix(p.Title, "save "))
		if got < n {
			t.Fatalf("draft %s has save %d, but save %d was acknowledged", id, got, n)
		}
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, sum := range list {
		p, err := s.Get(sum.ID)
		if err != nil || p.Title != sum.Title {
			t.Fatalf("summary %+v disagrees with draft %+v (%v)", sum, p, err)
		}
	}
	err = s.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatalf("consistency check after kill: %v", err)
	}
}

// TestHelperHolder opens the database, says so, and holds it until killed,
// as a transaction that lasts would (a Store holds it only that long).
func TestHelperHolder(t *testing.T) {
	path := os.Getenv(envHolder)
	if path == "" {
		t.Skip("child process for TestLockedAcrossProcesses")
	}
	s, err := Open(path, Options{})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	defer db.Close()
	fmt.Println("holding")
	time.Sleep(time.Minute)
}

func TestLockedAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a process")
	}
	path := filepath.Join(t.TempDir(), "jobpost.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHolder$", "-test.count=1")
	cmd.Env = append(os.Environ(), envHolder+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	sc := bufio.NewScanner(out)
	if !sc.Scan() || sc.Text() != "holding" {
		t.Fatalf("child said %q", sc.Text())
	}
	start := time.Now()
	_, err = Open(path, Options{}) // the default timeout: about a second
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while another process holds the file: %v", err)
	}
	if d := time.Since(start); d < 900*time.Millisecond || d > 5*time.Second {
		t.Errorf("gave up after %v, want about a second", d)
	}
	// Once the holder is gone the lock is free.
	cmd.Process.Kill()
	cmd.Wait()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestCrashRealBinary kills the real jobpost with SIGKILL at random
// moments while it writes (`jobpost import` of one small posting; every
// tenth round instead creates a new database), 100 times. After each kill
// the database must open, pass Verify, and hold every import that exited 0
// before the kill, each once; a database killed while being created must
// be absent or sound.
func TestCrashRealBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds jobpost and kills it 100 times")
	}
	dir := t.TempDir()
	bin := testbinary.Build(t)
	path := filepath.Join(dir, "data", "jobpost.db")
	env := []string{"HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "PATH=" + os.Getenv("PATH")}
	run := func(db string, n int, delay time.Duration) (acked bool) {
		in := filepath.Join(dir, "in.json")
		if err := os.WriteFile(in, []byte(fmt.Sprintf(`{"title": "crash %d", "summary": %q}`, n, strings.Repeat("text ", 200))), 0o600); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "--db", db, "import", in)
		cmd.Env = env
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if delay >= 0 {
			time.Sleep(delay)
			cmd.Process.Signal(syscall.SIGKILL) // fails harmlessly if it has finished
		}
		err := cmd.Wait()
		if err != nil && delay < 0 {
			t.Fatalf("import %d: %v\n%s", n, err, stderr.String())
		}
		var exit *exec.ExitError
		if errors.As(err, &exit) && exit.ExitCode() > 0 {
			t.Fatalf("round %d: import failed rather than being killed: %v\n%s", n, err, stderr.String())
		}
		return err == nil
	}

	// How long an import takes here, so the kills land inside one.
	start := time.Now()
	run(path, 0, -1)
	run(path, 1, -1)
	span := time.Since(start) / 2
	want := map[string]bool{"crash 0": true, "crash 1": true}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 2))
	killed := 0
	for n := 2; n < 102; n++ {
		delay := time.Duration(rng.Int64N(int64(span + span/4)))
		if n%10 == 0 {
			fresh := filepath.Join(dir, fmt.Sprintf("new%d", n), "jobpost.db")
			if !run(fresh, n, delay) {
				killed++
			}
			if _, err := os.Stat(fresh); err == nil {
				checkSound(t, fresh, nil)
			}
			continue
		}
		if run(path, n, delay) {
			want[fmt.Sprintf("crash %d", n)] = true
		} else {
			killed++
		}
		checkSound(t, path, want)
	}
	t.Logf("100 rounds of %v each: %d killed mid-run, %d imports acknowledged and kept", span, killed, len(want))
}

// checkSound opens the database as the next run would, verifies every
// page and record, and finds each acknowledged title exactly once.
func checkSound(t *testing.T, path string, want map[string]bool) {
	t.Helper()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("open after a kill: %v", err)
	}
	defer s.Close()
	if err := s.Verify(); err != nil {
		t.Fatalf("after a kill: %v", err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, sum := range list {
		seen[sum.Title]++
	}
	for title := range want {
		if seen[title] != 1 {
			t.Fatalf("acknowledged import %q is there %d times", title, seen[title])
		}
	}
	for title, n := range seen {
		if n > 1 {
			t.Fatalf("%q imported %d times", title, n)
		}
	}
}
