package drafts

import (
	"slices"
	"strings"

	"jobpost/internal/match"
	"jobpost/model"
	"jobpost/ui/common"
)

// draftList is the drafts in the chosen order, filtered, with a cursor.
// It filters synchronously with the one matcher, which keeps the order:
// 10,000 drafts cost about 2 ms a key, and the cursor is never left
// waiting for a filter result to arrive.
type draftList struct {
	stored  []model.Summary // as the store lists them: last change first
	all     []model.Summary // in the chosen order
	targets []string        // lower-cased filter text, one per draft
	byTitle bool            // sorted by title rather than last change
	term    string          // the filter applied
	mine    string          // when set, only the drafts this user created or last changed
	visible []int           // indexes into all that pass the filter
	cursor  int             // index into visible
	offset  int             // first visible draft drawn
}

// fill replaces the drafts, in the chosen order and under the filter,
// with the cursor on selectID, or else at the same row (a deleted draft's
// neighbour) so there is always a selection.
func (l *draftList) fill(summaries []model.Summary, selectID string) {
	row := l.cursor
	l.stored, l.all = summaries, summaries
	if l.byTitle {
		l.all = slices.Clone(summaries)
		slices.SortStableFunc(l.all, func(a, b model.Summary) int {
			return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
		})
	}
	l.targets = make([]string, len(l.all))
	for i, s := range l.all {
		l.targets[i] = match.Target(append([]string{s.Title, s.Role, s.Location}, s.Skills...)...)
	}
	l.refilter()
	if !l.selectID(selectID) {
		l.cursor = min(row, max(len(l.visible)-1, 0))
	}
}

// resort switches the order, keeping the cursor on its draft.
func (l *draftList) resort() {
	l.byTitle = !l.byTitle
	l.fill(l.stored, l.currentID())
}

// setFilter applies term, keeping the cursor on its draft if it passes.
func (l *draftList) setFilter(term string) {
	current := l.currentID()
	l.term = strings.TrimSpace(term)
	l.refilter()
	l.cursor = 0
	l.selectID(current)
}

// setMine shows only user's drafts ("" shows everyone's), keeping the
// cursor on its draft if it is still shown.
func (l *draftList) setMine(user string) {
	current := l.currentID()
	l.mine = user
	l.refilter()
	l.cursor = 0
	l.selectID(current)
}

func (l *draftList) refilter() {
	l.visible = match.Filter(l.term, l.targets, l.visible[:0])
	if l.mine == "" {
		return
	}
	kept := l.visible[:0]
	for _, i := range l.visible {
		if s := l.all[i]; s.CreatedBy == l.mine || s.UpdatedBy == l.mine {
			kept = append(kept, i)
		}
	}
	l.visible = kept
}

// selectID puts the cursor on the draft with this id, if it is visible.
func (l *draftList) selectID(id string) bool {
	if id == "" {
		return false
	}
	for vi, i := range l.visible {
		if l.all[i].ID == id {
			l.cursor = vi
			return true
		}
	}
	return false
}

// current is the draft under the cursor.
func (l *draftList) current() (model.Summary, bool) {
	if len(l.visible) == 0 {
		return model.Summary{}, false
	}
	return l.all[l.visible[l.cursor]], true
}

func (l *draftList) currentID() string {
	s, _ := l.current()
	return s.ID
}

func (l *draftList) move(delta int) {
	if len(l.visible) > 0 {
		l.cursor = min(max(l.cursor+delta, 0), len(l.visible)-1)
	}
}

// scroll keeps the cursor in a window of rows drafts. The page calls it
// after every change (a key, a load, a new size), so that View only reads.
func (l *draftList) scroll(rows int) {
	l.offset = common.ScrollOffset(l.cursor, l.offset, rows, len(l.visible))
}

// window is the visible drafts to draw in rows rows, from the offset
// scroll chose.
func (l *draftList) window(rows int) []int {
	start := min(l.offset, len(l.visible))
	return l.visible[start:min(start+max(rows, 1), len(l.visible))]
}

// remove takes draft id off the list at once (it is on its way to the
// trash), the cursor staying on the row, now its neighbour's.
func (l *draftList) remove(id string) {
	i := slices.IndexFunc(l.stored, func(s model.Summary) bool { return s.ID == id })
	if i < 0 {
		return
	}
	l.fill(slices.Delete(slices.Clone(l.stored), i, i+1), "")
}
