package drafts

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/storage"
	"jobpost/ui/common"
)

type (
	// watchDueMsg says it is time to ask again.
	watchDueMsg struct{ common.To }
	// watchedMsg carries the answer: the counter to ask from next,
	// whether the database changed since the last question, and which
	// drafts other sessions of a team library are editing now.
	watchedMsg struct {
		common.To
		counter uint64
		changed bool
		held    map[string]string
	}
)

// watch starts asking whether another jobpost (a command in another
// terminal) changed the database, every Timing.WatchEvery (never when it
// is zero, as in tests that run every command to its end), from the
// counter as it is now.
func (p *Page) watch() tea.Cmd {
	if p.common.Timing.WatchEvery <= 0 {
		return nil
	}
	store, to := p.common.Store, common.To{Page: p.id}
	return func() tea.Msg {
		n, _ := store.ChangeCounter()
		return watchedMsg{To: to, counter: n, held: store.Held()}
	}
}

// nextWatch asks again after Timing.WatchEvery.
func (p *Page) nextWatch() tea.Cmd {
	if p.common.Timing.WatchEvery <= 0 {
		return nil
	}
	to := common.To{Page: p.id}
	return tea.Tick(p.common.Timing.WatchEvery, func(time.Time) tea.Msg { return watchDueMsg{To: to} })
}

// poll asks the store whether anyone else wrote since counter, and who
// is editing what in the other sessions; a busy or unreadable file
// answers "no change", and the next tick asks again.
func poll(store storage.Library, to common.To, counter uint64) tea.Cmd {
	return func() tea.Msg {
		held := store.Held()
		now, changed, err := store.Changed(counter)
		if err != nil {
			return watchedMsg{To: to, counter: counter, held: held}
		}
		return watchedMsg{To: to, counter: now, changed: changed, held: held}
	}
}
