package drafts

import (
	"charm.land/bubbles/v2/key"

	"jobpost/ui/common"
)

// keyMap is the drafts page's keys: the README's table, on top of the
// base keys of common.KeyMap.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding

	New, Open, Publish, Filter, Sort, Duplicate, Rename, Status key.Binding
	Delete, Undo, Trash, Versions, Profile                      key.Binding
	ClearFilter, AcceptFilter                                   key.Binding
	// Mine shows only the user's drafts, in a team library.
	Mine key.Binding

	// Choosing a status.
	Draft, Ready, Posted, Cancel key.Binding
}

func newKeyMap(c common.KeyMap) keyMap {
	return keyMap{
		Up: c.Up, Down: c.Down, PageUp: c.PageUp, PageDown: c.PageDown, Top: c.Top, Bottom: c.Bottom,

		New:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new")),
		Open:      common.WithHelp(c.Select, "enter", "open"),
		Publish:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "publish")),
		Filter:    c.Filter,
		Sort:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sort by title/last change")),
		Duplicate: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "duplicate")),
		Rename:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rename")),
		Status:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "set status")),
		Delete:    key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "delete")),
		Undo:      common.WithHelp(c.Undo, "u", "undo delete"),
		Trash:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "trash")),
		Versions:  key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "versions")),
		Profile:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "company profile")),

		Mine:         key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "only mine")),
		ClearFilter:  c.ClearFilter,
		AcceptFilter: c.AcceptFilter,

		Draft:  key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "draft")),
		Ready:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "ready")),
		Posted: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "posted")),
		Cancel: common.WithHelp(c.Back, "esc", "cancel"),
	}
}

// ShortHelp implements help.KeyMap. It is kept short: the root adds
// "? help" and "q quit", which must fit at 80 columns; the rest is in
// FullHelp. Only the keys that do something now are offered: no open or
// delete without a draft under the cursor, no clearing without a filter.
func (p *Page) ShortHelp() []key.Binding {
	k := p.keys
	_, onDraft := p.list.current()
	switch {
	case p.prompt.Active():
		return p.prompt.ShortHelp()
	case p.ask.Open():
		return p.ask.ShortHelp()
	case p.choosingStatus:
		return []key.Binding{k.Draft, k.Ready, k.Posted, k.Cancel}
	case p.filtering:
		return []key.Binding{k.AcceptFilter, k.ClearFilter}
	case p.list.term != "" && onDraft:
		return []key.Binding{k.Open, k.ClearFilter, k.New, k.Delete}
	case p.list.term != "":
		return []key.Binding{k.ClearFilter, k.New}
	case !onDraft && p.list.mine != "":
		return []key.Binding{p.mineKey(), k.New, k.Trash}
	case !onDraft:
		return []key.Binding{k.New, k.Trash, k.Profile}
	}
	return []key.Binding{k.New, k.Open, k.Filter, k.Publish, k.Delete}
}

// FullHelp implements help.KeyMap: every key that does something now.
// Undo is offered only while there is something it can bring back.
func (p *Page) FullHelp() [][]key.Binding {
	if p.prompt.Active() || p.ask.Open() || p.choosingStatus || p.filtering {
		return [][]key.Binding{p.ShortHelp()}
	}
	k := p.keys
	_, onDraft := p.list.current()
	act, keep, find := []key.Binding{k.New}, []key.Binding{}, []key.Binding{}
	if onDraft {
		act = append(act, k.Open, k.Publish, k.Duplicate, k.Rename, k.Status)
		keep = append(keep, k.Delete)
	}
	if len(p.undo) > 0 {
		keep = append(keep, k.Undo)
	}
	keep = append(keep, k.Trash)
	if onDraft {
		keep = append(keep, k.Versions)
	}
	keep = append(keep, k.Profile)
	if len(p.list.all) > 0 {
		find = append(find, k.Filter)
	}
	if p.list.term != "" {
		find = append(find, k.ClearFilter)
	}
	if p.common.User != "" && len(p.list.all) > 0 {
		find = append(find, p.mineKey())
	}
	if len(p.list.all) > 1 {
		find = append(find, k.Sort)
	}
	if len(p.list.visible) > 1 {
		find = append(find, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom)
	}
	help := [][]key.Binding{act, keep}
	if len(find) > 0 {
		help = append(help, find)
	}
	return help
}

// mineKey is m, saying what it does now: show only the user's drafts, or
// everyone's again.
func (p *Page) mineKey() key.Binding {
	if p.list.mine != "" {
		return common.WithHelp(p.keys.Mine, "m", "everyone's")
	}
	return p.keys.Mine
}
