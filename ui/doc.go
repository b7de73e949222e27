// Package ui is jobpost's terminal interface, in the shape of soft-serve:
//
//	ui (this package)            the root: a stack of pages, the keys that work
//	  │                          everywhere (? help, q quit, ctrl+c), the title,
//	  │                          help and status lines, quitting (saving first)
//	  ├── pages/<name>           one screen each: drafts, wizard, editor,
//	  │     │                    publish, trash, versions, profile
//	  │     ├── components/<name>  reusable pieces: picker, prompt, confirm,
//	  │     │                      form, preview, autosave, …
//	  │     └── common           what all share, read-only: the store, catalog,
//	  │                          styles, base keys, the Page and Component
//	  │                          contracts, navigation and status messages
//	  └── cli                    the command line, which starts the root
//
// Imports run one way, down that tree, then to data, storage and model. A
// page never imports another page or the root; only the root knows the
// pages (pages.go). Pages talk to each other only through messages: a page
// asks for another with a navigation message (common.OpenDraftMsg, …), and
// leaves with common.BackMsg carrying a result value for the page below.
// No message carries a page, a pointer to one or a closure.
//
// One keystroke — typing "x" in the editor's title field — travels so:
//
//  1. Bubble Tea hands the tea.KeyPressMsg to App.Update (app.go). It is
//     not ctrl+c; the editor reports Typing(), so q and ? are text too: the
//     key goes to the top page, and only to it.
//  2. The editor page hands it to the section open, the form component,
//     which updates its field and returns an edit message.
//  3. The editor shell commits the edit in its one place: the undo history
//     records the step, the autosaver schedules a save (an addressed timer),
//     and the preview component asks for a debounced render (an addressed
//     timer). Update returns at once; nothing waits for the disk or Glamour.
//  4. The timers come back as messages addressed to the editor's PageID.
//     The root delivers them to that page wherever it sits on the stack
//     (publish may be on top by then), or drops them if the page has been
//     closed: a late answer dies with its page. The save and the render run
//     in tea.Cmds; their results come back the same way.
//  5. App.View draws the title line, the top page's View, its help and the
//     status bar (the editor's "Saved", which it sent as a status message
//     of its own page), and passes the frame through common.SafeFrame.
package ui
