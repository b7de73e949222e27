package check

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"jobpost/model"
)

// The thresholds of the quality checks, with where they come from.
const (
	bestMinWords   = 300 // Textio: 300–700 words do best
	bestMaxWords   = 700
	tooManyWords   = 1000 // readers drop off beyond about 1,000 words
	maxMustHaves   = 8    // TalentWorks 2018: keep the must-haves short
	entryMaxYears  = 3    // an entry-level posting asking this many years or more
	maxTitleChars  = 80   // Workable's and Google's title guidance
	hardToRead     = 30   // Flesch Reading Ease below this: warning
	fairlyHard     = 50   // below this: info (aim for 60–70)
	minWordsToRate = 100  // readability of less text says little
)

var (
	srcTextio      = "Textio, analysis of job posts <https://textio.com/blog>; Datapeople <https://datapeople.io/blog>"
	srcTalentWorks = "TalentWorks, \"Science of the job search, part III\" (2018) <https://talent.works/blog>"
	srcYears       = "Datapeople, years of experience by level <https://datapeople.io/blog>; Applied <https://www.beapplied.com/blog>"
	srcFlesch      = "Ongig, readability of job descriptions <https://blog.ongig.com>; Paycor <https://www.paycor.com/resource-center>"
	srcTitle       = "Workable, job board posting guidelines <https://help.workable.com>; Google, job posting structured data <https://developers.google.com/search/docs/appearance/structured-data/job-posting>"
	srcPay         = "ZipRecruiter on pay in postings <https://www.ziprecruiter.com/blog>; World Bank blog (Jalal), pay transparency trial <https://blogs.worldbank.org>"
	srcGoogle      = "Google, job posting structured data <https://developers.google.com/search/docs/appearance/structured-data/job-posting>"
	srcBoards      = "the boards' published limits (LinkedIn, SEEK, Indeed, Greenhouse, Ashby)"
)

func qualityFindings(p model.Posting, s *scan, on time.Time, board string, payReported bool) []Finding {
	var out []Finding
	add := func(rule string, sev Severity, section, msg, suggest, src string) {
		out = append(out, Finding{Rule: "quality/" + rule, Severity: sev, Section: section, Message: msg, Suggestion: suggest, Source: src})
	}

	// Length, in words of everything but the title.
	words := 0
	for _, pc := range s.pieces {
		if pc.section != SectionTitle {
			words += pc.hi - pc.lo
		}
	}
	switch {
	case words > tooManyWords:
		add("length", Warning, SectionSummary, fmt.Sprintf("The posting is %s words long; beyond about 1,000 words many readers stop, and 300–700 words do best.", model.Thousands(words)),
			"Cut it to the essentials: shorten the summary and keep each list to its most important lines.", srcTextio)
	case words > bestMaxWords:
		add("length", Info, SectionSummary, fmt.Sprintf("The posting is %s words long; 300–700 words do best.", model.Thousands(words)),
			"Trim repetition from the summary and the lists.", srcTextio)
	case words > 0 && words < bestMinWords:
		add("length", Info, SectionSummary, fmt.Sprintf("The posting is %d words long; 300–700 words do best, and a short posting may leave out what applicants look for.", words),
			"Say more about the work, the team and what you offer.", srcTextio)
	}

	if n := len(model.CleanList(p.Skills.Required)); n > maxMustHaves {
		add("must-haves", Warning, SectionMust, fmt.Sprintf("The posting lists %d must-have skills; long lists of requirements turn away people who meet most of them, and more than 8 is a lot.", n),
			"Keep the 5–8 that are truly required and move the rest to Nice-to-have skills.", srcTalentWorks)
	}

	out = append(out, yearsFinding(p, s)...)
	out = append(out, readabilityFinding(s)...)
	out = append(out, titleFindings(p, s)...)

	// Missing parts.
	if p.Salary.Min <= 0 && p.Salary.Max <= 0 && !payReported {
		add("missing-pay", Warning, SectionPay, "The posting states no pay. Postings that show pay draw far more applications, and in a large trial showing it nearly doubled women's applications to well-paid jobs.",
			"Fill in the Pay section with a range.", srcPay)
	}
	loc := p.Location
	if p.Workplace == model.Remote {
		if len(p.ApplicantLocations) == 0 && model.CleanLine(loc.Country) == "" {
			add("missing-location", Warning, SectionLocation, "The remote posting does not say where applicants may live; boards and Google need it, and the pay laws that apply depend on it.",
				"Set \"open to applicants in\" (countries or regions) in the Location section.", srcGoogle)
		}
	} else if model.CleanLine(loc.City) == "" && model.CleanLine(loc.Country) == "" {
		add("missing-location", Warning, SectionLocation, "The posting does not say where the job is; boards need it, applicants filter by it, and the pay laws that apply depend on it.",
			"Fill in the city and country in the Location section.", srcGoogle)
	}
	if model.CleanLine(p.Apply.URL) == "" && model.CleanLine(p.Apply.Email) == "" {
		add("missing-apply", Warning, SectionApply, "The posting does not say how to apply; Google drops postings without a way to apply.",
			"Add an application link or e-mail address under How to apply.", srcGoogle)
	}
	if model.CleanLine(p.Company.Name) == "" {
		add("missing-company", Warning, SectionCompany, "The posting does not name the company; boards and Google require the hiring organisation.",
			"Fill in the company name (the company profile can do it for every posting).", srcGoogle)
	}

	if d, err := time.Parse(time.DateOnly, p.ValidThrough); err == nil {
		today := time.Date(on.Year(), on.Month(), on.Day(), 0, 0, 0, 0, time.UTC)
		if d.Before(today) {
			add("closing-date", Warning, SectionApply, fmt.Sprintf("The closing date (%s) has passed; boards and Google drop expired postings, and applicants distrust them.", day(d)),
				"Move the closing date forward, or take the posting down.", srcGoogle)
		}
	}

	out = append(out, googleFindings(p, on, board)...)
	out = append(out, boardFindings(p, board)...)
	return out
}

// numberWords reads the numbers people spell out in requirements.
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}

// yearsAsked finds the least years of experience a text asks for in each
// "N years", "N+ years", "N-M years" or "N to M years"; ok is false when
// it asks for none.
func yearsAsked(pc piece, toks []token) (most int, quote string, ok bool) {
	toks = toks[pc.lo:pc.hi]
	num := func(t token) (int, bool) {
		if t.num && len(t.text) <= 2 {
			n := 0
			for _, d := range t.text {
				n = n*10 + int(d-'0')
			}
			return n, true
		}
		n, ok := numberWords[t.text]
		return n, ok
	}
	for i, t := range toks {
		if i == 0 || t.text != "years" && t.text != "year" && t.text != "yrs" && t.text != "year's" && t.text != "years'" {
			continue
		}
		n, isNum := num(toks[i-1])
		if !isNum {
			continue
		}
		from := i - 1
		if i >= 3 && toks[i-2].text == "to" {
			if lo, ok := num(toks[i-3]); ok {
				n, from = lo, i-3
			}
		} else if i >= 2 {
			if lo, ok := num(toks[i-2]); ok && strings.ContainsAny(pc.text[toks[i-2].end:toks[i-1].start], "-–") {
				n, from = lo, i-2
			}
		}
		if !ok || n > most {
			most, quote, ok = n, pc.text[toks[from].start:t.end], true
		}
	}
	return most, quote, ok
}

var entryLevels = []string{"intern", "junior", "entry", "graduate", "trainee", "apprentice"}

func yearsFinding(p model.Posting, s *scan) []Finding {
	entry := slices.Contains(entryLevels, strings.ToLower(p.Seniority))
	if !entry {
		for _, t := range s.toks[:titleEnd(s)] {
			if slices.Contains(entryLevels, t.text) || t.text == "entry-level" {
				entry = true
			}
		}
	}
	if !entry {
		return nil
	}
	for _, pc := range s.pieces {
		if pc.section != SectionQualifications && pc.section != SectionMust && pc.section != SectionSummary {
			continue
		}
		if n, quote, ok := yearsAsked(pc, s.toks); ok && n >= entryMaxYears {
			return []Finding{{
				Rule:     "quality/years",
				Severity: Warning,
				Section:  pc.section,
				Message: fmt.Sprintf("An entry-level posting asks for %q; entry-level roles usually ask for 0–2 years, and asking %d or more turns away the people the role is for.",
					quote, n),
				Suggestion: "Ask for 0–2 years, or describe the skills you need instead of years; if you need more, the role is not entry-level.",
				Source:     srcYears,
			}}
		}
	}
	return nil
}

// titleEnd is the end of the title's words in s.toks.
func titleEnd(s *scan) int {
	if len(s.pieces) > 0 && s.pieces[0].section == SectionTitle {
		return s.pieces[0].hi
	}
	return 0
}

// syllables estimates the syllables of a lower-case word: groups of
// vowels, less a silent final e, at least one.
func syllables(w string) int {
	n, prevVowel := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") {
		n--
	}
	return max(n, 1)
}

func readabilityFinding(s *scan) []Finding {
	words, sentences, syl := 0, 0, 0
	for _, pc := range s.pieces {
		if pc.section == SectionTitle || pc.hi == pc.lo {
			continue
		}
		for _, t := range s.toks[pc.lo:pc.hi] {
			if t.num {
				continue
			}
			words++
			syl += syllables(t.text)
		}
		n := 0
		if !pc.item {
			for i := 0; i < len(pc.text); i++ {
				if c := pc.text[i]; (c == '.' || c == '!' || c == '?' || c == '\n') && (i+1 == len(pc.text) || pc.text[i+1] == ' ' || pc.text[i+1] == '\n') {
					n++
				}
			}
		}
		sentences += max(n, 1)
	}
	if words < minWordsToRate {
		return nil
	}
	score := 206.835 - 1.015*float64(words)/float64(sentences) - 84.6*float64(syl)/float64(words)
	sev := Info
	switch {
	case score < hardToRead:
		sev = Warning
	case score < fairlyHard:
	default:
		return nil
	}
	return []Finding{{
		Rule:     "quality/readability",
		Severity: sev,
		Section:  SectionSummary,
		Message: fmt.Sprintf("The posting is hard to read: a Flesch Reading Ease of %.0f (out of 100; 60–70 reads easily, about grade 8–9). %.0f words a sentence on average.",
			score, float64(words)/float64(sentences)),
		Suggestion: "Use shorter sentences and plainer words; split long list items.",
		Source:     srcFlesch,
	}}
}

var hypeWords = []string{"urgent", "urgently", "asap", "immediately"}

func titleFindings(p model.Posting, s *scan) []Finding {
	title := model.CleanLine(p.Title)
	var out []Finding
	add := func(sev Severity, msg, suggest string) {
		out = append(out, Finding{Rule: "quality/title", Severity: sev, Section: SectionTitle, Message: msg, Suggestion: suggest, Source: srcTitle})
	}
	if title == "" {
		add(Error, "The posting has no title.", "Give it the job's usual name, e.g. \"Backend Engineer\".")
		return out
	}
	if n := utf8.RuneCountInString(title); n > maxTitleChars {
		add(Warning, fmt.Sprintf("The title is %d characters long; boards cut or demote titles over 80.", n), "Keep the job's name and level; put the rest in the summary.")
	}
	toks := s.toks[:titleEnd(s)]
	has := func(words ...string) string {
		for i, t := range toks {
			for _, w := range words {
				ws := strings.Fields(w)
				if i+len(ws) > len(toks) {
					continue
				}
				match := true
				for j, x := range ws {
					if toks[i+j].text != x {
						match = false
						break
					}
				}
				if match {
					return title[t.start:toks[i+len(ws)-1].end]
				}
			}
		}
		return ""
	}
	payWord := has("salary", "paid", "usd", "eur", "gbp", "cad", "per hour", "per year", "an hour", "a year", "k")
	if payWord == "" {
		for _, t := range toks {
			if len(t.text) > 1 && t.text[len(t.text)-1] == 'k' && allDigits(t.text[:len(t.text)-1]) {
				payWord = title[t.start:t.end]
			}
		}
	}
	if strings.ContainsAny(title, "$€£¥") || payWord != "" {
		add(Warning, "The title states pay; boards such as Indeed refuse or demote titles with pay in them.", "Put the pay in the Pay section, where boards read it.")
	}
	var places []string
	for _, l := range []string{p.Location.City, p.Location.Region, p.Location.Country} {
		if l = strings.ToLower(model.CleanLine(l)); l != "" {
			places = append(places, l)
		}
	}
	places = append(places, "remote", "hybrid", "on-site", "onsite", "wfh")
	if w := has(places...); w != "" {
		add(Warning, fmt.Sprintf("The title names a place or way of working (%q); boards show the location from its own field and may refuse titles with it.", w),
			"Take it out of the title; the Location section carries it.")
	}
	if w := has(append([]string{"hiring now", "now hiring", "we're hiring", "apply now", "immediate start"}, hypeWords...)...); w != "" {
		add(Warning, fmt.Sprintf("The title says %q; boards treat such words as spam.", w), "Leave the title to the job's name.")
	}
	letters, upper := 0, 0
	emoji := false
	for _, r := range title {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F || r >= 0x2B00 && r <= 0x2BFF {
			emoji = true
		}
	}
	if letters >= 6 && upper == letters {
		add(Warning, "The title is written in capitals; boards refuse or lower-case it, and it reads as shouting.", "Write it in title case, e.g. \"Senior Backend Engineer\".")
	}
	if strings.Contains(title, "!") {
		add(Warning, "The title has an exclamation mark; boards treat it as spam.", "Take it out.")
	}
	if emoji {
		add(Warning, "The title has an emoji or symbol; boards strip or refuse them and search does not match them.", "Take it out.")
	}
	code := has("req", "requisition", "job id", "ref")
	for i, t := range toks {
		if t.num && len(t.text) >= 4 && !(len(t.text) == 4 && (t.text[:2] == "19" || t.text[:2] == "20")) ||
			i > 0 && t.num && strings.HasSuffix(title[:t.start], "#") {
			code = title[t.start:t.end]
		}
	}
	if code != "" {
		add(Info, fmt.Sprintf("The title seems to carry a job code (%q); applicants search for job names, not codes.", code), "Keep codes in your own records, or in the apply link.")
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// googleBoard reports whether a board name means Google for Jobs.
func googleBoard(b string) bool {
	switch strings.ToLower(b) {
	case "google", "google for jobs", "google-jobs", "jsonld", "json-ld":
		return true
	}
	return false
}

// fieldSections maps the JSON paths model.MissingFieldsError names to the
// editor's sections.
var fieldSections = map[string]string{
	"title": SectionTitle, "description": SectionSummary, "company.name": SectionCompany,
	"location": SectionLocation, "location.country": SectionLocation, "salary.currency": SectionPay,
	"salary.period": SectionPay, "created_at": SectionApply,
}

func googleFindings(p model.Posting, on time.Time, board string) []Finding {
	if board != "" && !googleBoard(board) {
		return nil
	}
	missing := p.JSONLDMissing(on)
	if len(missing) == 0 {
		return nil
	}
	sev := Warning
	if googleBoard(board) {
		sev = Error
	}
	section := fieldSections[missing[0]]
	if section == "" {
		section = SectionSummary
	}
	return []Finding{{
		Rule:       "quality/google-jobs",
		Severity:   sev,
		Section:    section,
		Message:    "Google for Jobs will not show the posting without: " + strings.Join(missing, ", ") + ".",
		Suggestion: "Fill in those fields; the JSON-LD export lists what Google reads.",
		Source:     srcGoogle,
	}}
}

// seekSummaryChars is SEEK's limit for the short summary shown in results.
const seekSummaryChars = 150

func boardFindings(p model.Posting, board string) []Finding {
	var out []Finding
	sev := Warning
	if board != "" {
		sev = Error
	}
	var desc string
	descLen := -1
	for _, l := range model.BoardLimits {
		if board != "" && !strings.EqualFold(board, l.Board) {
			continue
		}
		var n int
		section := SectionTitle
		switch l.Field {
		case "title":
			n = utf8.RuneCountInString(model.CleanLine(p.Title))
		case "description":
			if descLen < 0 {
				desc = p.HTML()
				descLen = utf8.RuneCountInString(desc)
			}
			n, section = descLen, SectionSummary
		default:
			continue
		}
		if n > l.Chars {
			out = append(out, Finding{
				Rule: "quality/board-limits", Severity: sev, Section: section,
				Message:    fmt.Sprintf("%s takes at most %s characters in the %s; this one has %s.", l.Board, model.Thousands(l.Chars), l.Field, model.Thousands(n)),
				Suggestion: "Shorten the " + l.Field + ".",
				Source:     srcBoards,
			})
		}
	}
	if strings.EqualFold(board, "SEEK") {
		if first := firstSentence(model.CleanText(p.Summary)); utf8.RuneCountInString(first) > seekSummaryChars {
			out = append(out, Finding{
				Rule: "quality/board-limits", Severity: Info, Section: SectionSummary,
				Message:    fmt.Sprintf("SEEK shows a summary of at most %d characters in its results; the summary's first sentence has %d.", seekSummaryChars, utf8.RuneCountInString(first)),
				Suggestion: "Open the summary with one short sentence that sells the job.",
				Source:     srcBoards,
			})
		}
	}
	return out
}

func firstSentence(s string) string {
	if i := strings.IndexAny(s, ".!?\n"); i >= 0 {
		return s[:i+1]
	}
	return s
}
