package publish

import (
	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
)

// askBoard asks where the posting went live.
func (p *Page) askBoard() tea.Cmd {
	cmd := p.prompt.Open(postedOn, "Posted on: ", "", "Where did it go live? Today's date is kept with it.",
		"Say where it was posted, e.g. LinkedIn; esc cancels.")
	p.prompt.SetPlaceholder("LinkedIn, Indeed, our careers page…")
	p.layout()
	return tea.Batch(cmd, p.quiet())
}

// markPosted records, in a tea.Cmd, that the draft went live on board
// today, and makes every format again from the posting as saved.
func (p *Page) markPosted(board string) tea.Cmd {
	store, cat, now, to, id := p.c.Store, p.c.Catalog, p.c.Today(), common.To{Page: p.id}, p.draftID
	return func() tea.Msg {
		post, err := common.ChangeDraft(store, id, now, func(d *model.Posting) { d.MarkPosted(board, now) })
		if err != nil {
			return markedMsg{To: to, err: err}
		}
		return markedMsg{To: to, posting: post, outputs: renderAll(cat, post, now)}
	}
}
