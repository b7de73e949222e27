package check

import (
	"time"

	"jobpost/model"
)

// Check judges p, published by the company prof, against rules: pay
// transparency by where the job is and who may apply, inclusive wording,
// and quality (length, requirements, readability, title, missing parts,
// closing date, Google for Jobs, the board's limits). It returns the
// findings, most serious first, then in the order of the editor's
// sections; nil when there are none. Rules without a table (the zero
// value) still run the quality checks.
//
// It reads nothing but its arguments, so it is safe to call from any
// goroutine and cheap enough to run on every change.
func Check(p model.Posting, prof model.CompanyProfile, rules Rules, opts Options) []Finding {
	on := opts.On
	if on.IsZero() {
		on = time.Now()
	}
	on = on.UTC()
	c := rules.c
	s := newScan(p, c)

	var out []Finding
	payReported := false
	if c != nil {
		pc := payCheck{p: p, prof: prof, c: c, s: s, on: on}
		out = append(out, pc.run()...)
		payReported = pc.saidNo
		out = append(out, genderFindings(c, s)...)
		out = append(out, categoryFindings(c, s)...)
	}
	out = append(out, qualityFindings(p, s, on, opts.Board, payReported)...)
	sortFindings(out)
	return out
}
