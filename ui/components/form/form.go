// Package form is a column of short fields — text inputs and choices —
// checked on every change against the posting they fill.
package form

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/model"
	"jobpost/ui/common"
)

// Event says what an Update did to the form.
type Event int

// The events.
const (
	None      Event = iota
	Changed         // a value changed: the owner asks for the Candidate
	Submitted       // enter
	Cancelled       // esc
)

// LabelWidth is the column the labels take.
const LabelWidth = 10

// Model is a form: its fields, the one with focus and each field's
// message. A change is checked at once; the owner applies a candidate
// whose fields are all valid (live, so a preview follows typing).
type Model struct {
	styles *common.Styles
	fields []Field
	focus  int
	errs   []string
	warns  []string // a value that looks mistyped but may stand (model.Posting.Warnings)
	width  int
	keys   KeyMap
}

// New returns a form of fields with the first focused.
func New(c *common.Common, fields ...Field) Model {
	f := Model{styles: &c.Styles, fields: fields, errs: make([]string, len(fields)), warns: make([]string, len(fields)), keys: newKeyMap(c.Keys)}
	return f
}

// Focus focuses field i (wrapping around) and blurs the others.
func (f *Model) Focus(i int) tea.Cmd {
	if len(f.fields) == 0 {
		return nil
	}
	f.focus = (i + len(f.fields)) % len(f.fields)
	var cmd tea.Cmd
	for j := range f.fields {
		in := &f.fields[j].input
		switch {
		case j == f.focus && !f.fields[j].isChoice():
			in.CursorEnd()
			cmd = in.Focus()
		case in.Focused():
			in.Blur()
			in.CursorStart() // a long URL shows its start, not its end
		}
	}
	return cmd
}

// Blur takes the focus away from every field.
func (f *Model) Blur() {
	for j := range f.fields {
		f.fields[j].input.Blur()
		f.fields[j].input.CursorStart()
	}
}

// Focused is the index of the focused field.
func (f Model) Focused() int { return f.focus }

// Room is how many more characters fit in the focused field; -1 for a
// choice, which takes no text.
func (f Model) Room() int {
	if len(f.fields) == 0 || f.fields[f.focus].isChoice() {
		return -1
	}
	in := f.fields[f.focus].input
	return max(in.CharLimit-len([]rune(in.Value())), 0)
}

// Limit is how many characters the focused field holds at most; -1 for
// a choice.
func (f Model) Limit() int {
	if len(f.fields) == 0 || f.fields[f.focus].isChoice() {
		return -1
	}
	return f.fields[f.focus].input.CharLimit
}

// SetWidth sizes the inputs to width columns.
func (f *Model) SetWidth(w int) {
	f.width = w
	for i := range f.fields {
		f.fields[i].input.SetWidth(max(w-LabelWidth-4, 8))
	}
}

// Candidate applies every changed field to a copy of p and checks the
// result: the copy, and whether every field is valid (the messages show
// under the fields). A field nobody changed is not written: its value is
// p's own.
func (f *Model) Candidate(p model.Posting) (model.Posting, bool) {
	p, f.errs = f.check(p, func(i int) bool { return f.fields[i].touched })
	f.warns = make([]string, len(f.fields))
	for _, w := range p.Warnings() {
		for i, fl := range f.fields {
			if fl.problem == w.Field && f.warns[i] == "" {
				f.warns[i] = w.Message
			}
		}
	}
	return p, !hasMessage(f.errs)
}

// Settled is what is typed and valid but not yet the posting's, for the
// moment the program ends with the form open: p with every changed field
// whose value is valid written in, when the form as a whole is not (a
// field mistyped must not take a good one down with it). ok is false
// when there is no such field, or those are not valid together either.
// The form's messages are left as they are.
func (f Model) Settled(p model.Posting) (model.Posting, bool) {
	touched := func(i int) bool { return f.fields[i].touched }
	next, errs := f.check(p, touched)
	if !hasMessage(errs) {
		return next, true
	}
	good := func(i int) bool { return touched(i) && errs[i] == "" }
	next, again := f.check(p, good)
	some := false
	for i := range f.fields {
		if good(i) {
			some = true
			if again[i] != "" {
				return p, false
			}
		}
	}
	return next, some
}

// check applies the fields use picks to a copy of p, and the message of
// each field: its value cannot be read, or the posting has a problem
// there.
func (f Model) check(p model.Posting, use func(i int) bool) (model.Posting, []string) {
	errs := make([]string, len(f.fields))
	for i, fl := range f.fields {
		if !use(i) {
			continue
		}
		if err := fl.apply(&p, fl.value()); err != nil {
			errs[i] = err.Error()
		}
	}
	for _, pr := range p.Problems() {
		for i, fl := range f.fields {
			if fl.problem == pr.Field && errs[i] == "" {
				errs[i] = pr.Message
			}
		}
	}
	return p, errs
}

func hasMessage(errs []string) bool {
	for _, e := range errs {
		if e != "" {
			return true
		}
	}
	return false
}

// Valid reports whether no field has a message.
func (f Model) Valid() bool { return !hasMessage(f.errs) }

// Reverted is a field RevertInvalid put back: its label, the value that
// was not valid and the one it has again (as shown: a choice's label).
type Reverted struct{ Label, Value, Kept string }

// RevertInvalid puts every field with a message back as it opened (a
// maximum cleared and mistyped is not lost), and says which it put back
// and whether a changed field stays changed (rest): the user hears what
// was kept and what was not.
func (f *Model) RevertInvalid() (reverted []Reverted, rest bool) {
	for i := range f.fields {
		fl := &f.fields[i]
		if f.errs[i] == "" {
			rest = rest || fl.touched && fl.value() != fl.start
			continue
		}
		was := fl.shown()
		fl.revert()
		reverted = append(reverted, Reverted{Label: fl.label, Value: was, Kept: fl.shown()})
	}
	return reverted, rest
}

// Update moves between fields, cycles choices and types into the focused
// input.
func (f Model) Update(msg tea.Msg) (Model, tea.Cmd, Event) {
	if len(f.fields) == 0 {
		return f, nil, None
	}
	cur := &f.fields[f.focus]
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, f.keys.Accept):
			return f, nil, Submitted
		case key.Matches(msg, f.keys.Cancel):
			return f, nil, Cancelled
		case key.Matches(msg, f.keys.Next):
			return f, f.Focus(f.focus + 1), None
		case key.Matches(msg, f.keys.Prev):
			return f, f.Focus(f.focus - 1), None
		case cur.isChoice() && key.Matches(msg, f.keys.Cycle):
			step := 1
			if msg.String() == "left" {
				step = -1
			}
			cur.choice = (cur.choice + step + len(cur.choices)) % len(cur.choices)
			cur.touched = true
			return f, nil, Changed
		case cur.isChoice():
			return f, nil, None
		}
	case tea.PasteMsg:
		if cur.isChoice() {
			return f, nil, None
		}
		room := cur.input.CharLimit - len([]rune(cur.input.Value()))
		msg.Content = common.CleanPaste(msg.Content, max(room, 0))
		return f.typed(msg)
	}
	if cur.isChoice() {
		return f, nil, None
	}
	return f.typed(msg)
}

func (f Model) typed(msg tea.Msg) (Model, tea.Cmd, Event) {
	cur := &f.fields[f.focus]
	before := cur.input.Value()
	var cmd tea.Cmd
	cur.input, cmd = cur.input.Update(msg)
	if cur.input.Value() != before {
		cur.touched = true
		return f, cmd, Changed
	}
	return f, cmd, None
}

// View draws the fields with their messages, width columns wide.
func (f Model) View() string {
	s := f.styles
	var lines []string
	for i, fl := range f.fields {
		focused := i == f.focus
		label := ansi.Truncate(fl.label, LabelWidth, "…")
		label += strings.Repeat(" ", LabelWidth-ansi.StringWidth(label))
		prefix := "  "
		if focused {
			prefix = s.Cursor.Render("▸ ")
			label = s.Title.Render(label)
		} else {
			label = s.Subtle.Render(label)
		}
		var value string
		switch {
		case fl.isChoice() && focused:
			value = s.Selected.Render("‹ " + fl.choices[fl.choice].Label + " ›")
		case fl.isChoice():
			value = "  " + fl.choices[fl.choice].Label
		default:
			value = fl.input.View()
		}
		lines = append(lines, ansi.Truncate(prefix+label+" "+value, f.width, "…"))
		switch {
		case f.errs[i] != "":
			for _, l := range common.WrapWords("✗ "+fl.label+" "+f.errs[i], max(f.width-LabelWidth-3, 10)) {
				lines = append(lines, strings.Repeat(" ", LabelWidth+3)+s.Error.Render(l))
			}
		case f.warns[i] != "": // worth a look, and no reason to refuse
			for _, l := range common.WrapWords("! "+f.warns[i], max(f.width-LabelWidth-3, 10)) {
				lines = append(lines, strings.Repeat(" ", LabelWidth+3)+s.Subtle.Render(l))
			}
		}
	}
	return strings.Join(lines, "\n")
}

// ShortHelp is the keys that do something here: ←/→ on a choice, tab
// when there is another field.
func (f Model) ShortHelp() []key.Binding { return f.help(false) }

// FullHelp is the same with shift+tab, in one column.
func (f Model) FullHelp() [][]key.Binding { return [][]key.Binding{f.help(true)} }

func (f Model) help(full bool) []key.Binding {
	keys := []key.Binding{f.keys.Accept}
	if len(f.fields) > 0 && f.fields[f.focus].isChoice() {
		keys = append(keys, f.keys.Cycle)
	}
	if len(f.fields) > 1 {
		keys = append(keys, f.keys.Next)
		if full {
			keys = append(keys, f.keys.Prev)
		}
	}
	return append(keys, f.keys.Cancel)
}

// Text is the value typed into field i ("" for a choice).
func (f Model) Text(i int) string {
	if i < 0 || i >= len(f.fields) || f.fields[i].isChoice() {
		return ""
	}
	return f.fields[i].input.Value()
}

// SetText puts v in text field i as if the user had typed it (a value
// picked from a list beside the form).
func (f *Model) SetText(i int, v string) {
	if i < 0 || i >= len(f.fields) || f.fields[i].isChoice() {
		return
	}
	fl := &f.fields[i]
	fl.input.SetValue(v)
	fl.input.CursorEnd()
	fl.touched = true
}
