package drafts

import (
	"testing"

	"jobpost/model"
	"jobpost/storage"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// TestAnotherJobpostsWritesShowInTheList: a draft imported by another
// jobpost (a command in another terminal, on its own Store) appears in the
// list at the next poll; a poll with no change reads nothing.
func TestAnotherJobpostsWritesShowInTheList(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	page := New(c)
	d := uitest.NewDriver(t, uitest.NewHost(page), 100, 30)
	d.WantScreen("No postings yet")
	start, err := c.Store.ChangeCounter()
	if err != nil {
		t.Fatal(err)
	}
	d.Send(watchedMsg{To: common.To{Page: page.id}, counter: start})

	// Nothing changed: the poll says so.
	if msg := poll(c.Store, common.To{Page: page.id}, page.counter)().(watchedMsg); msg.changed {
		t.Fatal("a poll with no writes reports a change")
	}

	other, err := storage.Open(c.Store.Path(), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	p := model.New(uitest.FixedNow)
	p.Title = "Imported From The Shell"
	if err := other.Save(p); err != nil {
		t.Fatal(err)
	}
	d.Send(poll(c.Store, common.To{Page: page.id}, page.counter)())
	d.WantScreen("Imported From The Shell")
}
