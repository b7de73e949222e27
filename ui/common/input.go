package common

import "charm.land/bubbles/v2/textinput"

// NewTextInput is a one-line input in the theme's colours, holding at most
// limit characters.
func NewTextInput(theme Theme, limit int) textinput.Model {
	ti := textinput.New()
	ti.SetStyles(InputStyles(theme != Light))
	ti.CharLimit = limit
	return ti
}

// InputStyles are the text inputs' styles with a steady cursor: no blink
// timer waking the program twice a second (and redrawing over SSH), and
// stable screens in tests.
func InputStyles(isDark bool) textinput.Styles {
	st := textinput.DefaultStyles(isDark)
	st.Cursor.Blink = false
	return st
}
