// Package uitest drives jobpost's pages, components and root model in
// tests the way Bubble Tea does, but synchronously: every command is run
// and its message fed back, so a test reads the screen right after a key.
package uitest

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"jobpost/data"
	"jobpost/storage"
	"jobpost/ui/common"
)

// FixedNow is the clock every UI test runs on.
var FixedNow = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// NewCommon returns a Common on a fresh database in a temp dir, in theme,
// on the fixed clock.
func NewCommon(t testing.TB, theme common.Theme) *common.Common {
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
	c := common.New(theme, cat, store)
	c.Now = func() time.Time { return FixedNow }
	c.Timing = FastTiming
	c.DBPath = "/data/jobs.db"
	return c
}

// FastTiming runs the program's timers at once, or nearly: the driver
// waits for every command, so a test reads the screen after the autosave
// and the render have landed. Status messages expire at once; a test that
// reads them drops the expiry (Driver.Drop).
var FastTiming = common.Timing{
	AutosaveDelay:   5 * time.Millisecond,
	AutosaveRetry:   20 * time.Millisecond,
	PreviewDebounce: 5 * time.Millisecond,
}

// CmdTimeout is how long the driver waits for one command before it fails
// the test: every command must finish (a slow render under -race is still
// waited for; a command that never returns is a bug).
const CmdTimeout = 20 * time.Second

// Driver runs a model synchronously.
type Driver struct {
	T     testing.TB
	Model tea.Model
	Quit  bool
	// Drop, when set, says which messages the driver should not deliver
	// (for example status expiry).
	Drop  func(tea.Msg) bool
	depth int
}

// NewDriver starts m at the given size.
func NewDriver(t testing.TB, m tea.Model, width, height int) *Driver {
	d := &Driver{T: t, Model: m}
	d.Run(m.Init())
	d.Send(tea.WindowSizeMsg{Width: width, Height: height})
	return d
}

// Send delivers messages one after the other, running what they return.
func (d *Driver) Send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		if d.Quit {
			return
		}
		var cmd tea.Cmd
		d.Model, cmd = d.Model.Update(msg)
		d.Run(cmd)
	}
}

// Run runs cmd and delivers its message (batches and sequences in order).
func (d *Driver) Run(cmd tea.Cmd) {
	if cmd == nil || d.Quit {
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 200 {
		d.T.Fatal("driver: commands keep producing commands")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(CmdTimeout):
		d.T.Fatalf("driver: a command did not finish within %v", CmdTimeout)
	}
	switch msg := msg.(type) {
	case nil:
	case tea.QuitMsg:
		d.Quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			d.Run(c)
		}
	default:
		// tea.Sequence's message is an unexported []tea.Cmd; run it in order.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			for i := range v.Len() {
				d.Run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		if d.Drop != nil && d.Drop(msg) {
			return
		}
		d.Send(msg)
	}
}

// Keys sends each argument as key presses: a named key ("enter", "esc",
// "down", "space", "ctrl+c", …) or a run of literal characters.
func (d *Driver) Keys(keys ...string) {
	for _, k := range keys {
		d.Send(KeyMsgs(k)...)
	}
}

// Paste sends text as a bracketed paste.
func (d *Driver) Paste(text string) { d.Send(tea.PasteMsg{Content: text}) }

var namedKeys = map[string]tea.KeyPressMsg{
	"enter":      {Code: tea.KeyEnter},
	"esc":        {Code: tea.KeyEscape},
	"tab":        {Code: tea.KeyTab},
	"shift+tab":  {Code: tea.KeyTab, Mod: tea.ModShift},
	"up":         {Code: tea.KeyUp},
	"down":       {Code: tea.KeyDown},
	"left":       {Code: tea.KeyLeft},
	"right":      {Code: tea.KeyRight},
	"shift+up":   {Code: tea.KeyUp, Mod: tea.ModShift},
	"shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
	"home":       {Code: tea.KeyHome},
	"end":        {Code: tea.KeyEnd},
	"pgup":       {Code: tea.KeyPgUp},
	"pgdown":     {Code: tea.KeyPgDown},
	"space":      {Code: tea.KeySpace, Text: " "},
	"backspace":  {Code: tea.KeyBackspace},
	"delete":     {Code: tea.KeyDelete},
	"ctrl+c":     {Code: 'c', Mod: tea.ModCtrl},
	"ctrl+e":     {Code: 'e', Mod: tea.ModCtrl},
	"ctrl+s":     {Code: 's', Mod: tea.ModCtrl},
	"ctrl+y":     {Code: 'y', Mod: tea.ModCtrl},
	"ctrl+z":     {Code: 'z', Mod: tea.ModCtrl},
}

// KeyMsgs turns one argument of Keys into messages.
func KeyMsgs(k string) []tea.Msg {
	if m, ok := namedKeys[k]; ok {
		return []tea.Msg{m}
	}
	var out []tea.Msg
	for _, r := range k {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

// Frame is the current frame, escape sequences and all.
func (d *Driver) Frame() string { return d.Model.View().Content }

// Screen is the current frame as plain text.
func (d *Driver) Screen() string { return ansi.Strip(d.Frame()) }

// WantScreen fails the test unless the screen shows every text.
func (d *Driver) WantScreen(want ...string) {
	d.T.Helper()
	s := d.Screen()
	for _, w := range want {
		if !strings.Contains(s, w) {
			d.T.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

// RejectScreen fails the test if the screen shows any of the texts.
func (d *Driver) RejectScreen(reject ...string) {
	d.T.Helper()
	s := d.Screen()
	for _, r := range reject {
		if strings.Contains(s, r) {
			d.T.Fatalf("screen shows %q:\n%s", r, s)
		}
	}
}

// Golden compares a frame with testdata/<test name>.golden through
// x/exp/golden (escape sequences shown quoted in the diff); `go test
// -update` rewrites it.
func Golden(t *testing.T, frame string) {
	t.Helper()
	golden.RequireEqual(t, frame)
}
