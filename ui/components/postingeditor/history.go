package postingeditor

import (
	"slices"

	"jobpost/model"
)

// historyLimit bounds the undo stack: enough for a long session, small
// enough that snapshots of a large posting cost little memory.
const historyLimit = 100

// History is the editor's undo and redo: whole-posting snapshots.
// Consecutive changes with the same group (keys typed into one field)
// make one step, so undo takes back a word-by-word session at once.
//
// It outlives the editor on a draft: the page hands it to the root when
// it closes (Shell.History) and gets it back when the draft is opened
// again in the same session (Shell.AdoptHistory), so u still takes back
// a refresh made before. It is a plain value, copied on the way out, so
// nothing of the closed editor is shared.
type History struct {
	undo, redo []model.Posting
	group      string // group of the latest step; "" never merges
}

// record notes that p is about to change. A change in the same group as
// the previous one joins that step.
func (h *History) record(p model.Posting, group string) {
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
func (h *History) breakGroup() { h.group = "" }

// step moves one snapshot from one stack to the other: undo when from is
// the undo stack, redo when it is the redo stack.
func (h *History) step(cur model.Posting, from, to *[]model.Posting) (model.Posting, bool) {
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
func (h *History) Undo(cur model.Posting) (model.Posting, bool) { return h.step(cur, &h.undo, &h.redo) }

// Redo takes back an undo.
func (h *History) Redo(cur model.Posting) (model.Posting, bool) { return h.step(cur, &h.redo, &h.undo) }

// clone is a copy of h that shares no snapshot with it. The group ends:
// keys typed after a reopen are a step of their own.
func (h History) clone() History {
	c := History{undo: make([]model.Posting, len(h.undo)), redo: make([]model.Posting, len(h.redo))}
	for i, p := range h.undo {
		c.undo[i] = p.Clone()
	}
	for i, p := range h.redo {
		c.redo[i] = p.Clone()
	}
	return c
}

// Empty reports whether there is nothing to undo or redo.
func (h History) Empty() bool { return len(h.undo) == 0 && len(h.redo) == 0 }

// History is the undo and redo of this editor so far, for the next time
// the draft is opened in the session.
func (e Shell) History() History { return e.history.clone() }

// AdoptHistory takes the undo and redo a previous editor on the same
// draft left (History), once the draft is shown: u goes on where it
// stopped.
func (e *Shell) AdoptHistory(h History) { e.history = h.clone() }
