package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// maxReported caps how many problems one import error lists.
const maxReported = 20

// ImportError is one problem found while importing, tied to the record
// (1-based) and, where known, the line it starts on and the field (by JSON
// path) it concerns.
type ImportError struct {
	Record  int
	Line    int
	Field   string
	Message string
}

func (e *ImportError) Error() string {
	var b strings.Builder
	switch {
	case e.Record > 0 && e.Line > 0:
		fmt.Fprintf(&b, "record %d (line %d): ", e.Record, e.Line)
	case e.Record > 0:
		fmt.Fprintf(&b, "record %d: ", e.Record)
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// ParseImport reads postings written by `export --format json`: one JSON
// object, an array of them, or JSON Lines (one object per line). It is
// strict — an unknown field, a value of the wrong type or a posting that
// fails Problems is an error — and returns every posting or none. Errors
// name the record, its line when there are several, and the field; when
// there are many, the error joins up to 20 *ImportError values.
//
// Text is cleaned of escape sequences and control characters, currency,
// period and employment type are upper-cased, workplace and status
// lower-cased; a missing schema version means the current one, a missing
// status means draft. Ids are kept as they are (an empty one too): handing
// out fresh ids for missing or clashing ones is storage's job. Files from a
// newer jobpost (a higher schema_version) are refused.
//
// ParseImport holds every posting in memory; an ImportReader reads the
// same input one posting at a time.
func ParseImport(r io.Reader) ([]Posting, error) {
	ir := NewImportReader(r)
	var out []Posting
	for {
		p, err := ir.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
}

// ImportReader reads postings from a stream, one at a time, in time and
// memory linear in the input (it holds one record, and counts lines as it
// goes). It accepts what ParseImport accepts and reports the same errors.
// A problem in the framing (not JSON, a missing comma) ends the reading at
// once; a problem in a record (a wrong field) is noted and the reading goes
// on, to report up to 20, but Next returns no more postings: at the end it
// returns the problems joined, where a clean input ends with io.EOF.
type ImportReader struct {
	src  io.Reader
	buf  []byte // buf[pos:end] is read and not yet taken
	pos  int
	eof  bool
	base int64 // the input offset of buf[0]

	line   int   // the line of buf[pos]
	lastNL int64 // the input offset of the last newline before pos, or -1

	started, array, done bool
	framed               int // records framed
	records              int // records Next has gone past
	recLine              int // the line of the record Next returned last

	// Records are framed a chunk at a time and decoded on several cores;
	// queue holds them, decoded, in input order, from qi on.
	queue []decoded
	qi    int
	arena []byte // the chunk's raw records
	atEnd bool   // the input is framed to its end
	col0  int64  // the column the record object framed last starts on

	errs    []*ImportError
	dropped int
	err     error // a framing error, returned from then on
}

// decoded is one record decoded: the posting and its problems.
type decoded struct {
	p     Posting
	ok    bool
	errs  []*ImportError
	line  int
	fatal error // not JSON: the reading ends here
}

// chunkRecords is how many records are framed, then decoded together.
const chunkRecords = 256

// NewImportReader reads postings from r.
func NewImportReader(r io.Reader) *ImportReader {
	return &ImportReader{src: r, line: 1, lastNL: -1}
}

// readChunk is how much the reader asks its source for at a time.
const readChunk = 256 << 10

// Record is the number (from 1) of the record Next returned last.
func (r *ImportReader) Record() int { return r.records }

// Line is the line the record Next returned last starts on.
func (r *ImportReader) Line() int { return r.recLine }

// Failed reports whether a problem has been found: the import will fail.
func (r *ImportReader) Failed() bool { return r.err != nil || len(r.errs) > 0 || r.dropped > 0 }

// Reject notes a problem with the record Next returned last, found by the
// caller (a catalog check): the reading goes on, as for its own problems,
// and ends with an error.
func (r *ImportReader) Reject(field, message string) {
	r.report(&ImportError{Record: r.records, Line: r.recLine, Field: field, Message: message})
}

func (r *ImportReader) report(e *ImportError) {
	if len(r.errs) < maxReported {
		r.errs = append(r.errs, e)
	} else {
		r.dropped++
	}
}

// Next returns the next posting. At the end of the input it returns
// io.EOF, or, if there were problems, an error that joins them.
func (r *ImportReader) Next() (Posting, error) {
	for {
		if r.qi < len(r.queue) {
			d := &r.queue[r.qi]
			r.qi++
			if d.fatal != nil {
				r.err = d.fatal
				r.queue, r.qi = r.queue[:0], 0
				return Posting{}, r.err
			}
			r.records++
			r.recLine = d.line
			for _, e := range d.errs {
				r.report(e)
			}
			if d.ok && !r.Failed() {
				p := d.p
				d.p = Posting{}
				return p, nil
			}
			continue
		}
		if r.err != nil {
			return Posting{}, r.err
		}
		if r.atEnd {
			r.err = r.finish()
			continue
		}
		r.refill()
	}
}

// refill frames the next chunk of records and decodes them, on as many
// cores as there are (up to 4): decoding is most of an import's work.
func (r *ImportReader) refill() {
	r.queue, r.qi = r.queue[:0], 0
	r.arena = r.arena[:0]
	type span struct {
		start, end, line int
		col0             int64
	}
	var spans []span
	for len(spans) < chunkRecords {
		raw, line, err := r.nextRecord()
		if err != nil {
			r.err = err
			break
		}
		if raw == nil {
			r.atEnd = true
			break
		}
		start := len(r.arena)
		r.arena = append(r.arena, raw...) // the buffer moves on
		spans = append(spans, span{start, len(r.arena), line, r.col0})
	}
	first := r.framed - len(spans) + 1
	r.queue = slices.Grow(r.queue, len(spans))[:len(spans)]
	decodeOne := func(i int) {
		sp := spans[i]
		r.queue[i] = decodeRecord(r.arena[sp.start:sp.end], first+i, sp.line, sp.col0)
	}
	workers := min(runtime.GOMAXPROCS(0), 4, len(spans)/16)
	if workers <= 1 {
		for i := range spans {
			decodeOne(i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(spans); i += workers {
				decodeOne(i)
			}
		})
	}
	wg.Wait()
}

// finish is the end of the input: io.EOF, or the problems found.
func (r *ImportReader) finish() error {
	if len(r.errs) == 0 && r.dropped == 0 {
		return io.EOF
	}
	errs := make([]error, 0, len(r.errs)+1)
	for _, e := range r.errs {
		if !r.array && r.framed == 1 {
			e.Line = 0 // "record 1 (line 1)" says nothing for a single object
		}
		errs = append(errs, e)
	}
	if r.dropped > 0 {
		errs = append(errs, fmt.Errorf("… and %d more problems", r.dropped))
	}
	return errors.Join(errs...)
}

// decodeRecord turns record n, which starts on line and column col0, into
// a posting, with its problems. It touches nothing shared: records decode
// in parallel.
func decodeRecord(raw []byte, n, line int, col0 int64) (d decoded) {
	d.line = line
	if !json.Valid(raw) {
		d.fatal = syntaxError(n, line, col0, raw, raw)
		return d
	}
	add := func(field, msg string) {
		d.errs = append(d.errs, &ImportError{Record: n, Line: line, Field: field, Message: msg})
	}
	if fes := decodeValue("", raw, reflect.ValueOf(&d.p).Elem()); len(fes) > 0 {
		for _, fe := range fes {
			add(fe.Field, fe.Message)
		}
		return d
	}
	switch p := &d.p; {
	case p.SchemaVersion > SchemaVersion:
		add("schema_version", fmt.Sprintf(
			"version %d comes from a newer jobpost; this one reads up to version %d", p.SchemaVersion, SchemaVersion))
		return d
	case p.SchemaVersion < 0:
		add("schema_version", "must be a positive whole number")
		return d
	case p.SchemaVersion == 0:
		p.SchemaVersion = SchemaVersion
	}
	cleanImported(&d.p)
	if d.p.Status == "" {
		d.p.Status = StatusDraft
	}
	for _, fe := range d.p.Problems() {
		add(fe.Field, fe.Message)
	}
	d.ok = len(d.errs) == 0
	return d
}

// proseIsClean reports, cheaply, that CleanText would return s unchanged:
// printable ASCII and line breaks, no line ending in a space, no blank
// line first or two in a row, no break or space at the end. Anything else
// (any non-ASCII byte too) is left to CleanText to judge.
func proseIsClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == '\n' || s[len(s)-1] == '\n' || s[len(s)-1] == ' ' || strings.Contains(s, "\n\n\n") {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n':
			if s[i-1] == ' ' {
				return false
			}
		case c < 0x20 || c >= 0x7f:
			return false
		}
	}
	return true
}

// cleanImported strips escape sequences and control characters from every
// text field and puts the coded fields in their canonical case.
func cleanImported(p *Posting) {
	for _, s := range []*string{
		&p.ID, &p.Title, &p.Role, &p.Seniority, &p.Company.Name, &p.Company.Website,
		&p.Location.City, &p.Location.Region, &p.Location.Country,
		&p.Apply.URL, &p.Apply.Email, &p.ValidThrough,
	} {
		*s = CleanLine(*s)
	}
	for _, s := range []*string{&p.Summary, &p.Company.About, &p.EEO} {
		if !proseIsClean(*s) {
			*s = CleanText(*s)
		}
	}
	for _, l := range []*[]string{&p.Responsibilities, &p.Skills.Required, &p.Skills.Preferred, &p.Qualifications, &p.Benefits} {
		*l = CleanList(*l)
	}
	if len(p.ApplicantLocations) > 0 {
		p.ApplicantLocations = CleanList(p.ApplicantLocations)
		for i, code := range p.ApplicantLocations {
			p.ApplicantLocations[i] = strings.ToUpper(code)
		}
	}
	p.Salary.Currency = strings.ToUpper(CleanLine(p.Salary.Currency))
	p.Salary.Period = strings.ToUpper(CleanLine(p.Salary.Period))
	p.EmploymentType = strings.ToUpper(CleanLine(p.EmploymentType))
	p.Workplace = Workplace(strings.ToLower(CleanLine(string(p.Workplace))))
	p.Status = Status(strings.ToLower(CleanLine(string(p.Status))))
	for i := range p.Posted {
		p.Posted[i].Board, p.Posted[i].URL = CleanLine(p.Posted[i].Board), CleanLine(p.Posted[i].URL)
	}
}

// fill reads more input into buf, keeping buf[keep:] (moved to the
// front; the caller's indices shift by keep). It returns false at the end
// of the input.
func (r *ImportReader) fill(keep int) bool {
	if r.eof {
		return false
	}
	if keep > 0 {
		n := copy(r.buf, r.buf[keep:])
		r.buf = r.buf[:n]
		r.pos -= keep
		r.base += int64(keep)
	}
	if cap(r.buf)-len(r.buf) < readChunk/2 {
		grown := make([]byte, len(r.buf), max(2*cap(r.buf), len(r.buf)+readChunk))
		copy(grown, r.buf)
		r.buf = grown
	}
	for {
		n, err := r.src.Read(r.buf[len(r.buf):cap(r.buf)])
		r.buf = r.buf[:len(r.buf)+n]
		if err != nil {
			if err != io.EOF {
				r.err = fmt.Errorf("read import: %w", err)
			}
			r.eof = true
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

// advance moves pos to i, counting the lines passed.
func (r *ImportReader) advance(i int) {
	seg := r.buf[r.pos:i]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		r.line += n
		r.lastNL = r.base + int64(r.pos+bytes.LastIndexByte(seg, '\n'))
	}
	r.pos = i
}

// skipSpace moves past white space; it returns false at the end of the
// input.
func (r *ImportReader) skipSpace() bool {
	for {
		i := r.pos
		for i < len(r.buf) {
			switch r.buf[i] {
			case ' ', '\t', '\n', '\r':
				i++
				continue
			}
			break
		}
		r.advance(i)
		if r.pos < len(r.buf) {
			return true
		}
		if r.err != nil || !r.fill(r.pos) {
			return false
		}
	}
}

// peek is the byte at pos, after white space; 0 at the end of the input.
func (r *ImportReader) peek() byte {
	if !r.skipSpace() {
		return 0
	}
	return r.buf[r.pos]
}

// nextRecord frames the next posting: its bytes (valid until the next
// call) and its line; nil at the end of the input.
func (r *ImportReader) nextRecord() (raw []byte, line int, err error) {
	if !r.started {
		r.started = true
		r.fill(0)
		if bytes.HasPrefix(r.buf, []byte("\xef\xbb\xbf")) {
			r.pos = 3
		}
		switch r.peek() {
		case 0:
			if r.err != nil {
				return nil, 0, r.err
			}
			return nil, 0, errors.New("the input is empty; expected postings as JSON")
		case '[':
			r.array = true
			r.advance(r.pos + 1)
			if r.peek() == ']' {
				return nil, 0, &ImportError{Line: r.line, Message: "the list holds no postings"}
			}
			return r.object()
		case '{':
			return r.object()
		}
		return nil, 0, &ImportError{Line: r.line, Message: "expected a JSON object, a list of objects, or JSON Lines"}
	}
	if r.done {
		return nil, 0, nil
	}
	c := r.peek()
	if !r.array {
		if c == 0 {
			r.done = true
			return nil, 0, r.err
		}
		return r.object()
	}
	switch c {
	case ',':
		r.advance(r.pos + 1)
		return r.object()
	case ']':
		r.advance(r.pos + 1)
		if r.peek() != 0 {
			return nil, 0, &ImportError{Line: r.line, Message: "unexpected text after the closing ]"}
		}
		r.done = true
		return nil, 0, r.err
	}
	return nil, 0, &ImportError{Record: r.framed, Line: r.line,
		Message: "expected a comma or the closing ] after this posting"}
}

// object frames the JSON object at pos, the next record.
func (r *ImportReader) object() (raw []byte, line int, err error) {
	n := r.framed + 1
	c := r.peek()
	line = r.line
	if c == 0 {
		if r.err != nil {
			return nil, 0, r.err
		}
		return nil, 0, &ImportError{Record: n, Line: line, Message: "the input ends where a posting should start"}
	}
	if c != '{' {
		return nil, 0, &ImportError{Record: n, Line: line, Message: "must be a JSON object"}
	}
	// Find the closing brace: count braces outside strings, jumping from
	// one byte that matters to the next.
	depth, inString := 0, false
	i := r.pos
	for {
		if i >= len(r.buf) {
			start := r.pos
			if !r.fill(start) {
				return nil, 0, r.cutShort(n, line)
			}
			i -= start
			continue
		}
		if inString {
			// The closing quote: the next one not escaped (after an odd
			// run of backslashes, which lie in this record, so in buf).
			j := bytes.IndexByte(r.buf[i:], '"')
			if j < 0 {
				i = len(r.buf)
				continue
			}
			i += j
			k := i
			for k > r.pos && r.buf[k-1] == '\\' {
				k--
			}
			i++
			if (i-1-k)%2 == 0 {
				inString = false
			}
			continue
		}
		for i < len(r.buf) && !structural[r.buf[i]] {
			i++
		}
		if i == len(r.buf) {
			continue
		}
		switch r.buf[i] {
		case '"':
			inString = true
		case '{', '[':
			depth++
		default:
			depth--
		}
		i++
		if depth == 0 {
			break
		}
	}
	raw = r.buf[r.pos:i]
	r.col0 = r.column()
	r.advance(i)
	r.framed++
	return raw, line, nil
}

// structural marks the bytes the framing of a record looks for outside
// strings.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// column is the column of buf[pos], from 1.
func (r *ImportReader) column() int64 { return r.base + int64(r.pos) - r.lastNL }

// cutShort is the error for a record the input ends inside: the first
// syntax error in what there is, else the end itself.
func (r *ImportReader) cutShort(n, line int) error {
	if r.err != nil {
		return r.err
	}
	return syntaxError(n, line, r.column(), r.buf[r.pos:], nil)
}

// syntaxError says where the JSON of record n goes wrong, by line and
// column: rest is the input from the record's start on, which is on line
// and column col0; whole is the framed record, nil if the input ended in
// it.
func syntaxError(n, line int, col0 int64, rest, whole []byte) error {
	at, reason := len(rest), "the record ends too early"
	var msg json.RawMessage
	var se *json.SyntaxError
	if errors.As(json.Unmarshal(rest, &msg), &se) && !(whole == nil && se.Offset >= int64(len(rest))) {
		// The offset counts the bad byte itself.
		at = min(max(int(se.Offset)-1, 0), len(rest))
		reason = strings.TrimPrefix(se.Error(), "json: ")
	}
	before := rest[:at]
	errLine := line + bytes.Count(before, []byte{'\n'})
	col := col0 + int64(at)
	if nl := bytes.LastIndexByte(before, '\n'); nl >= 0 {
		col = int64(at - nl)
	}
	return &ImportError{Record: n, Line: line, Message: fmt.Sprintf(
		"not valid JSON at line %d, column %d: %s", errLine, col, reason)}
}

var (
	timeType       = reflect.TypeFor[time.Time]()
	placementsType = reflect.TypeFor[Placements]()
)

// decodeValue decodes raw into v strictly, naming each problem by the JSON
// path of its field. encoding/json alone can do neither: it matches keys
// regardless of case, and its unknown-field error carries no path.
//
// raw is valid JSON (the reader checked the record once, with json.Valid):
// the walk below takes it apart without checking it again, which calling
// json.Unmarshal on each part would do, at every level.
func decodeValue(path string, raw []byte, v reflect.Value) []FieldError {
	fail := func(msg string) []FieldError { return []FieldError{{Field: path, Message: msg}} }
	if string(raw) == "null" {
		return nil
	}
	switch {
	case v.Type() == timeType:
		if raw[0] != '"' || v.Addr().Interface().(*time.Time).UnmarshalJSON(raw) != nil {
			return fail("must be a date and time such as 2025-01-31T09:00:00Z")
		}
		return nil
	case v.Kind() == reflect.Struct:
		if raw[0] != '{' {
			return fail("must be an object")
		}
		members := objectMembers(raw)
		known := jsonFields(v.Type())
		var out []FieldError
		for _, f := range known {
			// The last of duplicate keys counts, as encoding/json has it.
			for i := len(members) - 1; i >= 0; i-- {
				if members[i].key == f.name {
					out = append(out, decodeValue(joinPath(path, f.name), members[i].value, v.Field(f.index))...)
					break
				}
			}
		}
		var unknown []string
		for _, m := range members {
			if !slices.ContainsFunc(known, func(f jsonField) bool { return f.name == m.key }) && !slices.Contains(unknown, m.key) {
				unknown = append(unknown, m.key)
			}
		}
		slices.Sort(unknown)
		for _, k := range unknown {
			out = append(out, FieldError{Field: joinPath(path, CleanLine(k)), Message: "is not a field jobpost knows"})
		}
		return out
	case v.Kind() == reflect.Pointer:
		elem := reflect.New(v.Type().Elem())
		out := decodeValue(path, raw, elem.Elem())
		if len(out) == 0 {
			v.Set(elem)
		}
		return out
	case v.Kind() == reflect.String:
		if raw[0] != '"' {
			return fail("must be text in double quotes")
		}
		v.SetString(jsonString(raw))
	case v.Kind() == reflect.Float64:
		f, err := strconv.ParseFloat(string(raw), 64)
		if !isNumber(raw) || err != nil {
			return fail("must be a number")
		}
		v.SetFloat(f)
	case v.Kind() == reflect.Int:
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if !isNumber(raw) || err != nil || int64(int(n)) != n {
			return fail("must be a whole number")
		}
		v.SetInt(n)
	case v.Type() == placementsType && raw[0] == '{':
		// One object, as jobpost wrote before it kept every board.
		var one Placement
		out := decodeValue(path, raw, reflect.ValueOf(&one).Elem())
		v.Set(reflect.ValueOf(Placements{one}))
		return out
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct:
		var items []json.RawMessage
		if raw[0] != '[' || json.Unmarshal(raw, &items) != nil {
			return fail("must be a list of objects")
		}
		list := reflect.MakeSlice(v.Type(), len(items), len(items))
		var out []FieldError
		for i, it := range items {
			out = append(out, decodeValue(fmt.Sprintf("%s[%d]", path, i), it, list.Index(i))...)
		}
		v.Set(list)
		return out
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String:
		if raw[0] != '[' {
			return fail("must be a list of texts")
		}
		items := arrayItems(raw)
		list := make([]string, len(items))
		var out []FieldError
		for i, it := range items {
			out = append(out, decodeValue(path+"["+strconv.Itoa(i)+"]", it, reflect.ValueOf(&list[i]).Elem())...)
		}
		v.Set(reflect.ValueOf(list))
		return out
	default:
		return fail("cannot be read") // a Posting field of a kind added without teaching this decoder
	}
	return nil
}

// isNumber reports whether a valid JSON value is a number.
func isNumber(raw []byte) bool { return raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9' }

// jsonString decodes a valid JSON string: as it is when it holds no escape
// and is valid UTF-8 (the common case), else by encoding/json.
func jsonString(raw []byte) string {
	body := raw[1 : len(raw)-1]
	if !utf8.Valid(body) {
		var s string
		_ = json.Unmarshal(raw, &s) // valid JSON: cannot fail; bad UTF-8 becomes U+FFFD
		return s
	}
	if bytes.IndexByte(body, '\\') < 0 {
		return string(body)
	}
	return unescape(body)
}

// unescape decodes the escapes of a valid JSON string's body, as
// encoding/json does (a lone surrogate becomes U+FFFD).
func unescape(body []byte) string {
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		switch body[i] {
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'r':
			out = append(out, '\r')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'u':
			r := hex4(body[i+1 : i+5])
			i += 4
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+6 < len(body) && body[i+1] == '\\' && body[i+2] == 'u' {
					r2 = hex4(body[i+3 : i+7])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default: // '"', '\\', '/'
			out = append(out, body[i])
		}
	}
	return string(out)
}

func hex4(h []byte) rune {
	var r rune
	for _, c := range h {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		default:
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

type member struct {
	key   string
	value []byte
}

// objectMembers lists the keys and values of a valid JSON object.
func objectMembers(raw []byte) []member {
	out := make([]member, 0, 24) // a posting has 23 fields
	i := jsonSpace(raw, 1)
	for raw[i] != '}' {
		end := skipJSON(raw, i)
		key := jsonString(raw[i:end])
		i = jsonSpace(raw, end)
		i = jsonSpace(raw, i+1) // past the colon
		end = skipJSON(raw, i)
		out = append(out, member{key: key, value: raw[i:end]})
		i = jsonSpace(raw, end)
		if raw[i] == ',' {
			i = jsonSpace(raw, i+1)
		}
	}
	return out
}

// arrayItems lists the items of a valid JSON array.
func arrayItems(raw []byte) [][]byte {
	var out [][]byte
	i := jsonSpace(raw, 1)
	for raw[i] != ']' {
		end := skipJSON(raw, i)
		out = append(out, raw[i:end])
		i = jsonSpace(raw, end)
		if raw[i] == ',' {
			i = jsonSpace(raw, i+1)
		}
	}
	return out
}

func jsonSpace(raw []byte, i int) int {
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r') {
		i++
	}
	return i
}

// skipJSON returns the end of the valid JSON value that starts at raw[i].
func skipJSON(raw []byte, i int) int {
	switch raw[i] {
	case '"':
		for i++; ; i++ {
			switch raw[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
	case '{', '[':
		depth := 0
		for ; ; i++ {
			switch raw[i] {
			case '"':
				i = skipJSON(raw, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
	}
	for ; i < len(raw); i++ {
		switch raw[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
	}
	return i
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

type jsonField struct {
	name  string
	index int
}

var fieldCache sync.Map // reflect.Type → []jsonField

// jsonFields lists a struct type's fields by their JSON names, in
// declaration order.
func jsonFields(t reflect.Type) []jsonField {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]jsonField)
	}
	var fields []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fields = append(fields, jsonField{name: name, index: i})
	}
	fieldCache.Store(t, fields)
	return fields
}
