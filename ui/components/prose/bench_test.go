package prose_test

import (
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"jobpost/ui/common"
	"jobpost/ui/components/prose"
	"jobpost/ui/internal/uitest"
)

// BenchmarkProseKeystroke is one character typed (then taken back) in
// 1,000 and 10,000 characters of prose in paragraphs, at the end and in
// the middle of the text: Update and View, as Bubble Tea runs them, in
// a 100×30 editor. Target: ≤ 2 ms a key, and the cost not growing
// with the text (10,000 within 2× of 1,000).
func BenchmarkProseKeystroke(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, where := range []string{"end", "middle"} {
			b.Run(strconv.Itoa(n)+"chars/"+where, func(b *testing.B) {
				c := uitest.NewCommon(b, common.Dark)
				m := prose.New(c, common.NewPageID())
				m.SetSize(100, 30)
				text := uitest.Prose(n)
				m.Open(1, "Summary", text)
				if where == "middle" {
					up := tea.KeyPressMsg{Code: tea.KeyUp}
					for range lines(text, 98) / 2 {
						m, _, _ = m.Update(up)
					}
				}
				keys := []tea.Msg{tea.KeyPressMsg{Code: 'x', Text: "x"}, tea.KeyPressMsg{Code: tea.KeyBackspace}}
				b.ReportAllocs()
				b.ResetTimer()
				cpu := cpuTime()
				for i := 0; b.Loop(); i++ {
					m, _, _ = m.Update(keys[i%len(keys)])
					_ = m.View()
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

// lines is about how many screen lines text takes at width.
func lines(text string, width int) int {
	n := 0
	for _, p := range strings.Split(text, "\n") {
		n += len(p)/width + 1
	}
	return n
}

// cpuTime is the CPU time the process has used: on a shared machine it
// says more than the wall time ns/op gives.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
