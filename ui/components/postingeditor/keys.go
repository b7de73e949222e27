package postingeditor

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// KeyMap is the base keys (common.KeyMap, with u/U's help narrowed) and
// the shell's own.
type KeyMap struct {
	common.KeyMap
	Edit, Publish key.Binding
	// UndoTyping and RedoTyping are Undo and Redo without their letters
	// (u is text in an input): ctrl+z and ctrl+y work everywhere.
	UndoTyping, RedoTyping        key.Binding
	Preview, ScrollUp, ScrollDown key.Binding
	Choose                        key.Binding // the catalog pickers' enter
}

func newKeyMap(base common.KeyMap) KeyMap {
	k := KeyMap{
		KeyMap:     base,
		Edit:       common.WithHelp(base.Select, "enter", "edit"),
		Publish:    key.NewBinding(key.WithKeys("p", "P"), key.WithHelp("p", "publish")),
		UndoTyping: common.WithHelp(withoutLetters(base.Undo), "ctrl+z/y", "undo/redo while typing"),
		RedoTyping: withoutLetters(base.Redo),
		// tab shows the preview, and from the preview the sections.
		Preview:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "preview")),
		ScrollUp:   common.WithHelp(base.PageUp, "pgup/pgdn", "scroll the preview"),
		ScrollDown: base.PageDown,
		Choose:     common.WithHelp(base.Select, "enter", "add"),
	}
	k.Undo = common.WithHelp(base.Undo, "u/U", "undo/redo")
	return k
}

// withoutLetters is b with only its keys that are not a single character:
// those are text while an input has focus.
func withoutLetters(b key.Binding) key.Binding {
	var keys []string
	for _, k := range b.Keys() {
		if utf8.RuneCountInString(k) > 1 {
			keys = append(keys, k)
		}
	}
	b.SetKeys(keys...)
	return b
}

// previewHelp is the help while the preview has focus: tab goes back to
// the sections, the arrows scroll.
func (k KeyMap) previewHelp() []key.Binding {
	return []key.Binding{
		common.WithHelp(k.Up, "↑/↓", "scroll"),
		k.ScrollUp,
		common.WithHelp(k.Preview, "tab", "sections"),
		k.Back,
	}
}
