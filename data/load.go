package data

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"jobpost/model"
)

//go:embed catalog/*.json
var builtin embed.FS

var (
	defaultOnce    sync.Once
	defaultCatalog *Catalog
	defaultErr     error
)

// Builtin returns the embedded catalog, parsed and validated on first use and
// shared afterwards: screens and keystrokes never reload it.
func Builtin() (*Catalog, error) {
	defaultOnce.Do(func() { defaultCatalog, defaultErr = LoadFS(builtin, "catalog") })
	return defaultCatalog, defaultErr
}

// LoadFS reads every *.json file in dir of fsys, in name order, into one
// catalog and validates it. Each file holds a JSON object with any of the
// catalog's top-level keys; lists from several files are concatenated.
// The countries start as model's table (model.Countries), which the
// formats name countries from: there is no second list to disagree.
func LoadFS(fsys fs.FS, dir string) (*Catalog, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() && path.Ext(e.Name()) == ".json" {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	c := &Catalog{Countries: model.Countries()}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		var part Catalog
		if err := decodeStrict(b, &part); err != nil {
			return nil, &FileError{File: name, Line: errorLine(b, err), Err: err}
		}
		c.merge(&part)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// merge appends every list of part to c.
func (c *Catalog) merge(part *Catalog) {
	c.Roles = append(c.Roles, part.Roles...)
	c.Seniority = append(c.Seniority, part.Seniority...)
	c.SkillCategories = append(c.SkillCategories, part.SkillCategories...)
	c.Skills = append(c.Skills, part.Skills...)
	c.Responsibilities = append(c.Responsibilities, part.Responsibilities...)
	c.Qualifications = append(c.Qualifications, part.Qualifications...)
	c.Benefits = append(c.Benefits, part.Benefits...)
	c.WorkplaceTypes = append(c.WorkplaceTypes, part.WorkplaceTypes...)
	c.EmploymentTypes = append(c.EmploymentTypes, part.EmploymentTypes...)
	c.EEOStatements = append(c.EEOStatements, part.EEOStatements...)
	c.RoleLevels = append(c.RoleLevels, part.RoleLevels...)
	c.Countries = append(c.Countries, part.Countries...)
}

// FileError is a problem in one catalog file, at a line when one is known.
type FileError struct {
	File string
	Line int // 0 when the problem is not tied to a line
	Err  error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// decodeStrict decodes b into v, refusing unknown keys (a typo in a key
// would otherwise silently drop data) and trailing content.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("the file ends early: a brace, bracket or string is not closed (%w)", err)
		}
		return err
	}
	if dec.More() {
		return errors.New("unexpected content after the JSON object")
	}
	return nil
}

// errorLine finds the line of a JSON decoding error, or 0.
func errorLine(b []byte, err error) int {
	var offset int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return bytes.Count(bytes.TrimRight(b, " \t\r\n"), []byte("\n")) + 1
	case errors.As(err, &syn):
		offset = syn.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	}
	if offset < 0 {
		return unknownFieldLine(b, err)
	}
	if offset > int64(len(b)) {
		offset = int64(len(b))
	}
	return bytes.Count(b[:offset], []byte("\n")) + 1
}

// unknownFieldLine finds the line of the key an "unknown field" error names
// (encoding/json gives no offset for it), or 0. It takes the first use of
// that key, which is right unless the same key is valid somewhere else.
func unknownFieldLine(b []byte, err error) int {
	quoted, ok := strings.CutPrefix(err.Error(), "json: unknown field ")
	if !ok {
		return 0
	}
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte(quoted))
		if j < 0 {
			return 0
		}
		at := i + j
		i = at + len(quoted)
		if rest := bytes.TrimLeft(b[i:], " \t\r\n"); len(rest) > 0 && rest[0] == ':' {
			return bytes.Count(b[:at], []byte("\n")) + 1
		}
	}
}
