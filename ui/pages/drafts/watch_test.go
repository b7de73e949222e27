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

// TestAnotherSessionsSaveShowsInTheList: in a team library (two handles
// of one Store, as jobpost serve gives two SSH sessions), a draft ben
// saves appears in ana's list at the next poll, by him, and the draft he
// opens is marked as his to edit; ana's own save is not a change to
// reload for.
func TestAnotherSessionsSaveShowsInTheList(t *testing.T) {
	lib := uitest.NewCommon(t, common.Dark)
	ana, ben := uitest.Teammate(t, lib, "ana"), uitest.Teammate(t, lib, "ben")
	page := New(ana)
	d := uitest.NewDriver(t, uitest.NewHost(page), 100, 30)
	d.WantScreen("No postings yet")
	start, err := ana.Store.ChangeCounter()
	if err != nil {
		t.Fatal(err)
	}
	d.Send(watchedMsg{To: common.To{Page: page.id}, counter: start})
	to := common.To{Page: page.id}

	mine := model.New(uitest.FixedNow)
	mine.Title = "Saved By Ana"
	if err := ana.Store.Save(mine); err != nil {
		t.Fatal(err)
	}
	if msg := poll(ana.Store, to, page.counter)().(watchedMsg); msg.changed {
		t.Fatal("ana's own save is reported as another's change")
	}

	p := model.New(uitest.FixedNow)
	p.Title = "Saved By Ben"
	if err := ben.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	d.Send(poll(ana.Store, to, page.counter)())
	d.WantScreen("Saved By Ben", "just now by ben", "Saved By Ana")
	d.RejectScreen("✎")

	if err := ben.Store.Hold(p.ID); err != nil {
		t.Fatal(err)
	}
	d.Send(poll(ana.Store, to, page.counter)())
	d.WantScreen("✎ ben editing")
	ben.Store.Release(p.ID)
	d.Send(poll(ana.Store, to, page.counter)())
	d.RejectScreen("✎")
}
