package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// sectionNames are the sections as a message names them.
var sectionNames = map[string]string{
	SectionTitle: "the title", SectionRole: "the role and level", SectionSummary: "the summary",
	SectionResponsibilities: "What you will do", SectionMust: "the must-have skills",
	SectionNice: "the nice-to-have skills", SectionQualifications: "the qualifications",
	SectionBenefits: "the benefits", SectionCompany: "the company", SectionAbout: "About the company",
	SectionLocation: "the location", SectionEmployment: "the employment type", SectionPay: "the pay",
	SectionApply: "How to apply", SectionEEO: "the equal-opportunity statement", SectionProfile: "the company profile",
}

// wordCount is a word as found and how often.
type wordCount struct {
	word string
	n    int
}

// tally counts words in the order first met.
type tally []wordCount

func (t *tally) add(w string) {
	w = strings.ToLower(w)
	for i := range *t {
		if (*t)[i].word == w {
			(*t)[i].n++
			return
		}
	}
	*t = append(*t, wordCount{word: w, n: 1})
}

func (t tally) total() int {
	n := 0
	for _, c := range t {
		n += c.n
	}
	return n
}

func (t tally) String() string {
	parts := make([]string, len(t))
	for i, c := range t {
		parts[i] = "“" + c.word + "”"
		if c.n > 1 {
			parts[i] += fmt.Sprintf(" ×%d", c.n)
		}
	}
	return strings.Join(parts, ", ")
}

// genderFindings gives the verdict on gender-coded wording, with its
// counts, and says in which sections the masculine-coded words stand.
func genderFindings(c *compiled, s *scan) []Finding {
	g := c.gender
	if g == nil {
		return nil
	}
	var fem, masc tally
	bySection := map[string]*tally{}
	var order []string
	var stems []string // masculine stems met, for suggestions
	type at struct{ piece, start int }
	seen := map[at]bool{}
	for _, h := range s.hits {
		m := c.meta[h.pat]
		if m.kind != patFeminine && m.kind != patMasculine || seen[at{h.piece, h.start}] {
			continue
		}
		if s.excepted(c, h, func(e patMeta) bool { return e.kind == patGenderExcept }) {
			continue
		}
		seen[at{h.piece, h.start}] = true
		w := s.quote(h)
		if m.kind == patFeminine {
			fem.add(w)
			continue
		}
		masc.add(w)
		sec := s.pieces[h.piece].section
		if bySection[sec] == nil {
			bySection[sec] = &tally{}
			order = append(order, sec)
		}
		bySection[sec].add(w)
		if !slices.Contains(stems, m.stem) {
			stems = append(stems, m.stem)
		}
	}
	if len(fem)+len(masc) == 0 {
		return nil
	}

	f, mc := fem.total(), masc.total()
	verdict, sev := "neutral", Info
	switch d := f - mc; {
	case d > 3:
		verdict = "strongly feminine-coded"
	case d > 0:
		verdict = "feminine-coded"
	case d < -3:
		verdict, sev = "strongly masculine-coded", Warning
	case d < 0:
		verdict, sev = "masculine-coded", Warning
	}
	counts := fmt.Sprintf("%d masculine-coded %s", mc, plural(mc, "word", "words"))
	if mc > 0 {
		counts += " (" + masc.String() + ")"
	}
	counts += fmt.Sprintf(" and %d feminine-coded %s", f, plural(f, "word", "words"))
	if f > 0 {
		counts += " (" + fem.String() + ")"
	}
	suggestion := "Nothing to change: the wording leans neither way."
	switch {
	case mc > f:
		suggestion = "Swap some masculine-coded words or balance them with words about working together" + alternatives(g, stems) + "."
	case f > mc:
		suggestion = "Nothing needs to change: feminine-coded words have not been found to put men off applying."
	}
	section := SectionSummary
	if len(order) > 0 {
		section = order[0]
	}
	src := sources(g.Sources, "", "")
	out := []Finding{{
		Rule:       "wording/gender-coded",
		Severity:   sev,
		Section:    section,
		Message:    fmt.Sprintf("Gender coding: %s — %s. %s", verdict, counts, g.Why),
		Suggestion: suggestion,
		Source:     src,
	}}
	if mc > f {
		for _, sec := range order {
			t := bySection[sec]
			out = append(out, Finding{
				Rule:       "wording/gender-coded",
				Severity:   Info,
				Section:    sec,
				Message:    fmt.Sprintf("Masculine-coded %s in %s: %s.", plural(t.total(), "word", "words"), sectionNames[sec], t),
				Suggestion: "Consider other words" + alternatives(g, stems) + ".",
				Source:     src,
			})
		}
	}
	return out
}

// alternatives lists the table's other words for the stems met.
func alternatives(g *GenderCoding, stems []string) string {
	var parts []string
	for _, st := range stems {
		if alt := g.Alternatives[st]; alt != "" {
			parts = append(parts, st+"… → "+alt)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return ": " + strings.Join(parts, "; ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// categoryFindings flags the words of each wording category, one finding
// per category and section, naming the words.
func categoryFindings(c *compiled, s *scan) []Finding {
	type key struct {
		cat     int
		section string
	}
	type group struct {
		words tally
		hits  []hit
	}
	groups := map[key]*group{}
	var keys []key
	for _, h := range s.hits {
		m := c.meta[h.pat]
		if m.kind != patWord {
			continue
		}
		cat := &c.words[m.owner]
		sec := s.pieces[h.piece].section
		if len(cat.Sections) > 0 && !slices.Contains(cat.Sections, sec) {
			continue
		}
		if s.excepted(c, h, func(e patMeta) bool { return e.kind == patWordExcept && e.owner == m.owner }) {
			continue
		}
		k := key{m.owner, sec}
		gr := groups[k]
		if gr == nil {
			gr = &group{}
			groups[k] = gr
			keys = append(keys, k)
		}
		// One phrase inside a longer one of the same category counts once
		// ("young" in "young team").
		inside := false
		for i, o := range gr.hits {
			switch {
			case o.piece != h.piece:
			case h.start <= o.start && h.end >= o.end && h.end-h.start > o.end-o.start:
				gr.hits[i] = h
				inside = true
			case h.start < o.end && o.start < h.end: // overlapping: "able to lift 50"
				inside = true
			}
		}
		if !inside {
			gr.hits = append(gr.hits, h)
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return keys[i].cat < keys[j].cat })
	var out []Finding
	for _, k := range keys {
		gr := groups[k]
		cat := &c.words[k.cat]
		var sugg []string
		for _, h := range gr.hits {
			w := s.quote(h)
			gr.words.add(w)
			if t := cat.Terms[c.meta[h.pat].sub]; t.Suggest != "" {
				if s := "“" + strings.ToLower(w) + "” → " + t.Suggest; !slices.Contains(sugg, s) {
					sugg = append(sugg, s)
				}
			}
		}
		suggestion := cat.Suggestion
		if len(sugg) > 0 {
			suggestion = strings.Join(sugg, "; ") + "."
		}
		out = append(out, Finding{
			Rule:       "wording/" + cat.ID,
			Severity:   cat.Severity,
			Section:    k.section,
			Message:    fmt.Sprintf("%s in %s: %s. %s", cat.Name, sectionNames[k.section], gr.words, cat.Why),
			Suggestion: suggestion,
			Source:     sources(cat.Sources, "", ""),
		})
	}
	return out
}
