package publish

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/confirm"
)

// Marking as posted asks three things before it records anything: the
// board, the live ad's URL (optional) and "record it?". Earlier boards
// stay; the same board again gets today's date.

// askBoard asks where the posting went live, unless someone else is
// editing the draft: then it says so before asking anything.
func (p *Page) askBoard() tea.Cmd {
	if h := common.HeldBy(p.c.Store, p.draftID); h != nil {
		return p.status.Failure("Not marked as posted: " + common.HeldReason(h))
	}
	cmd := p.prompt.Open(postedOn, "Posted on: ", "", "Where did it go live? Today's date is kept with it.",
		"Say where it was posted, e.g. LinkedIn; esc cancels.")
	p.prompt.SetPlaceholder("LinkedIn, Indeed, our careers page…")
	p.layout()
	return tea.Batch(cmd, p.quiet())
}

// askAdURL asks where the live ad is; enter on nothing skips it.
func (p *Page) askAdURL(board, value, hint string) tea.Cmd {
	p.pendingBoard = board
	cmd := p.prompt.Open(postedURL, "Ad URL: ", value, hint, "")
	p.prompt.SetPlaceholder("https://… (enter skips)")
	p.layout()
	return cmd
}

// adURL takes the answer to "where is the ad?", asking again for one
// that is not a web address, then asks before recording.
func (p *Page) adURL(url string) tea.Cmd {
	if url != "" && !model.ValidWebURL(url) {
		return p.askAdURL(p.pendingBoard, url, "That is not a full http:// or https:// address; fix it, or clear it to skip.")
	}
	p.pendingURL = url
	title, board := common.DisplayTitle(p.posting.Title), p.pendingBoard
	text := "Record “" + title + "” as posted on " + board + " today?"
	for _, pl := range p.posting.Posted {
		if strings.EqualFold(model.CleanLine(pl.Board), board) && !pl.On.IsZero() {
			text = "Record “" + title + "” as posted on " + board + " today (it was on " + pl.On.Local().Format("2 Jan") + ")?"
		}
	}
	p.confirm.Ask(recordPosted, confirm.Question{Text: text, Yes: "record it", No: "cancel"})
	p.layout()
	return nil
}

// recordAnswer takes the answer to "record it?".
func (p *Page) recordAnswer(msg tea.Msg) tea.Cmd {
	var answer confirm.Answer
	p.confirm, answer = p.confirm.Update(msg)
	p.layout()
	switch answer {
	case confirm.Yes:
		return p.markPosted(p.pendingBoard, p.pendingURL)
	case confirm.No:
		return p.status.Info("Not marked as posted.")
	}
	return nil
}

// markPosted records, in a tea.Cmd, that the draft went live on board
// today (with the ad at url, if given), and makes every format again from
// the posting as saved.
func (p *Page) markPosted(board, url string) tea.Cmd {
	store, cat, now, to, id := p.c.Store, p.c.Catalog, p.c.Today(), common.To{Page: p.id}, p.draftID
	return func() tea.Msg {
		post, err := common.ChangeDraft(store, id, now, func(d *model.Posting) { d.MarkPosted(board, url, now) })
		if err != nil {
			return markedMsg{To: to, err: err}
		}
		return markedMsg{To: to, posting: post, board: board, outputs: renderAll(cat, post, now)}
	}
}

// markedText says where the posting now is: "Marked as posted on
// LinkedIn, 23 Nov 2026 (also on Greenhouse)".
func markedText(post model.Posting, board string) string {
	text := "Marked as posted on " + board
	var others []string
	for _, pl := range post.Posted {
		switch {
		case strings.EqualFold(model.CleanLine(pl.Board), board):
			text += ", " + pl.On.Local().Format("2 Jan 2006")
		default:
			others = append(others, model.CleanLine(pl.Board))
		}
	}
	if len(others) > 0 {
		text += " (also on " + strings.Join(others, ", ") + ")"
	}
	return text
}
