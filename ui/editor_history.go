package ui

import (
	"slices"

	"jobpost/model"
)

// historyLimit bounds the undo stack: enough for a long session, small
// enough that snapshots of a large posting cost little memory.
const historyLimit = 100

// editHistory is the editor's undo and redo: whole-posting snapshots.
// Consecutive changes with the same group (keys typed into one field)
// make one step, so undo takes back a word-by-word session at once.
type editHistory struct {
	undo, redo []model.Posting
	group      string // group of the latest step; "" never merges
}

// record notes that p is about to change. A change in the same group as
// the previous one joins that step.
func (h *editHistory) record(p model.Posting, group string) {
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
func (h *editHistory) breakGroup() { h.group = "" }

// Undo returns the posting before the latest step, given the current one.
func (h *editHistory) Undo(cur model.Posting) (model.Posting, bool) {
	if len(h.undo) == 0 {
		return cur, false
	}
	prev := h.undo[len(h.undo)-1]
	h.undo = h.undo[:len(h.undo)-1]
	h.redo = append(h.redo, cur.Clone())
	h.group = ""
	return prev, true
}

// Redo takes back an undo.
func (h *editHistory) Redo(cur model.Posting) (model.Posting, bool) {
	if len(h.redo) == 0 {
		return cur, false
	}
	next := h.redo[len(h.redo)-1]
	h.redo = h.redo[:len(h.redo)-1]
	h.undo = append(h.undo, cur.Clone())
	h.group = ""
	return next, true
}
