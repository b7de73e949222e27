package data

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"sync"

	"jobpost/model/check"
)

// The rule tables of the posting checks: pay transparency by jurisdiction
// and the wording lists, as embedded JSON (data/rules/*.json), each file a
// check.Table. A company catalog file may carry the same keys
// ("pay_transparency", "gender_coded", "wording") to add rows or replace
// built-in ones by id.

//go:embed rules/*.json
var builtinRules embed.FS

var (
	rulesOnce     sync.Once
	rulesTable    check.Table
	rulesCompiled check.Rules
	rulesErr      error
)

// BuiltinRules returns the embedded rule tables, compiled on first use and
// shared afterwards.
func BuiltinRules() (check.Rules, error) {
	rulesOnce.Do(func() {
		rulesTable, rulesErr = LoadRuleTables(builtinRules, "rules")
		if rulesErr == nil {
			rulesCompiled, rulesErr = check.Compile(rulesTable)
		}
	})
	return rulesCompiled, rulesErr
}

// LoadRuleTables reads every *.json file in dir of fsys, in name order,
// and merges them into one table (a later file's row replaces an earlier
// one with the same id). It does not compile the result.
func LoadRuleTables(fsys fs.FS, dir string) (check.Table, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return check.Table{}, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && path.Ext(e.Name()) == ".json" {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	t := check.Table{Version: check.TableVersion}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return check.Table{}, err
		}
		var part check.Table
		if err := decodeStrict(b, &part); err != nil {
			return check.Table{}, &FileError{File: name, Line: errorLine(b, err), Err: err}
		}
		if part.Version != check.TableVersion {
			return check.Table{}, &FileError{File: name, Err: fmt.Errorf("version %d: this jobpost reads rule tables of version %d", part.Version, check.TableVersion)}
		}
		t = check.Merge(t, part)
	}
	return t, nil
}

// RuleKeys are the keys of a company catalog file that hold rules, kept
// undecoded: DecodeUserRules reads them strictly.
type RuleKeys struct {
	PayTransparency json.RawMessage `json:"pay_transparency,omitempty"`
	GenderCoded     json.RawMessage `json:"gender_coded,omitempty"`
	Wording         json.RawMessage `json:"wording,omitempty"`
}

// DecodeUserRules reads the rule keys of a company catalog file (one JSON
// object; its other keys are the catalog's and are left alone). ok is
// false when the file holds no rules. Problems name the file and line.
func DecodeUserRules(name string, b []byte) (t check.Table, ok bool, err error) {
	var keys RuleKeys
	if err := json.Unmarshal(b, &keys); err != nil {
		return check.Table{}, false, &FileError{File: name, Line: errorLine(b, err), Err: err}
	}
	if keys.PayTransparency == nil && keys.GenderCoded == nil && keys.Wording == nil {
		return check.Table{}, false, nil
	}
	t.Version = check.TableVersion
	// Each key is decoded strictly (a misspelt field in a row would
	// otherwise be dropped without a word); offsets are within the key's
	// value, so lines are found from where it starts.
	part := func(raw json.RawMessage, v any) error {
		if raw == nil {
			return nil
		}
		if err := decodeStrict(raw, v); err != nil {
			line := 0
			if at := bytes.Index(b, raw); at >= 0 {
				line = lineAt(b, at) + errorLine(raw, err) - 1
			}
			return &FileError{File: name, Line: line, Err: err}
		}
		return nil
	}
	if err := errors.Join(
		part(keys.PayTransparency, &t.PayTransparency),
		part(keys.GenderCoded, &t.GenderCoded),
		part(keys.Wording, &t.Wording),
	); err != nil {
		return check.Table{}, false, err
	}
	return t, true, nil
}

// LoadRulesWithUser returns the built-in rules with those of the company
// catalog file at path added (rows with a built-in id replace it). As for
// LoadWithUser, a missing file is fine unless required and "" means none.
// A file without rule keys gives the built-in rules.
func LoadRulesWithUser(path string, required bool) (check.Rules, error) {
	base, err := BuiltinRules()
	if err != nil || path == "" {
		return base, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		if !required && errors.Is(err, fs.ErrNotExist) {
			return base, nil
		}
		return check.Rules{}, err
	}
	return MergeUserRules(base, path, b)
}

// MergeUserRules adds the rules of a company catalog file's contents b
// (named name in errors) to base and compiles the result.
func MergeUserRules(base check.Rules, name string, b []byte) (check.Rules, error) {
	over, ok, err := DecodeUserRules(name, b)
	if err != nil || !ok {
		return base, err
	}
	merged, err := check.Compile(check.Merge(base.Table(), over))
	if err != nil {
		return check.Rules{}, &FileError{File: name, Err: err}
	}
	return merged, nil
}
