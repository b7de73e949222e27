package storage

import (
	"errors"
	"testing"
	"time"

	"jobpost/model"
)

// GetEach reads drafts in the order asked, says which are missing, and
// stops when told to.
func TestGetEach(t *testing.T) {
	s := openTemp(t)
	var ids []string
	for _, title := range []string{"One", "Two", "Three"} {
		p := model.New(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
		p.Title = title
		if err := s.Save(p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	asked := []string{ids[2], "nosuchdraft00000", ids[0]}
	var got []string
	err := s.GetEach(asked, func(i int, p model.Posting, err error) error {
		switch {
		case i == 1 && !errors.Is(err, ErrNotFound):
			t.Errorf("missing draft: %v", err)
		case i != 1 && err != nil:
			t.Errorf("draft %d: %v", i, err)
		}
		got = append(got, p.Title)
		return nil
	})
	if err != nil || len(got) != 3 || got[0] != "Three" || got[2] != "One" {
		t.Fatalf("GetEach: %q, %v", got, err)
	}
	stop := errors.New("enough")
	n := 0
	if err := s.GetEach(ids, func(int, model.Posting, error) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Fatalf("stop: %v after %d", err, n)
	}
}
