package postingeditor

import (
	"slices"

	"jobpost/model"
)

// historyLimit bounds the undo stack: enough for a long session, small
// enough that snapshots of a large posting cost little memory.
const historyLimit = 100

// history is the editor's undo and redo: whole-posting snapshots.
// Consecutive changes with the same group (keys typed into one field)
// make one step, so undo takes back a word-by-word session at once.
type history struct {
	undo, redo []model.Posting
	group      string // group of the latest step; "" never merges
}

// record notes that p is about to change. A change in the same group as
// the previous one joins that step.
func (h *history) record(p model.Posting, group string) {
	if group != "" && group == h.group && len(h.undo) > 0 {
		return
	}
	h.group = group
	h.undo = append(h.undo, p.Clone())
	if len(h.undo) > historyLimit {
		h.undo = slices.Delete(h.undo, 0, len(h.undo)-historyLimit)
	}
	h.redo = h.redo[:0]
}

// breakGroup ends the current group: the next change is a new step.
func (h *history) breakGroup() { h.group = "" }

// step moves one snapshot from one stack to the other: undo when from is
// the undo stack, redo when it is the redo stack.
func (h *history) step(cur model.Posting, from, to *[]model.Posting) (model.Posting, bool) {
	if len(*from) == 0 {
		return cur, false
	}
	prev := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, cur.Clone())
	h.group = ""
	return prev, true
}

// Undo returns the posting before the latest step, given the current one.
func (h *history) Undo(cur model.Posting) (model.Posting, bool) { return h.step(cur, &h.undo, &h.redo) }

// Redo takes back an undo.
func (h *history) Redo(cur model.Posting) (model.Posting, bool) { return h.step(cur, &h.redo, &h.undo) }
