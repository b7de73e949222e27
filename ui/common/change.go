package common

import (
	"time"

	"jobpost/model"
	"jobpost/storage"
)

// ChangeDraft is the one read-change-save of a whole draft, for the pages
// that change a saved draft without holding it open (rename, status, a
// restored version): it reads draft id, applies change, stamps it with
// now and saves it. It does I/O: call it inside a tea.Cmd.
func ChangeDraft(store storage.Library, id string, now time.Time, change func(*model.Posting)) (model.Posting, error) {
	p, err := store.Get(id)
	if err != nil {
		return model.Posting{}, err
	}
	change(&p)
	p.UpdatedAt = now.UTC()
	if err := store.Save(p); err != nil {
		return model.Posting{}, err
	}
	return p, nil
}
