package uitest

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
)

// keyMap is what a page or component offers the help line.
type keyMap interface {
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// ShortHelpText is the keys the help line offers for km, as plain
// "key desc" pairs joined by " • " (the root adds "? help • q quit" and
// drops keys from the end when they do not fit).
func ShortHelpText(km keyMap) string { return helpText(km.ShortHelp()) }

// HelpText is every key km offers, short and full help together, each
// once.
func HelpText(km keyMap) string {
	all := km.ShortHelp()
	for _, col := range km.FullHelp() {
		all = append(all, col...)
	}
	return helpText(all)
}

func helpText(keys []key.Binding) string {
	out := make([]string, 0, len(keys))
	for _, b := range keys {
		if text := b.Help().Key + " " + b.Help().Desc; b.Enabled() && !slices.Contains(out, text) {
			out = append(out, text)
		}
	}
	return strings.Join(out, " • ")
}
