package common

import "sync/atomic"

// PageID names one page for the life of the program; 0 is the root.
type PageID int64

var pageIDs atomic.Int64

// NewPageID returns an id no other page has.
func NewPageID() PageID { return PageID(pageIDs.Add(1)) }

// Addressed is a message for one page only: the root delivers it to that
// page wherever it is on the stack, and drops it when the page is gone.
// Every answer to a page's own request (a load, a save, a render, a timer)
// is addressed, so a late answer dies with its page.
type Addressed interface{ Addressee() PageID }

// To addresses a message: embed it.
type To struct{ Page PageID }

// Addressee implements Addressed.
func (t To) Addressee() PageID { return t.Page }
