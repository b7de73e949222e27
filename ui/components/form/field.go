package form

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"

	"jobpost/model"
	"jobpost/ui/common"
)

// Apply writes a field's value into a posting; an error is a value that
// cannot be read at all (an amount that is not a number).
type Apply func(p *model.Posting, value string) error

// Choice is one value of a choice field and how it is shown.
type Choice struct{ Value, Label string }

// Field is one short field of a form: a text input, or a choice cycled
// with ←/→.
type Field struct {
	label   string
	problem string // the model.Problems field checked against it
	input   textinput.Model
	choices []Choice // set for a choice field
	choice  int
	// start is the value the field opened with, to go back to.
	start string
	// touched: the user changed the field. A field nobody changed is
	// never written back, so a value longer than the input's usual limit
	// (imported, or from an older jobpost) is never cut or rewritten.
	touched bool
	apply   Apply
}

// Text is a text field showing value. Its limit is never below value's
// length: opening a field must not shorten what is in it.
func Text(theme common.Theme, label, problem, value string, limit int, apply Apply) Field {
	// Shown clean (a value from elsewhere may hold escape sequences);
	// written back only if the user changes it.
	value = model.CleanLine(value)
	ti := common.NewTextInput(theme, max(limit, utf8.RuneCountInString(value)))
	ti.Prompt = ""
	ti.SetValue(value)
	ti.CursorStart() // a long value shows its start until it is focused
	return Field{label: label, problem: problem, input: ti, start: value, apply: apply}
}

// Select is a choice field with value selected.
func Select(label, problem string, choices []Choice, value string, apply Apply) Field {
	f := Field{label: label, problem: problem, choices: choices, apply: apply}
	for i, c := range choices {
		if c.Value == value {
			f.choice = i
		}
	}
	f.start = f.value()
	return f
}

func (f Field) isChoice() bool { return f.choices != nil }

func (f Field) value() string {
	if f.isChoice() {
		if len(f.choices) == 0 {
			return ""
		}
		return f.choices[f.choice].Value
	}
	return f.input.Value()
}

// shown is the value as the user sees it: a choice's label.
func (f Field) shown() string {
	if f.isChoice() && len(f.choices) > 0 {
		return f.choices[f.choice].Label
	}
	return model.CleanLine(f.value())
}

// revert puts the field back as it opened (still touched: the posting
// may hold a change made before, which must be taken back too).
func (f *Field) revert() {
	if f.isChoice() {
		for i, c := range f.choices {
			if c.Value == f.start {
				f.choice = i
			}
		}
		return
	}
	f.input.SetValue(f.start)
	f.input.CursorStart()
}
