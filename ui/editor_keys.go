package ui

import "charm.land/bubbles/v2/key"

// editorKeys are the editor's keys; which apply depends on what is open.
type editorKeys struct {
	// section list
	Up, Down, Top, Bottom, Edit, Back, Publish key.Binding
	// everywhere outside text inputs
	Undo, Redo, Preview, ScrollUp, ScrollDown key.Binding
	// in text inputs too
	UndoTyping, RedoTyping key.Binding
	// list sections
	AddCatalog, AddTyped, EditItem, Delete, MoveUp, MoveDown, MoveSkill key.Binding
	// prose, pickers, questions
	External, Done, Toggle, Choose, Yes, No key.Binding
	form                                    formKeys
}

func newEditorKeys() editorKeys {
	return editorKeys{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		Edit:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Publish:    key.NewBinding(key.WithKeys("p", "P"), key.WithHelp("p", "publish: copy, export")),
		Undo:       key.NewBinding(key.WithKeys("u", "ctrl+z"), key.WithHelp("u", "undo")),
		Redo:       key.NewBinding(key.WithKeys("U", "ctrl+y"), key.WithHelp("U", "redo")),
		UndoTyping: key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "undo")),
		RedoTyping: key.NewBinding(key.WithKeys("ctrl+y"), key.WithHelp("ctrl+y", "redo")),
		Preview:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "preview")),
		ScrollUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "preview up")),
		ScrollDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "preview down")),
		AddCatalog: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add from catalog")),
		AddTyped:   key.NewBinding(key.WithKeys("n", "o"), key.WithHelp("n", "new line")),
		EditItem:   key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "edit line")),
		Delete:     key.NewBinding(key.WithKeys("d", "x", "delete"), key.WithHelp("d", "delete")),
		MoveUp:     key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K", "move up")),
		MoveDown:   key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J", "move down")),
		MoveSkill:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "must↔nice")),
		External:   key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "$EDITOR")),
		Done:       key.NewBinding(key.WithKeys("esc", "ctrl+s"), key.WithHelp("esc", "done")),
		Toggle:     key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "tick")),
		Choose:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "add")),
		Yes:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "refresh")),
		No:         key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "keep mine")),
		form:       newFormKeys(),
	}
}
