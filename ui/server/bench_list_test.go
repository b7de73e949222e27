package server_test

import (
	"bytes"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"jobpost/internal/fakepostings"
	"jobpost/model"
)

// BenchmarkConcurrentList50 runs 50 `list` commands (the command line's)
// at once over SSH, each on its own connection made beforehand, against
// a library of 1,000 drafts. One op is the 50.
func BenchmarkConcurrentList50(b *testing.B) {
	const concurrent, drafts = 50, 1000
	ts := startCommandServer(b, "ana")
	now := time.Now()
	postings := make([]model.Posting, drafts)
	for i := range postings {
		postings[i] = fakepostings.Posting(1, i, now, false)
	}
	if _, err := ts.Library().Import(postings, now); err != nil {
		b.Fatal(err)
	}
	clients := make([]*gossh.Client, concurrent)
	for i := range clients {
		clients[i] = ts.Client("ana")
	}
	b.ResetTimer()
	for range b.N {
		var wg sync.WaitGroup
		for _, c := range clients {
			wg.Go(func() {
				sess, err := c.NewSession()
				if err != nil {
					b.Error(err)
					return
				}
				defer sess.Close()
				out, err := sess.Output("list")
				if lines := bytes.Count(out, []byte("\n")); err != nil || lines != drafts {
					b.Errorf("list: %v, %d lines", err, lines)
				}
			})
		}
		wg.Wait()
	}
}
