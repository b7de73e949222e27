package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/data"
	"jobpost/storage"
)

func TestMain(m *testing.M) {
	// Timers shortened so the driver below can run them inline.
	autosaveDelay = 5 * time.Millisecond
	autosaveRetry = 20 * time.Millisecond
	previewDebounce = 5 * time.Millisecond
	// Status messages expire at once, and the driver drops the expiry, so
	// a test sees the latest message without waiting for its timer.
	statusTTL = 0
	os.Exit(m.Run())
}

// fixedNow is the clock every UI test runs on.
var fixedNow = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// newTestCommon returns a Common on a fresh database in a temp dir.
func newTestCommon(t testing.TB, theme Theme) *Common {
	t.Helper()
	cat, err := data.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	store, err := storage.Open(filepath.Join(t.TempDir(), "jobs.db"), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	styles := NewStyles(theme)
	return &Common{
		Styles:   styles,
		Catalog:  cat,
		Store:    store,
		Renderer: NewMarkdownRenderer(styles.GlamourStyle()),
		Now:      func() time.Time { return fixedNow },
		DBPath:   "/data/jobs.db",
	}
}

// driver runs a model the way Bubble Tea does, but synchronously: every
// command is run and its message fed back. Commands that take longer than
// cmdTimeout (status-message expiry ticks) are dropped.
type driver struct {
	t     testing.TB
	m     tea.Model
	quit  bool
	depth int
}

const cmdTimeout = 250 * time.Millisecond

func newDriver(t testing.TB, m tea.Model, width, height int) *driver {
	d := &driver{t: t, m: m}
	d.run(m.Init())
	d.send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

func (d *driver) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		if d.quit {
			return
		}
		var cmd tea.Cmd
		d.m, cmd = d.m.Update(msg)
		d.run(cmd)
	}
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil || d.quit {
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 200 {
		d.t.Fatal("driver: commands keep producing commands")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(cmdTimeout):
		return
	}
	switch msg := msg.(type) {
	case nil:
	case tea.QuitMsg:
		d.quit = true
	case statusExpiredMsg:
		// dropped: see TestMain
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		// tea.Sequence's message is an unexported []tea.Cmd; run it in order.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			for i := range v.Len() {
				d.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		d.send(msg)
	}
}

// keys sends each argument as one key press: named keys ("enter", "esc",
// "down", "space", "ctrl+c", …) or a run of literal characters.
func (d *driver) keys(keys ...string) {
	for _, k := range keys {
		d.send(keyMsgs(k)...)
	}
}

func keyMsgs(k string) []tea.Msg {
	named := map[string]tea.KeyPressMsg{
		"enter":     {Code: tea.KeyEnter},
		"esc":       {Code: tea.KeyEscape},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"up":        {Code: tea.KeyUp},
		"down":      {Code: tea.KeyDown},
		"space":     {Code: tea.KeySpace, Text: " "},
		"backspace": {Code: tea.KeyBackspace},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+s":    {Code: 's', Mod: tea.ModCtrl},
	}
	if m, ok := named[k]; ok {
		return []tea.Msg{m}
	}
	var out []tea.Msg
	for _, r := range k {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

// screen is the current frame as plain text.
func (d *driver) screen() string {
	return ansi.Strip(d.m.View().Content)
}

func (d *driver) app() App { return d.m.(App) }

func (d *driver) wantScreen(want ...string) {
	d.t.Helper()
	s := d.screen()
	for _, w := range want {
		if !strings.Contains(s, w) {
			d.t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}
