package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
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
	records              int // records seen
	recLine              int // the line of the record Next returned last

	errs    []*ImportError
	dropped int
	err     error // a framing error, returned from then on
}

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
		if r.err != nil {
			return Posting{}, r.err
		}
		raw, line, err := r.nextRecord()
		if err != nil {
			r.err = err
			continue
		}
		if raw == nil {
			r.err = r.finish()
			continue
		}
		r.records++
		r.recLine = line
		p, ok := r.decode(raw, line)
		if ok && !r.Failed() {
			return p, nil
		}
	}
}

// finish is the end of the input: io.EOF, or the problems found.
func (r *ImportReader) finish() error {
	if len(r.errs) == 0 && r.dropped == 0 {
		return io.EOF
	}
	errs := make([]error, 0, len(r.errs)+1)
	for _, e := range r.errs {
		if !r.array && r.records == 1 {
			e.Line = 0 // "record 1 (line 1)" says nothing for a single object
		}
		errs = append(errs, e)
	}
	if r.dropped > 0 {
		errs = append(errs, fmt.Errorf("… and %d more problems", r.dropped))
	}
	return errors.Join(errs...)
}

// decode turns one record into a posting, noting its problems.
func (r *ImportReader) decode(raw []byte, line int) (Posting, bool) {
	n := r.records
	var p Posting
	if fes := decodeValue("", raw, reflect.ValueOf(&p).Elem()); len(fes) > 0 {
		for _, fe := range fes {
			r.report(&ImportError{Record: n, Line: line, Field: fe.Field, Message: fe.Message})
		}
		return p, false
	}
	switch {
	case p.SchemaVersion > SchemaVersion:
		r.report(&ImportError{Record: n, Line: line, Field: "schema_version", Message: fmt.Sprintf(
			"version %d comes from a newer jobpost; this one reads up to version %d", p.SchemaVersion, SchemaVersion)})
		return p, false
	case p.SchemaVersion < 0:
		r.report(&ImportError{Record: n, Line: line, Field: "schema_version", Message: "must be a positive whole number"})
		return p, false
	case p.SchemaVersion == 0:
		p.SchemaVersion = SchemaVersion
	}
	cleanImported(&p)
	if p.Status == "" {
		p.Status = StatusDraft
	}
	problems := p.Problems()
	for _, fe := range problems {
		r.report(&ImportError{Record: n, Line: line, Field: fe.Field, Message: fe.Message})
	}
	return p, len(problems) == 0
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
		*s = CleanText(*s)
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
	if p.Posted != nil {
		p.Posted.Board = CleanLine(p.Posted.Board)
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
	return nil, 0, &ImportError{Record: r.records, Line: r.line,
		Message: "expected a comma or the closing ] after this posting"}
}

// object frames the JSON object at pos, the next record.
func (r *ImportReader) object() (raw []byte, line int, err error) {
	n := r.records + 1
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
	// Find the closing brace: count braces outside strings.
	depth, inString, escaped := 0, false, false
	i := r.pos
	for {
		if i == len(r.buf) {
			start := r.pos
			if !r.fill(start) {
				return nil, 0, r.cutShort(n, line)
			}
			i -= start
		}
		b := r.buf[i]
		i++
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case b == '\\':
				escaped = true
			case b == '"':
				inString = false
			}
			continue
		case b == '"':
			inString = true
		case b == '{' || b == '[':
			depth++
		case b == '}' || b == ']':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	raw = r.buf[r.pos:i]
	if !json.Valid(raw) {
		return nil, 0, r.syntaxError(n, line, raw, raw)
	}
	r.advance(i)
	return raw, line, nil
}

// cutShort is the error for a record the input ends inside: the first
// syntax error in what there is, else the end itself.
func (r *ImportReader) cutShort(n, line int) error {
	if r.err != nil {
		return r.err
	}
	return r.syntaxError(n, line, r.buf[r.pos:], nil)
}

// syntaxError says where the JSON of record n (rest is the input from its
// start on; whole is the framed record, nil if the input ended in it) goes
// wrong, by line and column.
func (r *ImportReader) syntaxError(n, line int, rest, whole []byte) error {
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
	col := 0
	if nl := bytes.LastIndexByte(before, '\n'); nl >= 0 {
		col = at - nl
	} else {
		col = int(r.base + int64(r.pos) + int64(at) - r.lastNL)
	}
	return &ImportError{Record: n, Line: line, Message: fmt.Sprintf(
		"not valid JSON at line %d, column %d: %s", errLine, col, reason)}
}

var timeType = reflect.TypeFor[time.Time]()

// decodeValue decodes raw into v strictly, naming each problem by the JSON
// path of its field. encoding/json alone can do neither: it matches keys
// regardless of case, and its unknown-field error carries no path.
func decodeValue(path string, raw []byte, v reflect.Value) []FieldError {
	fail := func(msg string) []FieldError { return []FieldError{{Field: path, Message: msg}} }
	if string(raw) == "null" {
		return nil
	}
	switch {
	case v.Type() == timeType:
		if raw[0] != '"' || json.Unmarshal(raw, v.Addr().Interface()) != nil {
			return fail("must be a date and time such as 2025-01-31T09:00:00Z")
		}
		return nil
	case v.Kind() == reflect.Struct:
		if raw[0] != '{' {
			return fail("must be an object")
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(raw, &fields); err != nil {
			return fail("must be an object")
		}
		known := jsonFields(v.Type())
		var out []FieldError
		for _, f := range known {
			if r, ok := fields[f.name]; ok {
				out = append(out, decodeValue(joinPath(path, f.name), r, v.Field(f.index))...)
			}
		}
		var unknown []string
		for k := range fields {
			if !slices.ContainsFunc(known, func(f jsonField) bool { return f.name == k }) {
				unknown = append(unknown, k)
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
		if raw[0] != '"' || json.Unmarshal(raw, v.Addr().Interface()) != nil {
			return fail("must be text in double quotes")
		}
	case v.Kind() == reflect.Float64:
		if raw[0] == '"' || json.Unmarshal(raw, v.Addr().Interface()) != nil {
			return fail("must be a number")
		}
	case v.Kind() == reflect.Int:
		if raw[0] == '"' || json.Unmarshal(raw, v.Addr().Interface()) != nil {
			return fail("must be a whole number")
		}
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String:
		var items []json.RawMessage
		if raw[0] != '[' || json.Unmarshal(raw, &items) != nil {
			return fail("must be a list of texts")
		}
		list := make([]string, len(items))
		var out []FieldError
		for i, it := range items {
			out = append(out, decodeValue(fmt.Sprintf("%s[%d]", path, i), it, reflect.ValueOf(&list[i]).Elem())...)
		}
		v.Set(reflect.ValueOf(list))
		return out
	default:
		return fail("cannot be read") // a Posting field of a kind added without teaching this decoder
	}
	return nil
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
