package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: its lower-case form and where it stands in
// the text (byte offsets), so a finding can quote the words as written.
type token struct {
	text       string
	start, end int
	num        bool // all digits
}

// tokenize splits s into words, appending to buf. A word is letters and
// digits; a hyphen or apostrophe between two letters stays inside it
// ("high-energy", "driver's"), anything else separates words.
func tokenize(s string, buf []token) []token {
	start := -1
	ascii, lower, digits := true, true, true
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		if !ascii || !lower {
			w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
		buf = append(buf, token{text: w, start: start, end: end, num: digits})
		start = -1
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		word := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
		joiner := !word && (r == '-' || r == '\'' || r == '’') && start >= 0 && isLetterBefore(s, i) && isLetterAt(s, i+n)
		if !word && !joiner {
			flush(i)
			i += n
			continue
		}
		if start < 0 {
			start, ascii, lower, digits = i, true, true, true
		}
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if r >= 'A' && r <= 'Z' {
			lower = false
		}
		if r < '0' || r > '9' {
			digits = false
		}
		i += n
	}
	flush(len(s))
	return buf
}

func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// elem is one word of a compiled term.
type elem struct {
	word   string
	prefix bool // the word starts with it
	num    bool // any number
}

func (e elem) match(t token) bool {
	switch {
	case e.num:
		return t.num
	case e.prefix:
		return strings.HasPrefix(t.text, e.word)
	}
	return t.text == e.word
}

// matcher finds many terms in one pass over a text's words. Terms are
// indexed by their first word: exactly, by the first three bytes of a
// stem, or among those starting with a number; so each word costs a map
// lookup or two, not a look at every term.
type matcher struct {
	terms  [][]elem
	exact  map[string][]int
	prefix map[string][]int
	num    []int
}

func newMatcher() *matcher {
	return &matcher{exact: map[string][]int{}, prefix: map[string][]int{}}
}

// add compiles a term (see Term) and returns its index.
func (m *matcher) add(term string) int {
	var es []elem
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(term, "’", "'"))) {
		switch stem, ok := strings.CutSuffix(w, "*"); {
		case w == "#":
			es = append(es, elem{num: true})
		case ok:
			es = append(es, elem{word: stem, prefix: true})
		default:
			es = append(es, elem{word: w})
		}
	}
	id := len(m.terms)
	m.terms = append(m.terms, es)
	switch first := es[0]; {
	case first.num:
		m.num = append(m.num, id)
	case first.prefix:
		m.prefix[first.word[:3]] = append(m.prefix[first.word[:3]], id)
	default:
		m.exact[first.word] = append(m.exact[first.word], id)
	}
	return id
}

// scan calls found for every term that matches at every word of toks, with
// the term's index and the words it covers, toks[start:end].
func (m *matcher) scan(toks []token, found func(term, start, end int)) {
	try := func(ids []int, i int) {
		for _, id := range ids {
			es := m.terms[id]
			if i+len(es) > len(toks) {
				continue
			}
			ok := true
			for j, e := range es {
				if !e.match(toks[i+j]) {
					ok = false
					break
				}
			}
			if ok {
				found(id, i, i+len(es))
			}
		}
	}
	for i, t := range toks {
		if ids := m.exact[t.text]; ids != nil {
			try(ids, i)
		}
		if len(t.text) >= 3 {
			if ids := m.prefix[t.text[:3]]; ids != nil {
				try(ids, i)
			}
		}
		if t.num && m.num != nil {
			try(m.num, i)
		}
	}
}
