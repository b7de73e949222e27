package picker_test

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/picker"
	"jobpost/ui/internal/uitest"
)

// screen hosts a picker as a page does: the picker first, then space
// toggles and enter chooses.
type screen struct {
	list   picker.Model
	chosen string
	cycle  []picker.Mark
	w, h   int
}

func (s *screen) Init() tea.Cmd { return nil }

func (s *screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		s.w, s.h = ws.Width, ws.Height
		return s, s.list.SetSize(ws.Width, ws.Height)
	}
	next, cmd, used := s.list.Update(msg)
	s.list = next
	if used {
		return s, cmd
	}
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, s.list.Keys().Toggle):
			s.list.Toggle(s.cycle...)
		case km.String() == "enter":
			if it, _, ok := s.list.Current(); ok {
				s.chosen = it.ID
			}
		}
	}
	return s, cmd
}

func (s *screen) View() tea.View { return tea.NewView(common.FitBlock(s.list.View(), s.w, s.h)) }

var skills = []picker.Item{
	{ID: "go", Label: "Go", Group: "Languages"},
	{ID: "rust", Label: "Rust", Group: "Languages"},
	{ID: "kafka", Label: "Kafka", Group: "Data", Search: "streaming"},
	{ID: "pg", Label: "PostgreSQL", Group: "Data", Detail: "relational database"},
	{ID: "k8s", Label: "Kubernetes", Group: "Platform"},
	{ID: "dist", Label: "Distributed systems", Group: "Platform"},
}

func hosted(t *testing.T, theme common.Theme, w, h int, items []picker.Item, marked bool) (*uitest.Driver, *screen) {
	t.Helper()
	c := uitest.NewCommon(t, theme)
	var mv func(picker.Mark) string
	if marked {
		mv = picker.SkillMarks(c.Styles)
	}
	return hostedOn(t, c, w, h, items, mv)
}

func hostedOn(t *testing.T, c *common.Common, w, h int, items []picker.Item, markView func(picker.Mark) string) (*uitest.Driver, *screen) {
	t.Helper()
	s := &screen{list: picker.New(c, items, markView)}
	return uitest.NewDriver(t, s, w, h), s
}

// filterLine is the picker's first line: the filter typed or kept.
func filterLine(d *uitest.Driver) string {
	line, _, _ := strings.Cut(d.Screen(), "\n")
	return strings.TrimSpace(line)
}

func current(t *testing.T, s *screen) string {
	t.Helper()
	it, _, ok := s.list.Current()
	if !ok {
		t.Fatal("no item under the cursor")
	}
	return it.ID
}

// Space changes the mark and never moves the cursor (it moved down in the
// editor's catalog picker and stayed in the wizard).
func TestSpaceTogglesInPlace(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	d.Keys("down", "space")
	if current(t, s) != "rust" || s.list.Mark(1) != picker.Ticked {
		t.Fatalf("after space: cursor on %s, mark %v", current(t, s), s.list.Mark(1))
	}
	d.Keys("space")
	if current(t, s) != "rust" || s.list.Mark(1) != picker.Unmarked {
		t.Fatalf("second space: cursor on %s, mark %v", current(t, s), s.list.Mark(1))
	}
}

func TestSpaceCyclesMustNiceNone(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	s.cycle = []picker.Mark{picker.Unmarked, picker.Must, picker.Nice}
	var got []picker.Mark
	for range 3 {
		d.Keys("space")
		got = append(got, s.list.Mark(0))
	}
	if got[0] != picker.Must || got[1] != picker.Nice || got[2] != picker.Unmarked || current(t, s) != "go" {
		t.Fatalf("cycle %v, cursor on %s", got, current(t, s))
	}
}

func TestToggleNeedsMarks(t *testing.T) {
	_, s := hosted(t, common.Dark, 80, 24, skills, false)
	if _, ok := s.list.Toggle(); ok {
		t.Fatal("a single-choice list took a mark")
	}
}

// After `/kafka enter`, `/` and typing is a new filter, not "kafka" and
// more.
func TestSlashStartsANewFilter(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	d.Keys("/", "kafka", "enter")
	if s.list.Filtering() || filterLine(d) != "/ kafka  (esc clears)" || current(t, s) != "kafka" {
		t.Fatalf("after /kafka enter: filtering %v, %q, on %s", s.list.Filtering(), filterLine(d), current(t, s))
	}
	d.Keys("/")
	if filterLine(d) != "/ type to filter" {
		t.Fatalf("/ kept the old filter: %q", filterLine(d))
	}
	d.Keys("rust")
	if filterLine(d) != "/ rust" || current(t, s) != "rust" {
		t.Fatalf("typing after / gave %q, on %s", filterLine(d), current(t, s))
	}
	d.WantScreen("Rust")
	d.RejectScreen("Kafka")
}

func TestFilterKeepsCatalogOrderAndReadsSearchWords(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	d.Keys("/", "streaming")
	if current(t, s) != "kafka" {
		t.Fatalf("search words not read: on %s", current(t, s))
	}
	d.Keys("esc", "/", "s") // every label with an s, in catalog order
	scr := d.Screen()
	if !(strings.Index(scr, "Rust") < strings.Index(scr, "PostgreSQL") && strings.Index(scr, "PostgreSQL") < strings.Index(scr, "Distributed")) {
		t.Fatalf("filter reordered the list:\n%s", scr)
	}
}

func TestEscClearsTheFilterAndKeepsTheItem(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	d.Keys("/", "kube", "enter", "esc")
	if filterLine(d) != "/ to filter" || current(t, s) != "k8s" {
		t.Fatalf("esc: filter %q, on %s", filterLine(d), current(t, s))
	}
}

func TestEnterOnAFilterChoosesInASingleChoiceList(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, false)
	d.Keys("/", "postgres", "enter")
	if s.chosen != "pg" {
		t.Fatalf("enter on the filter chose %q", s.chosen)
	}
}

func TestAppendedItemsAreFound(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	s.list.Append(picker.Item{ID: "own", Label: "Chaos Engineering", Group: "Your own skills"}, picker.Must)
	d.Keys("/", "chaos")
	if current(t, s) != "own" {
		t.Fatalf("appended item not found: on %s", current(t, s))
	}
}

func TestGoldenMarked80x24(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	s.cycle = []picker.Mark{picker.Unmarked, picker.Must, picker.Nice}
	d.Keys("down", "space", "down", "down", "space")
	uitest.Golden(t, d.Frame())
}

func TestGoldenFiltering80x24(t *testing.T) {
	d, _ := hosted(t, common.Dark, 80, 24, skills, false)
	d.Keys("/", "data")
	uitest.Golden(t, d.Frame())
}

func TestGoldenFullTextOfALongRowLight80x24(t *testing.T) {
	long := []picker.Item{
		{ID: "a", Label: "Design, build and run the services that move payments between banks, merchants and customers", Detail: "core"},
		{ID: "b", Label: "Mentor engineers"},
	}
	d, _ := hosted(t, common.Light, 80, 24, long, true)
	d.WantScreen("and customers — core")
	uitest.Golden(t, d.Frame())
}

func TestGoldenNothingMatches80x24(t *testing.T) {
	d, _ := hosted(t, common.Dark, 80, 24, skills, false)
	d.Keys("/", "zzzz")
	d.WantScreen("Nothing matches “zzzz”.")
	uitest.Golden(t, d.Frame())
}

// x toggles as space does: the one Toggle key of every list.
func TestXTogglesLikeSpace(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, true)
	d.Keys("x")
	if s.list.Mark(0) != picker.Ticked || current(t, s) != "go" {
		t.Fatalf("after x: mark %v, cursor on %s", s.list.Mark(0), current(t, s))
	}
	if !key.Matches(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}, picker.NewKeyMap(common.DefaultKeyMap()).Toggle) {
		t.Fatal("space is not the Toggle of a picker's key map")
	}
}

// The picker speaks the keys of the Common it is given (it built its own
// from the defaults, so a changed key map moved every list but the
// pickers).
func TestKeysComeFromCommon(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	c.Keys.Down = key.NewBinding(key.WithKeys("J"))
	c.Keys.Filter = key.NewBinding(key.WithKeys("f"))
	c.Keys.AcceptFilter = key.NewBinding(key.WithKeys("ctrl+s"))
	d, s := hostedOn(t, c, 80, 24, skills, nil)
	d.Keys("down")
	if current(t, s) != "go" {
		t.Fatalf("the default down key moved the cursor to %s", current(t, s))
	}
	d.Keys("J")
	if current(t, s) != "rust" {
		t.Fatalf("the Common's down key left the cursor on %s", current(t, s))
	}
	d.Keys("f", "kafka", "ctrl+s")
	if s.list.Filtering() || current(t, s) != "kafka" {
		t.Fatalf("the Common's filter keys: filtering %v, on %s", s.list.Filtering(), current(t, s))
	}
}

// The full text of a long row wraps at spaces: a date is never cut at
// its hyphens (it was, by ansi.Wordwrap).
func TestFullTextKeepsADateWhole(t *testing.T) {
	long := []picker.Item{{ID: "a", Label: strings.Repeat("word ", 13) + "until 2026-12-31 and then some more words to be read"}}
	d, _ := hosted(t, common.Dark, 80, 24, long, false)
	d.WantScreen("2026-12-31 and then some more words")
}

func TestGoldenChecklist80x24(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	d, _ := hostedOn(t, c, 80, 24, skills, picker.CheckMarks(c.Styles))
	d.Keys("space", "down", "down", "x")
	uitest.Golden(t, d.Frame())
}

// many is n single items, "Item 1" to "Item n".
func many(n int) []picker.Item {
	items := make([]picker.Item, n)
	for i := range items {
		items[i] = picker.Item{ID: fmt.Sprint(i + 1), Label: fmt.Sprintf("Item %d", i+1)}
	}
	return items
}

// A list taller than its room says how many items are above and below
// the rows it shows (nothing did: after a move or a resize the first
// rows were gone without a sign), and still fills exactly its height.
func TestHiddenRowsAreCounted(t *testing.T) {
	d, s := hosted(t, common.Dark, 60, 8, many(20), false)
	d.WantScreen("▸ Item 1", "Item 6", "↓ 14 more")
	d.RejectScreen("↑", "Item 7")
	d.Keys("down", "down", "down", "down", "down", "down")
	d.WantScreen("↑ 2 more", "▸ Item 7", "↓ 13 more")
	d.Keys("G")
	d.WantScreen("↑ 14 more", "Item 15", "▸ Item 20")
	d.RejectScreen("↓")
	// A tiny window and back: the rows above are still counted.
	d.Send(tea.WindowSizeMsg{Width: 10, Height: 5})
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 8})
	d.Keys("up", "up", "up", "up", "up", "up")
	d.WantScreen("↑ 13 more", "▸ Item 14", "↓ 2 more")
	for _, l := range strings.Split(d.Screen(), "\n") {
		if strings.Contains(l, "more") && !strings.HasPrefix(l, "  ↑") && !strings.HasPrefix(l, "  ↓") {
			t.Fatalf("odd line %q", l)
		}
	}
	if n := strings.Count(s.list.View(), "\n") + 1; n != 8 {
		t.Fatalf("the picker drew %d lines in 8:\n%s", n, d.Screen())
	}
	uitest.Golden(t, d.Frame())
}

// Headings are not items: they are not counted as hidden.
func TestHiddenCountsItemsNotHeadings(t *testing.T) {
	d, _ := hosted(t, common.Dark, 60, 6, skills, false)
	d.WantScreen("Languages", "▸ Go", "↓ 4 more")
}

// esc clears a kept filter before anything else, so the help offers it
// then, and not before.
func TestHelpOffersClearingOnlyAFilter(t *testing.T) {
	d, s := hosted(t, common.Dark, 80, 24, skills, false)
	if h := uitest.HelpText(s.list); strings.Contains(h, "clear filter") || !strings.Contains(h, "/ filter") {
		t.Fatalf("no filter, help %q", h)
	}
	d.Keys("/", "go", "enter")
	if h := uitest.HelpText(s.list); !strings.Contains(h, "esc clear filter") {
		t.Fatalf("filtered, help %q", h)
	}
	d.Keys("esc")
	if h := uitest.HelpText(s.list); strings.Contains(h, "clear filter") {
		t.Fatalf("filter cleared, help %q", h)
	}
}

// A detail too long for its row is cut between words, not inside one.
func TestALongDetailIsCutBetweenWords(t *testing.T) {
	items := []picker.Item{{ID: "a", Label: "23 Nov 09:00:00 (current)", Detail: "10 words · changed title, summary, 2 duties"}}
	d, _ := hosted(t, common.Dark, 60, 6, items, false)
	d.WantScreen("23 Nov 09:00:00 (current)  10 words · changed title…")
	d.RejectScreen("summ…", "su…")
}
