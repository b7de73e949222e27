package editor_test

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/editor"
)

// session is the editor page on a saved draft, hosted alone.
type session struct {
	*uitest.Driver
	t    testing.TB
	c    *common.Common
	host *uitest.Host
	id   string
}

// open saves p and opens the editor on it at width×height.
func open(t testing.TB, c *common.Common, p model.Posting, width, height int) *session {
	t.Helper()
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	host := uitest.NewHost(editor.New(c, p.ID))
	d := uitest.NewDriver(t, host, width, height)
	return &session{Driver: d, t: t, c: c, host: host, id: p.ID}
}

// start is the editor on the full posting at 140×40.
func start(t *testing.T) (*session, model.Posting) {
	t.Helper()
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := uitest.FullPosting(t, c)
	return open(t, c, p, 140, 40), p
}

func (s *session) page() *editor.Page { return s.host.Page.(*editor.Page) }

// posting is the posting as the editor has it.
func (s *session) posting() model.Posting { return s.page().Posting() }

// stored reads the posting back from the database, after saving what is
// unsaved.
func (s *session) stored() model.Posting {
	s.t.Helper()
	if cmd := s.page().SaveNow(); cmd != nil {
		s.Run(cmd)
	}
	p, err := s.c.Store.Get(s.id)
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

// status is the latest status text.
func (s *session) status() string { return s.host.Status.Text }

// section moves the cursor to the section named name.
func (s *session) section(name string) { s.CursorTo(name) }

func ctrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

func typeName(msg tea.Msg) string { return fmt.Sprintf("%T", msg) }

func editorFor(c *common.Common, id string) *editor.Page { return editor.New(c, id) }
