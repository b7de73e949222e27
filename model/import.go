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

// MaxImportSize is the largest input ParseImport reads: far more than any
// real set of postings, small enough to hold in memory without worry.
const MaxImportSize = 32 << 20

// ErrImportTooLarge is returned for input over MaxImportSize.
var ErrImportTooLarge = fmt.Errorf("the file is larger than %d MiB; split it and import the parts", MaxImportSize>>20)

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
func ParseImport(r io.Reader) ([]Posting, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxImportSize+1))
	if err != nil {
		return nil, fmt.Errorf("read import: %w", err)
	}
	if len(data) > MaxImportSize {
		return nil, ErrImportTooLarge
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	recs, many, err := splitRecords(data)
	if err != nil {
		return nil, err
	}

	var errs []error
	report := func(e *ImportError) {
		if !many {
			e.Line = 0 // "record 1 (line 1)" says nothing for a single object
		}
		errs = append(errs, e)
	}
	out := make([]Posting, 0, len(recs))
	for i, rec := range recs {
		n := i + 1
		var p Posting
		if fes := decodeValue("", rec.raw, reflect.ValueOf(&p).Elem()); len(fes) > 0 {
			for _, fe := range fes {
				report(&ImportError{Record: n, Line: rec.line, Field: fe.Field, Message: fe.Message})
			}
			continue
		}
		switch {
		case p.SchemaVersion > SchemaVersion:
			report(&ImportError{Record: n, Line: rec.line, Field: "schema_version", Message: fmt.Sprintf(
				"version %d comes from a newer jobpost; this one reads up to version %d", p.SchemaVersion, SchemaVersion)})
			continue
		case p.SchemaVersion < 0:
			report(&ImportError{Record: n, Line: rec.line, Field: "schema_version", Message: "must be a positive whole number"})
			continue
		case p.SchemaVersion == 0:
			p.SchemaVersion = SchemaVersion
		}
		cleanImported(&p)
		if p.Status == "" {
			p.Status = StatusDraft
		}
		problems := p.Problems()
		for _, fe := range problems {
			report(&ImportError{Record: n, Line: rec.line, Field: fe.Field, Message: fe.Message})
		}
		if len(problems) == 0 {
			out = append(out, p)
		}
	}
	if len(errs) > maxReported {
		more := len(errs) - maxReported
		errs = append(errs[:maxReported], fmt.Errorf("… and %d more problems", more))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
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
	for i := range p.Posted {
		p.Posted[i].Board, p.Posted[i].URL = CleanLine(p.Posted[i].Board), CleanLine(p.Posted[i].URL)
	}
}

// record is one top-level JSON value of the input and the line it starts on.
type record struct {
	raw  []byte
	line int
}

// splitRecords finds the postings in data: the elements of an array, or a
// sequence of objects (one object, or JSON Lines). many is false for a
// lone object.
func splitRecords(data []byte) (recs []record, many bool, err error) {
	lines := lineCounter{data: data, line: 1}
	pos := skipSpace(data, 0)
	if pos == len(data) {
		return nil, false, errors.New("the input is empty; expected postings as JSON")
	}
	switch data[pos] {
	case '[':
		pos = skipSpace(data, pos+1)
		if pos < len(data) && data[pos] == ']' {
			return nil, false, &ImportError{Line: lineAt(data, pos), Message: "the list holds no postings"}
		}
		for {
			raw, end, err := nextValue(data, pos, len(recs)+1)
			if err != nil {
				return nil, false, err
			}
			recs = append(recs, record{raw: raw, line: lines.at(pos)})
			pos = skipSpace(data, end)
			if pos < len(data) && data[pos] == ']' {
				pos = skipSpace(data, pos+1)
				break
			}
			if pos >= len(data) || data[pos] != ',' {
				return nil, false, &ImportError{Record: len(recs), Line: lineAt(data, pos),
					Message: "expected a comma or the closing ] after this posting"}
			}
			pos = skipSpace(data, pos+1)
		}
		if pos < len(data) {
			return nil, false, &ImportError{Line: lineAt(data, pos), Message: "unexpected text after the closing ]"}
		}
		return recs, true, nil
	case '{':
		for pos < len(data) {
			raw, end, err := nextValue(data, pos, len(recs)+1)
			if err != nil {
				return nil, false, err
			}
			recs = append(recs, record{raw: raw, line: lines.at(pos)})
			pos = skipSpace(data, end)
		}
		return recs, len(recs) > 1, nil
	}
	return nil, false, &ImportError{Line: lineAt(data, pos),
		Message: "expected a JSON object, a list of objects, or JSON Lines"}
}

// nextValue reads the JSON object starting at data[pos], the n-th record.
func nextValue(data []byte, pos, n int) (raw []byte, end int, err error) {
	line := lineAt(data, pos)
	if pos >= len(data) {
		return nil, 0, &ImportError{Record: n, Line: line, Message: "the input ends where a posting should start"}
	}
	if data[pos] != '{' {
		return nil, 0, &ImportError{Record: n, Line: line, Message: "must be a JSON object"}
	}
	dec := json.NewDecoder(bytes.NewReader(data[pos:]))
	var msg json.RawMessage
	if err := dec.Decode(&msg); err != nil {
		// Unmarshal over the same bytes gives the error's offset from the
		// start of the record, which the stream decoder does not. The
		// offset counts the bad byte itself.
		at, reason := len(data), "the record ends too early"
		var se *json.SyntaxError
		if !errors.Is(err, io.ErrUnexpectedEOF) && errors.As(json.Unmarshal(data[pos:], &msg), &se) {
			at = min(pos+max(int(se.Offset)-1, 0), len(data))
			reason = strings.TrimPrefix(se.Error(), "json: ")
		}
		return nil, 0, &ImportError{Record: n, Line: line, Message: fmt.Sprintf(
			"not valid JSON at line %d, column %d: %s", lineAt(data, at), columnAt(data, at), reason)}
	}
	return msg, pos + int(dec.InputOffset()), nil
}

func skipSpace(data []byte, pos int) int {
	for pos < len(data) {
		switch data[pos] {
		case ' ', '\t', '\n', '\r':
			pos++
		default:
			return pos
		}
	}
	return pos
}

// lineCounter numbers lines for positions met in increasing order without
// recounting from the start each time, which would make a large JSON Lines
// file take quadratic time.
type lineCounter struct {
	data      []byte
	pos, line int
}

func (c *lineCounter) at(pos int) int {
	if pos < c.pos {
		return lineAt(c.data, pos)
	}
	pos = min(pos, len(c.data))
	c.line += bytes.Count(c.data[c.pos:pos], []byte{'\n'})
	c.pos = pos
	return c.line
}

func lineAt(data []byte, pos int) int {
	return 1 + bytes.Count(data[:min(pos, len(data))], []byte{'\n'})
}

func columnAt(data []byte, pos int) int {
	pos = min(pos, len(data))
	return pos - bytes.LastIndexByte(data[:pos], '\n')
}

var (
	timeType       = reflect.TypeFor[time.Time]()
	placementsType = reflect.TypeFor[Placements]()
)

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
