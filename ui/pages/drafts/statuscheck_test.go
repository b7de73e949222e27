package drafts_test

import (
	"testing"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
	"jobpost/ui/pages/drafts"
)

// Marking a draft ready or posted when its checks find an error asks;
// no leaves it, yes marks it.
func TestStatusWithErrorsAsks(t *testing.T) {
	t.Parallel()
	c := uitest.NewCommon(t, common.Dark)
	p := model.New(uitest.FixedNow)
	p.Title, p.Role, p.Seniority = "Denver Engineer", "backend", "senior"
	p.Location = model.Location{City: "Denver", Region: "CO", Country: "US"}
	if err := c.Store.Save(p); err != nil {
		t.Fatal(err)
	}
	h := uitest.NewHost(drafts.New(c))
	d := uitest.NewDriver(t, h, 100, 30)
	d.WantScreen("Denver Engineer")

	d.Keys("s", "r")
	d.WantScreen("“Denver Engineer” has", "Colorado", "Mark it ready anyway?")
	d.Keys("n")
	if got, _ := c.Store.Get(p.ID); got.Status != model.StatusDraft {
		t.Fatalf("status %q after no", got.Status)
	}
	d.RejectScreen("anyway?")

	d.Keys("s", "r", "y")
	if got, _ := c.Store.Get(p.ID); got.Status != model.StatusReady {
		t.Fatalf("status %q after yes", got.Status)
	}

	d.Keys("s", "p")
	d.WantScreen("Mark it posted anyway?")
	d.Keys("y")
	d.WantScreen("Posted on:")
	d.Keys("LinkedIn", "enter")
	if got, _ := c.Store.Get(p.ID); got.Status != model.StatusPosted {
		t.Fatalf("status %q after posting", got.Status)
	}
}
