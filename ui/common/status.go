package common

import tea "charm.land/bubbletea/v2"

// StatusKind is how a status message is shown.
type StatusKind int

// The kinds of status message.
const (
	StatusInfo StatusKind = iota
	StatusSuccess
	StatusError
)

// StatusMsg puts a short message in the status bar. It belongs to the page
// that sent it: it shows while that page is on top and goes when the user
// moves to another page.
type StatusMsg struct {
	To
	Text string
	Kind StatusKind
}

// Status makes a page's status messages.
type Status struct{ Page PageID }

// Info is a neutral status message.
func (s Status) Info(text string) tea.Cmd { return s.send(text, StatusInfo) }

// Success says something worked.
func (s Status) Success(text string) tea.Cmd { return s.send(text, StatusSuccess) }

// Failure says something did not work.
func (s Status) Failure(text string) tea.Cmd { return s.send(text, StatusError) }

func (s Status) send(text string, kind StatusKind) tea.Cmd {
	return Send(StatusMsg{To: To(s), Text: text, Kind: kind})
}
