package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// UserCatalogPath is where a company catalog is looked for by default:
// $XDG_CONFIG_HOME/jobpost/catalog.json, else ~/.config/jobpost/catalog.json.
// It is "" when neither directory can be worked out.
func UserCatalogPath() string { return UserCatalogPathFrom(os.Getenv) }

// UserCatalogPathFrom is UserCatalogPath with the environment read through
// getenv, so that commands and tests can pass their own.
func UserCatalogPathFrom(getenv func(string) string) string {
	if dir := getenv("XDG_CONFIG_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "jobpost", "catalog.json")
	}
	home := getenv("HOME")
	if !filepath.IsAbs(home) {
		return ""
	}
	return filepath.Join(home, ".config", "jobpost", "catalog.json")
}

// LoadUser reads a company catalog: one JSON object with any of the
// catalog's top-level keys, as in the built-in files. Its entries are not
// validated on their own, since they may refer to built-in ones; Merge
// validates the result. Problems in the file are *FileError values.
func LoadUser(path string) (*Catalog, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return decodeUser(path, b)
}

func decodeUser(name string, b []byte) (*Catalog, error) {
	var c Catalog
	if err := decodeStrict(b, &c); err != nil {
		return nil, &FileError{File: name, Line: errorLine(b, err), Err: err}
	}
	return &c, nil
}

// LoadWithUser returns the built-in catalog merged with the company catalog
// at path. A missing file is fine unless required (an explicit --catalog);
// an empty path means no company catalog. Problems in the file come back as
// *FileError values naming the file and, where known, the line.
func LoadWithUser(path string, required bool) (*Catalog, error) {
	base, err := Builtin()
	if err != nil {
		return nil, err
	}
	if path == "" {
		if required {
			return nil, errors.New("no catalog file given")
		}
		return base, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		if !required && errors.Is(err, fs.ErrNotExist) {
			return base, nil
		}
		return nil, err
	}
	overlay, err := decodeUser(path, b)
	if err != nil {
		return nil, err
	}
	merged, err := Merge(base, overlay)
	if err != nil {
		return nil, locateProblems(path, b, err)
	}
	return merged, nil
}

// Merge returns a new, validated catalog: base with overlay's entries added,
// an overlay entry replacing the base entry with the same id in place (so a
// replaced responsibility keeps its position in a posting). Neither input is
// changed; the result may share the entries' inner slices with them, which
// are read-only by convention. An id used twice within one list of the
// overlay is an error.
func Merge(base, overlay *Catalog) (*Catalog, error) {
	if base == nil {
		base = &Catalog{}
	}
	if overlay == nil {
		overlay = &Catalog{}
	}
	var errs []error
	c := &Catalog{
		Roles:            mergeByID("roles", base.Roles, overlay.Roles, func(x Role) string { return x.ID }, &errs),
		Seniority:        mergeByID("seniority", base.Seniority, overlay.Seniority, func(x Level) string { return x.ID }, &errs),
		SkillCategories:  mergeByID("skill_categories", base.SkillCategories, overlay.SkillCategories, func(x Category) string { return x.ID }, &errs),
		Skills:           mergeByID("skills", base.Skills, overlay.Skills, func(x Skill) string { return x.ID }, &errs),
		Responsibilities: mergeByID("responsibilities", base.Responsibilities, overlay.Responsibilities, func(x Responsibility) string { return x.ID }, &errs),
		Qualifications:   mergeByID("qualifications", base.Qualifications, overlay.Qualifications, func(x Qualification) string { return x.ID }, &errs),
		Benefits:         mergeByID("benefits", base.Benefits, overlay.Benefits, func(x Benefit) string { return x.ID }, &errs),
		WorkplaceTypes:   mergeByID("workplace_types", base.WorkplaceTypes, overlay.WorkplaceTypes, func(x Choice) string { return x.ID }, &errs),
		EmploymentTypes:  mergeByID("employment_types", base.EmploymentTypes, overlay.EmploymentTypes, func(x Choice) string { return x.ID }, &errs),
		EEOStatements:    mergeByID("eeo_statements", base.EEOStatements, overlay.EEOStatements, func(x Statement) string { return x.ID }, &errs),
		RoleLevels:       mergeByID("role_levels", base.RoleLevels, overlay.RoleLevels, func(x RoleLevel) string { return x.Role + "@" + x.Level }, &errs),
		Countries:        mergeByID("countries", base.Countries, overlay.Countries, func(x Country) string { return x.Code }, &errs),
	}
	if err := c.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}

// mergeByID copies base and applies over to the copy: same id replaces,
// a new id appends. Ids repeated within over are reported in errs.
func mergeByID[T any](key string, base, over []T, id func(T) string, errs *[]error) []T {
	out := slices.Grow(slices.Clone(base), len(over))
	if out == nil {
		out = []T{}
	}
	pos := make(map[string]int, len(out)+len(over))
	for i, x := range out {
		pos[id(x)] = i
	}
	seen := make(map[string]bool, len(over))
	for _, x := range over {
		k := id(x)
		if seen[k] && k != "" {
			*errs = append(*errs, &Problem{Key: key, ID: k, Err: fmt.Errorf("%s: id %q appears twice", key, k)})
			continue
		}
		seen[k] = true
		if i, ok := pos[k]; ok && k != "" {
			out[i] = x
			continue
		}
		pos[k] = len(out)
		out = append(out, x)
	}
	return out
}

// locateProblems turns the problems Merge found into FileErrors pointing at
// the line of the offending entry in the company file b, when it is there.
func locateProblems(name string, b []byte, err error) error {
	var out []error
	for _, e := range flatten(err) {
		line := 0
		var p *Problem
		if errors.As(e, &p) {
			line = entryLine(b, p.Key, p.ID)
		}
		out = append(out, &FileError{File: name, Line: line, Err: e})
	}
	return errors.Join(out...)
}

// flatten unpacks joined errors, recursively.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// entryLine finds the line of the entry with the given id in the list
// under key in the JSON object b, or 0; the last one when the id repeats,
// since a repeat is reported at its second use.
func entryLine(b []byte, key, id string) int {
	if id == "" {
		return 0
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return 0
	}
	line := 0
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return line
		}
		if k != key {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return line
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return line
		}
		for dec.More() {
			before := int(dec.InputOffset())
			var entry struct {
				ID string `json:"id"`
			}
			if dec.Decode(&entry) != nil {
				return line
			}
			if entry.ID == id {
				line = lineAt(b, before+len(b[before:])-len(bytes.TrimLeft(b[before:], " \t\r\n,")))
			}
		}
		if _, err := dec.Token(); err != nil {
			return line
		}
	}
	return line
}

func lineAt(b []byte, offset int) int { return bytes.Count(b[:offset], []byte("\n")) + 1 }
