package check

import (
	"slices"
	"strings"
	"time"

	"jobpost/model"
)

// patKind says what a matcher term stands for.
type patKind uint8

const (
	patFeminine     patKind = iota // a feminine-coded stem
	patMasculine                   // a masculine-coded stem
	patGenderExcept                // a technical sense of a coded word
	patWord                        // a term of a wording category (owner), sub = term index
	patWordExcept                  // an exception of a wording category (owner)
	patPhrase                      // a phrase of requirement sub of pay row owner
)

type patMeta struct {
	kind       patKind
	owner, sub int
	stem       string // for the coded stems
}

// compiled is a Table made ready: one matcher for every word list and
// phrase, and the pay rows with their dates parsed.
type compiled struct {
	m      *matcher
	meta   []patMeta
	pay    []payRow
	words  []WordCategory
	gender *GenderCoding
}

type payRow struct {
	PayRule
	effective, enforced time.Time // zero: none
	from, fixedFrom     []time.Time
	countries           []string // EU expanded to its members
}

func compile(t *Table) (*compiled, error) {
	c := &compiled{m: newMatcher(), words: t.Wording, gender: t.GenderCoded}
	add := func(term string, meta patMeta) {
		c.m.add(term)
		c.meta = append(c.meta, meta)
	}
	if g := t.GenderCoded; g != nil {
		for _, s := range g.Feminine {
			add(s+"*", patMeta{kind: patFeminine, stem: strings.ToLower(s)})
		}
		for _, s := range g.Masculine {
			add(s+"*", patMeta{kind: patMasculine, stem: strings.ToLower(s)})
		}
		for _, e := range g.Exceptions {
			add(e.Match, patMeta{kind: patGenderExcept})
		}
	}
	for i, w := range t.Wording {
		for j, term := range w.Terms {
			add(term.Match, patMeta{kind: patWord, owner: i, sub: j})
		}
		for _, e := range w.Exceptions {
			add(e.Match, patMeta{kind: patWordExcept, owner: i})
		}
	}
	date := func(s string) time.Time {
		d, _ := time.Parse(time.DateOnly, s) // Validate has vouched for it
		return d
	}
	for i, r := range t.PayTransparency {
		row := payRow{PayRule: r, effective: date(r.Effective), enforced: date(r.Enforced)}
		for _, c := range r.Match.Countries {
			if c == model.EU {
				row.countries = append(row.countries, model.EUCountries...)
			} else {
				row.countries = append(row.countries, c)
			}
		}
		for j, q := range r.Requirements {
			row.from = append(row.from, date(q.From))
			row.fixedFrom = append(row.fixedFrom, date(q.FixedFrom))
			for _, ph := range q.Phrases {
				add(ph.Match, patMeta{kind: patPhrase, owner: i, sub: j})
			}
		}
		row.Match.Cities = slices.Clone(r.Match.Cities)
		for k, city := range row.Match.Cities {
			row.Match.Cities[k] = strings.ToLower(city)
		}
		c.pay = append(c.pay, row)
	}
	return c, nil
}

// piece is one stretch of the posting's text — the title, a paragraph
// field or one list item — with its words, toks[lo:hi] of the scan.
type piece struct {
	section string
	text    string
	lo, hi  int
	item    bool // a list item (counts as a sentence of its own)
}

// hit is one term found: toks[start:end] of piece.
type hit struct {
	pat        int
	piece      int
	start, end int
}

// scan is the posting's text split into pieces and words, and every term
// the rules look for, found once and shared by all the checks.
type scan struct {
	pieces  []piece
	toks    []token
	hits    []hit
	excepts []hit // the hits of exceptions, looked through for every coded word
}

func (s *scan) quote(h hit) string {
	pc := s.pieces[h.piece]
	return pc.text[s.toks[pc.lo+h.start].start:s.toks[pc.lo+h.end-1].end]
}

func newScan(p model.Posting, c *compiled) *scan {
	s := &scan{toks: make([]token, 0, 1024), pieces: make([]piece, 0, 48)}
	addText := func(section, text string, item bool) {
		if strings.TrimSpace(text) == "" {
			return
		}
		lo := len(s.toks)
		s.toks = tokenize(text, s.toks)
		s.pieces = append(s.pieces, piece{section: section, text: text, lo: lo, hi: len(s.toks), item: item})
	}
	addList := func(section string, items []string) {
		for _, it := range items {
			addText(section, it, true)
		}
	}
	addText(SectionTitle, p.Title, false)
	addText(SectionSummary, p.Summary, false)
	addList(SectionResponsibilities, p.Responsibilities)
	addList(SectionMust, p.Skills.Required)
	addList(SectionNice, p.Skills.Preferred)
	addList(SectionQualifications, p.Qualifications)
	addList(SectionBenefits, p.Benefits)
	addText(SectionAbout, p.Company.About, false)
	addText(SectionEEO, p.EEO, false)
	if c == nil {
		return s
	}
	for i, pc := range s.pieces {
		c.m.scan(s.toks[pc.lo:pc.hi], func(term, start, end int) {
			h := hit{pat: term, piece: i, start: start, end: end}
			s.hits = append(s.hits, h)
			if k := c.meta[term].kind; k == patGenderExcept || k == patWordExcept {
				s.excepts = append(s.excepts, h)
			}
		})
	}
	return s
}

// excepted reports whether h lies inside a hit of an exception for it.
func (s *scan) excepted(c *compiled, h hit, exception func(patMeta) bool) bool {
	for _, e := range s.excepts {
		if e.piece == h.piece && e.start <= h.start && e.end >= h.end && exception(c.meta[e.pat]) {
			return true
		}
	}
	return false
}
