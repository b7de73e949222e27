package check

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Table is the rules as they are written down: the JSON shape of the
// built-in rule files (data/rules/*.json) and of a company's additions.
// Rows are keyed by id, so a company file replaces a built-in row by
// repeating its id.
type Table struct {
	// Version is the layout version of the table (TableVersion).
	Version int `json:"version"`
	// Updated is when the facts were last reviewed, YYYY-MM-DD.
	Updated         string         `json:"updated,omitempty"`
	PayTransparency []PayRule      `json:"pay_transparency,omitempty"`
	GenderCoded     *GenderCoding  `json:"gender_coded,omitempty"`
	Wording         []WordCategory `json:"wording,omitempty"`
}

// TableVersion is the rule-table layout this build reads.
const TableVersion = 1

// Source is where a rule comes from.
type Source struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// PayRule is one jurisdiction's pay-transparency law for job postings.
type PayRule struct {
	ID    string `json:"id"`   // "US-CO", "US-NYC", "CA-ON", "EU", …
	Name  string `json:"name"` // "Colorado"
	Match Match  `json:"match"`
	// Effective is the day the rule took or takes effect, YYYY-MM-DD; ""
	// when it is not in force and no date is set (Status says why).
	Effective string `json:"effective"`
	// Enforced is the day enforcement starts, when later than Effective.
	Enforced string `json:"enforced,omitempty"`
	Status   string `json:"status,omitempty"` // e.g. "awaiting regulations"
	// MinEmployees is the smallest employer covered; 0 or 1 covers all.
	MinEmployees int           `json:"min_employees"`
	Requirements []Requirement `json:"requirements"`
	// MaxSeverity caps how serious this row's findings are, for rules whose
	// force depends on something the posting cannot show (national
	// transposition of a directive, a custom rather than a statute).
	MaxSeverity Severity `json:"max_severity,omitempty"`
	Sources     []Source `json:"sources"`
	Checked     string   `json:"checked"` // when the facts were checked, YYYY-MM-DD
	Notes       string   `json:"notes,omitempty"`
}

// Match says which postings a rule covers.
type Match struct {
	// Countries are ISO 3166 country codes; "EU" stands for every member
	// state. A row with Regions or Cities needs no Countries.
	Countries []string `json:"countries,omitempty"`
	Regions   []string `json:"regions,omitempty"` // ISO 3166-2: "US-CO"
	// Cities are the names (any case) the city goes by; Regions then says
	// which region they are in.
	Cities []string `json:"cities,omitempty"`
	// Remote says how the rule reaches a remote job: RemoteResidents, a
	// job open to people living there; RemoteOffice, a job reporting to an
	// office there (the company's home, "may apply"); RemoteEmployer, any
	// job of an employer based there; "" only a job located there (a
	// remote job open only to people there counts).
	Remote string `json:"remote,omitempty"`
}

// The ways a rule reaches remote jobs.
const (
	RemoteResidents = "residents"
	RemoteOffice    = "office"
	RemoteEmployer  = "employer"
)

// Requirement is one thing a rule asks a posting to carry. Kind says which;
// the other fields refine it.
type Requirement struct {
	Kind string `json:"kind"`
	// From is the day this requirement starts, when later than the row's.
	From     string   `json:"from,omitempty"`
	Severity Severity `json:"severity,omitempty"` // caps the row's severity
	// Note is what the law asks, in our words, shown in the message.
	Note string `json:"note,omitempty"`
	// FixedFrom (pay_range): from this day a single fixed amount will do.
	FixedFrom string `json:"fixed_from,omitempty"`
	// MaxWidth, ExemptAbove, Currency (range_width): the widest range
	// allowed, per year, and the maximum above which no limit applies.
	MaxWidth    float64 `json:"max_width,omitempty"`
	ExemptAbove float64 `json:"exempt_above,omitempty"`
	Currency    string  `json:"currency,omitempty"`
	// Periods (pay_minimum) are the pay periods the amount must be per.
	Periods []string `json:"periods,omitempty"`
	// Phrases are the words that meet a statement requirement (or, for
	// the "no_…" kinds, break it), in the term syntax of Term.
	Phrases []Term `json:"phrases,omitempty"`
	// Sections limits where Phrases are looked for; empty means the
	// whole posting.
	Sections []string `json:"sections,omitempty"`
}

// The requirement kinds.
const (
	ReqPay          = "pay"           // a pay amount or range; one fixed amount will do
	ReqPayRange     = "pay_range"     // a minimum and a maximum
	ReqPayMinimum   = "pay_minimum"   // at least the minimum pay, per one of Periods
	ReqRangeWidth   = "range_width"   // a range no wider than MaxWidth a year
	ReqBenefits     = "benefits"      // a description of benefits and other pay
	ReqDeadline     = "deadline"      // the application deadline (closing date)
	ReqDescription  = "description"   // the job's description
	ReqCommission   = "commission"    // commission-only or tipped work says so (Phrases)
	ReqStatement    = "statement"     // the posting says something (Phrases), e.g. on AI screening
	ReqForbidden    = "forbidden"     // the posting must not say something (Phrases)
	ReqGenderMarker = "gender_marker" // the title carries a gender marker such as "(m/w/d)" (Phrases)
	ReqReminder     = "reminder"      // a duty outside the posting, shown as info
)

var reqKinds = []string{ReqPay, ReqPayRange, ReqPayMinimum, ReqRangeWidth, ReqBenefits, ReqDeadline,
	ReqDescription, ReqCommission, ReqStatement, ReqForbidden, ReqGenderMarker, ReqReminder}

// GenderCoding is the list of gender-coded word stems (Gaucher, Friesen and
// Kay 2011) with the technical senses that are not meant that way.
type GenderCoding struct {
	Why       string   `json:"why"`
	Sources   []Source `json:"sources"`
	Feminine  []string `json:"feminine"`  // stems: a word matches when it starts with one
	Masculine []string `json:"masculine"` // stems
	// Exceptions are phrases in which a coded word has a technical sense
	// ("lead engineer", "commit*"), in the term syntax of Term.
	Exceptions []Term `json:"exceptions"`
	// Alternatives suggest other words for a stem: {"compet": "motivated"}.
	Alternatives map[string]string `json:"alternatives,omitempty"`
}

// WordCategory is one kind of wording to flag ("age", "silly-title", …).
type WordCategory struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Severity   Severity `json:"severity"`
	Why        string   `json:"why"`
	Suggestion string   `json:"suggestion"` // when a term has none of its own
	Sources    []Source `json:"sources"`
	Terms      []Term   `json:"terms"`
	Exceptions []Term   `json:"exceptions,omitempty"`
	// Sections limits where the terms are looked for; empty means every
	// section with text.
	Sections []string `json:"sections,omitempty"`
}

// Term is a word or phrase to look for, and what to write instead. Words
// are separated by spaces and matched whole, without regard to case; a
// word ending in "*" matches any word starting so ("energ*"), and "#"
// matches a number. In JSON a term is a string, or an object
// {"match": …, "suggest": …}.
type Term struct {
	Match   string `json:"match"`
	Suggest string `json:"suggest,omitempty"`
}

// UnmarshalJSON reads a term written as a string or as an object.
func (t *Term) UnmarshalJSON(b []byte) error {
	if b = bytes.TrimSpace(b); len(b) > 0 && b[0] == '"' {
		t.Suggest = ""
		return json.Unmarshal(b, &t.Match)
	}
	type plain Term
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode((*plain)(t))
}

// MarshalJSON writes a term without a suggestion as a string.
func (t Term) MarshalJSON() ([]byte, error) {
	if t.Suggest == "" {
		return json.Marshal(t.Match)
	}
	type plain Term
	return json.Marshal(plain(t))
}

// Rules are a Table checked and made ready to run: word lists compiled
// into one matcher, dates parsed. Build them with Compile, once; they are
// read-only and safe to share between goroutines.
type Rules struct {
	table *Table
	c     *compiled
}

// Table returns the rules as written.
func (r Rules) Table() Table {
	if r.table == nil {
		return Table{}
	}
	return *r.table
}

// Compile checks t and prepares it for Check. It reports every problem it
// finds, each naming the row.
func Compile(t Table) (Rules, error) {
	if err := t.Validate(); err != nil {
		return Rules{}, err
	}
	c, err := compile(&t)
	if err != nil {
		return Rules{}, err
	}
	return Rules{table: &t, c: c}, nil
}

// Validate checks that the table is one this build reads, that ids are
// unique and present, that dates are dates, kinds known, sources given and
// terms well formed.
func (t *Table) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if t.Version != TableVersion {
		bad("version %d: this jobpost reads rule tables of version %d", t.Version, TableVersion)
	}
	date := func(where, field, s string) {
		if s == "" {
			return
		}
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			bad("%s: %s %q is not a date written YYYY-MM-DD", where, field, s)
		}
	}
	terms := func(where string, ts []Term) {
		for _, term := range ts {
			if err := validTerm(term.Match); err != nil {
				bad("%s: term %q: %v", where, term.Match, err)
			}
		}
	}
	sections := func(where string, ss []string) {
		for _, s := range ss {
			if !slices.Contains(sectionOrder, s) {
				bad("%s: %q is not a section (%s)", where, s, strings.Join(sectionOrder, ", "))
			}
		}
	}
	date("table", "updated", t.Updated)

	seen := map[string]bool{}
	for i, r := range t.PayTransparency {
		where := fmt.Sprintf("pay_transparency %q", r.ID)
		switch {
		case strings.TrimSpace(r.ID) == "":
			bad("pay_transparency #%d has no id", i+1)
			continue
		case seen[r.ID]:
			bad("%s: id used twice", where)
		}
		seen[r.ID] = true
		if r.Name == "" {
			bad("%s: no name", where)
		}
		if len(r.Match.Countries)+len(r.Match.Regions) == 0 {
			bad("%s: match names no country or region", where)
		}
		if len(r.Match.Cities) > 0 && len(r.Match.Regions) == 0 {
			bad("%s: match names cities but not their region", where)
		}
		for _, c := range append(slices.Clone(r.Match.Countries), r.Match.Regions...) {
			if !validCode(c) {
				bad("%s: %q is not a place code such as US, US-CO or EU", where, c)
			}
		}
		switch r.Match.Remote {
		case "", RemoteResidents, RemoteOffice, RemoteEmployer:
		default:
			bad("%s: match.remote %q must be %q, %q, %q or empty", where, r.Match.Remote, RemoteResidents, RemoteOffice, RemoteEmployer)
		}
		date(where, "effective", r.Effective)
		date(where, "enforced", r.Enforced)
		date(where, "checked", r.Checked)
		if r.Checked == "" {
			bad("%s: no checked date", where)
		}
		if r.Effective == "" && r.Status == "" {
			bad("%s: no effective date and no status saying why", where)
		}
		if r.MinEmployees < 0 {
			bad("%s: min_employees is negative", where)
		}
		if r.MaxSeverity != "" && !r.MaxSeverity.valid() {
			bad("%s: max_severity %q must be error, warning or info", where, r.MaxSeverity)
		}
		if len(r.Sources) == 0 {
			bad("%s: no source", where)
		}
		for j, q := range r.Requirements {
			rw := fmt.Sprintf("%s requirement #%d (%s)", where, j+1, q.Kind)
			if !slices.Contains(reqKinds, q.Kind) {
				bad("%s: kind must be one of %s", rw, strings.Join(reqKinds, ", "))
			}
			date(rw, "from", q.From)
			date(rw, "fixed_from", q.FixedFrom)
			if q.Severity != "" && !q.Severity.valid() {
				bad("%s: severity %q must be error, warning or info", rw, q.Severity)
			}
			switch q.Kind {
			case ReqStatement, ReqForbidden, ReqGenderMarker:
				if len(q.Phrases) == 0 {
					bad("%s: needs phrases", rw)
				}
			case ReqRangeWidth:
				if q.MaxWidth <= 0 {
					bad("%s: needs max_width", rw)
				}
			case ReqReminder:
				if q.Note == "" {
					bad("%s: needs a note", rw)
				}
			}
			terms(rw, q.Phrases)
			sections(rw, q.Sections)
		}
	}

	if g := t.GenderCoded; g != nil {
		if len(g.Feminine) == 0 || len(g.Masculine) == 0 || len(g.Sources) == 0 {
			bad("gender_coded: needs feminine and masculine stems and a source")
		}
		for _, s := range append(slices.Clone(g.Feminine), g.Masculine...) {
			if err := validTerm(s + "*"); err != nil || strings.ContainsAny(s, " *#") {
				bad("gender_coded: stem %q must be one word", s)
			}
		}
		terms("gender_coded exceptions", g.Exceptions)
	}
	seen = map[string]bool{}
	for i, w := range t.Wording {
		where := fmt.Sprintf("wording %q", w.ID)
		switch {
		case strings.TrimSpace(w.ID) == "":
			bad("wording #%d has no id", i+1)
			continue
		case w.ID == "gender-coded":
			bad("%s: that id belongs to gender_coded", where)
		case seen[w.ID]:
			bad("%s: id used twice", where)
		}
		seen[w.ID] = true
		if !w.Severity.valid() {
			bad("%s: severity %q must be error, warning or info", where, w.Severity)
		}
		if w.Why == "" || len(w.Sources) == 0 || len(w.Terms) == 0 {
			bad("%s: needs terms, a why and a source", where)
		}
		terms(where, w.Terms)
		terms(where+" exceptions", w.Exceptions)
		sections(where, w.Sections)
	}
	return errors.Join(errs...)
}

func validCode(c string) bool {
	country, sub, _ := strings.Cut(c, "-")
	if c == "EU" {
		return true
	}
	return len(country) == 2 && strings.ToUpper(c) == c && len(sub) <= 3
}

// validTerm checks the term syntax: words of letters, digits, hyphens and
// apostrophes, each perhaps ending in "*" (then at least three characters
// before it), or "#".
func validTerm(s string) error {
	words := strings.Fields(s)
	if len(words) == 0 {
		return errors.New("empty")
	}
	for _, w := range words {
		if w == "#" {
			continue
		}
		stem, prefix := strings.CutSuffix(w, "*")
		if prefix && len([]rune(stem)) < 3 {
			return fmt.Errorf("%q: a stem needs at least three letters", w)
		}
		if toks := tokenize(stem, nil); len(toks) != 1 || toks[0].text != strings.ToLower(stem) {
			return fmt.Errorf("%q is not one word", w)
		}
	}
	return nil
}

// Merge returns base with over's rows added, a row of over replacing the
// base row with the same id in place; over's gender-coding lists, when it
// has them, replace base's. Neither input is changed.
func Merge(base, over Table) Table {
	out := base
	out.PayTransparency = mergeByID(base.PayTransparency, over.PayTransparency, func(r PayRule) string { return r.ID })
	out.Wording = mergeByID(base.Wording, over.Wording, func(w WordCategory) string { return w.ID })
	if over.GenderCoded != nil {
		out.GenderCoded = over.GenderCoded
	}
	if over.Updated > out.Updated {
		out.Updated = over.Updated
	}
	return out
}

func mergeByID[T any](base, over []T, id func(T) string) []T {
	out := slices.Clone(base)
	for _, x := range over {
		if i := slices.IndexFunc(out, func(y T) bool { return id(y) == id(x) }); i >= 0 {
			out[i] = x
		} else {
			out = append(out, x)
		}
	}
	return out
}
