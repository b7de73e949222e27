package textedit

import "charm.land/bubbles/v2/key"

// KeyMap is the editing keys, those of the bubbles textarea.
type KeyMap struct {
	Left, Right, WordLeft, WordRight, Up, Down, PageUp, PageDown key.Binding
	LineStart, LineEnd, TextStart, TextEnd                       key.Binding
	Backspace, Delete, DeleteWordLeft, DeleteWordRight           key.Binding
	DeleteToLineEnd, DeleteToLineStart, Newline                  key.Binding
}

// DefaultKeyMap is the textarea's keys. ctrl+j is a new paragraph too: it
// is what a line feed in a paste the terminal did not bracket arrives as.
func DefaultKeyMap() KeyMap {
	b := func(keys ...string) key.Binding { return key.NewBinding(key.WithKeys(keys...)) }
	return KeyMap{
		Left:              b("left", "ctrl+b"),
		Right:             b("right", "ctrl+f"),
		WordLeft:          b("alt+left", "ctrl+left", "alt+b"),
		WordRight:         b("alt+right", "ctrl+right", "alt+f"),
		Up:                b("up", "ctrl+p"),
		Down:              b("down", "ctrl+n"),
		PageUp:            b("pgup"),
		PageDown:          b("pgdown"),
		LineStart:         b("home", "ctrl+a"),
		LineEnd:           b("end", "ctrl+e"),
		TextStart:         b("alt+<", "ctrl+home"),
		TextEnd:           b("alt+>", "ctrl+end"),
		Backspace:         b("backspace", "ctrl+h"),
		Delete:            b("delete", "ctrl+d"),
		DeleteWordLeft:    b("alt+backspace", "ctrl+w", "ctrl+backspace"),
		DeleteWordRight:   b("alt+delete", "alt+d", "ctrl+delete"),
		DeleteToLineEnd:   b("ctrl+k"),
		DeleteToLineStart: b("ctrl+u"),
		Newline:           b("enter", "ctrl+m", "ctrl+j"),
	}
}
