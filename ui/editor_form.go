package ui

import (
	"math"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"jobpost/data"
	"jobpost/model"
)

// formField is one short field of a form: a text input, or a choice cycled
// with ←/→.
type formField struct {
	label   string
	problem string // the model.Problems field name checked against it
	input   textinput.Model
	choices []formChoice // set for a choice field
	choice  int
	// apply writes the field's value into a posting; an error is a value
	// that cannot be read at all (an amount that is not a number).
	apply func(p *model.Posting, value string) error
}

type formChoice struct{ value, label string }

func (f formField) isChoice() bool { return f.choices != nil }

func (f formField) value() string {
	if f.isChoice() {
		return f.choices[f.choice].value
	}
	return f.input.Value()
}

// editorForm is the short fields of one section. Every change is checked
// at once: a form whose fields are all valid is applied to the posting
// (live, so the preview follows typing); otherwise the posting keeps its
// last valid state and the messages show under the fields.
type editorForm struct {
	fields []formField
	focus  int
	errs   []string
}

type formKeys struct {
	Next, Prev, Cycle, Accept, Cancel key.Binding
}

func newFormKeys() formKeys {
	return formKeys{
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", "next field")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "previous")),
		Cycle:  key.NewBinding(key.WithKeys("left", "right", "space"), key.WithHelp("←/→", "choose")),
		Accept: key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", "done")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
	}
}

// textField returns a text field showing value.
func textField(label, problem, value string, limit int, apply func(*model.Posting, string) error) formField {
	ti := textinput.New()
	ti.Prompt = ""
	ti.CharLimit = limit
	ti.SetValue(value)
	ti.CursorEnd()
	return formField{label: label, problem: problem, input: ti, apply: apply}
}

// choiceField returns a choice field with value selected.
func choiceField(label, problem string, choices []formChoice, value string, apply func(*model.Posting, string) error) formField {
	f := formField{label: label, problem: problem, choices: choices, apply: apply}
	for i, c := range choices {
		if c.value == value {
			f.choice = i
		}
	}
	return f
}

// Field limits: long enough for any real value, short enough that a paste
// cannot make a field unusable.
const (
	shortFieldLimit = 120
	urlFieldLimit   = 500
)

// newSectionForm builds the form of a form section from p.
func newSectionForm(cat *data.Catalog, p model.Posting, id sectionID, profile bool) editorForm {
	var fields []formField
	line := func(label, problem, value string, limit int, set func(*model.Posting, string)) {
		fields = append(fields, textField(label, problem, value, limit, func(p *model.Posting, v string) error {
			set(p, model.CleanLine(v))
			return nil
		}))
	}
	switch id {
	case secTitle:
		line("Title", "title", p.Title, model.MaxTitleLength, func(p *model.Posting, v string) { p.Title = v })
	case secRole:
		roles := []formChoice{{"", "none"}}
		for _, r := range cat.Roles {
			roles = append(roles, formChoice{r.ID, r.Name})
		}
		levels := []formChoice{{"", "none"}}
		for _, l := range cat.Seniority {
			levels = append(levels, formChoice{l.ID, l.Name + " (" + l.Years() + ")"})
		}
		fields = append(fields,
			choiceField("Role", "role", roles, p.Role, func(p *model.Posting, v string) error { p.Role = v; return nil }),
			choiceField("Level", "seniority", levels, p.Seniority, func(p *model.Posting, v string) error { p.Seniority = v; return nil }))
	case secCompany:
		line("Name", "company.name", p.Company.Name, shortFieldLimit, func(p *model.Posting, v string) { p.Company.Name = v })
		line("Website", "company.website", p.Company.Website, urlFieldLimit, func(p *model.Posting, v string) { p.Company.Website = v })
	case secLocation:
		line("City", "location.city", p.Location.City, shortFieldLimit, func(p *model.Posting, v string) { p.Location.City = v })
		line("Region", "location.region", p.Location.Region, shortFieldLimit, func(p *model.Posting, v string) { p.Location.Region = v })
		line("Country", "location.country", p.Location.Country, shortFieldLimit, func(p *model.Posting, v string) { p.Location.Country = v })
		if !profile {
			kinds := []formChoice{{"", "not stated"}}
			for _, w := range cat.WorkplaceTypes {
				kinds = append(kinds, formChoice{w.ID, w.Name})
			}
			fields = append(fields, choiceField("Workplace", "workplace", kinds, string(p.Workplace),
				func(p *model.Posting, v string) error { p.Workplace = model.Workplace(v); return nil }))
		}
	case secEmployment:
		kinds := []formChoice{{"", "not stated"}}
		for _, t := range cat.EmploymentTypes {
			kinds = append(kinds, formChoice{t.ID, t.Name})
		}
		fields = append(fields, choiceField("Type", "employment_type", kinds, p.EmploymentType,
			func(p *model.Posting, v string) error { p.EmploymentType = v; return nil }))
	case secPay:
		if !profile {
			amount := func(label, problem string, v float64, set func(*model.Posting, float64)) {
				fields = append(fields, textField(label, problem, amountText(v), 20, func(p *model.Posting, s string) error {
					s = strings.TrimSpace(s)
					if s == "" {
						set(p, 0)
						return nil
					}
					n, err := model.ParseSalaryAmount(s)
					if err != nil {
						return err
					}
					set(p, n)
					return nil
				}))
			}
			amount("Minimum", "salary.min", p.Salary.Min, func(p *model.Posting, v float64) { p.Salary.Min = v })
			amount("Maximum", "salary.max", p.Salary.Max, func(p *model.Posting, v float64) { p.Salary.Max = v })
		}
		fields = append(fields, textField("Currency", "salary.currency", p.Salary.Currency, 3, func(p *model.Posting, s string) error {
			p.Salary.Currency = strings.ToUpper(strings.TrimSpace(s))
			return nil
		}))
		if !profile {
			periods := []formChoice{{"", "not stated"}, {"YEAR", "per year"}, {"MONTH", "per month"}, {"WEEK", "per week"}, {"DAY", "per day"}, {"HOUR", "per hour"}}
			fields = append(fields, choiceField("Period", "salary.period", periods, p.Salary.Period,
				func(p *model.Posting, v string) error { p.Salary.Period = v; return nil }))
		}
	case secApply:
		line("URL", "apply.url", p.Apply.URL, urlFieldLimit, func(p *model.Posting, v string) { p.Apply.URL = v })
		line("E-mail", "apply.email", p.Apply.Email, shortFieldLimit, func(p *model.Posting, v string) { p.Apply.Email = v })
		line("Closes on", "valid_through", p.ValidThrough, len("2006-01-02"), func(p *model.Posting, v string) { p.ValidThrough = v })
	}
	f := editorForm{fields: fields, errs: make([]string, len(fields))}
	return f
}

// amountText writes an amount for editing: "" for none, no thousands
// separators, cents only when there are any.
func amountText(v float64) string {
	if v <= 0 {
		return ""
	}
	if v == math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// focusField focuses field i and blurs the others.
func (f *editorForm) focusField(i int) tea.Cmd {
	if len(f.fields) == 0 {
		return nil
	}
	f.focus = (i + len(f.fields)) % len(f.fields)
	var cmd tea.Cmd
	for j := range f.fields {
		if j == f.focus && !f.fields[j].isChoice() {
			cmd = f.fields[j].input.Focus()
		} else {
			f.fields[j].input.Blur()
		}
	}
	return cmd
}

// setWidth sizes the inputs to the pane.
func (f *editorForm) setWidth(w int) {
	for i := range f.fields {
		f.fields[i].input.SetWidth(max(w-formLabelWidth-4, 8))
	}
}

const formLabelWidth = 10

// candidate applies every field to a copy of p and checks the result: the
// copy, and whether every field is valid (messages are in f.errs).
func (f *editorForm) candidate(p model.Posting) (model.Posting, bool) {
	ok := true
	for i := range f.fields {
		f.errs[i] = ""
		if err := f.fields[i].apply(&p, f.fields[i].value()); err != nil {
			f.errs[i] = err.Error()
			ok = false
		}
	}
	for _, pr := range p.Problems() {
		for i, fl := range f.fields {
			if fl.problem == pr.Field && f.errs[i] == "" {
				f.errs[i] = pr.Message
				ok = false
			}
		}
	}
	return p, ok
}

// valid reports whether no field has a message.
func (f editorForm) valid() bool {
	for _, e := range f.errs {
		if e != "" {
			return false
		}
	}
	return true
}

// update moves between fields, cycles choices and types into the focused
// input; changed reports whether a value changed.
func (f *editorForm) update(msg tea.Msg, keys formKeys) (cmd tea.Cmd, changed bool) {
	if len(f.fields) == 0 {
		return nil, false
	}
	cur := &f.fields[f.focus]
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, keys.Next):
			return f.focusField(f.focus + 1), false
		case key.Matches(km, keys.Prev):
			return f.focusField(f.focus - 1), false
		case cur.isChoice() && key.Matches(km, keys.Cycle):
			step := 1
			if km.String() == "left" {
				step = -1
			}
			cur.choice = (cur.choice + step + len(cur.choices)) % len(cur.choices)
			return nil, true
		case cur.isChoice():
			return nil, false
		}
	}
	if pm, ok := msg.(tea.PasteMsg); ok {
		if cur.isChoice() {
			return nil, false
		}
		room := cur.input.CharLimit - len([]rune(cur.input.Value()))
		msg = tea.PasteMsg{Content: cleanPaste(pm.Content, max(room, 0))}
	}
	if cur.isChoice() {
		return nil, false
	}
	before := cur.input.Value()
	cur.input, cmd = cur.input.Update(msg)
	return cmd, cur.input.Value() != before
}

// view draws the fields with their messages.
func (f editorForm) view(s Styles, width int) []string {
	var lines []string
	for i, fl := range f.fields {
		focused := i == f.focus
		label := ansi.Truncate(fl.label, formLabelWidth, "…")
		label += strings.Repeat(" ", formLabelWidth-ansi.StringWidth(label))
		prefix := "  "
		if focused {
			prefix = s.Cursor.Render("▸ ")
			label = s.Title.Render(label)
		} else {
			label = s.Subtle.Render(label)
		}
		var value string
		if fl.isChoice() {
			c := fl.choices[fl.choice].label
			if focused {
				value = s.Selected.Render("‹ " + c + " ›")
			} else {
				value = "  " + c
			}
		} else {
			value = fl.input.View()
		}
		lines = append(lines, ansi.Truncate(prefix+label+" "+value, width, "…"))
		if f.errs[i] != "" {
			msg := "✗ " + fl.label + " " + f.errs[i]
			for _, l := range strings.Split(ansi.Wrap(msg, max(width-formLabelWidth-3, 10), ""), "\n") {
				lines = append(lines, strings.Repeat(" ", formLabelWidth+3)+s.Error.Render(l))
			}
		}
	}
	return lines
}
