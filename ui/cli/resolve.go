package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"jobpost/model"
	"jobpost/storage"
)

// resolveDraft turns what was typed where a draft is wanted into the id of
// a draft (not one in the trash): an id, a unique id prefix, or words of
// its title. An id or prefix wins; the title is tried when it names no
// single draft.
func resolveDraft(store *storage.Store, typed string) (string, error) {
	id, err := store.Resolve(typed)
	if err == nil || !(errors.Is(err, storage.ErrNotFound) || errors.Is(err, storage.ErrAmbiguous)) {
		return id, err
	}
	list, lerr := store.List()
	if lerr != nil {
		return "", err
	}
	return byTitle(typed, list, err)
}

// resolveTrashed is resolveDraft for the drafts in the trash.
func resolveTrashed(store *storage.Store, typed string) (string, error) {
	id, err := store.ResolveTrash(typed)
	if err == nil || !(errors.Is(err, storage.ErrNotFound) || errors.Is(err, storage.ErrAmbiguous)) {
		return id, err
	}
	items, terr := store.Trash()
	if terr != nil {
		return "", err
	}
	list := make([]model.Summary, len(items))
	for i, it := range items {
		list[i] = it.Summary
	}
	return byTitle(typed, list, err)
}

// byTitle finds the one draft whose title holds every word of query,
// ignoring case and word order; among several, one whose title is exactly
// the query. idErr is what resolving query as an id said; it is the
// answer when no title matches.
func byTitle(query string, list []model.Summary, idErr error) (string, error) {
	want := titleWords(query)
	if len(want) == 0 {
		return "", idErr
	}
	var found []model.Summary
	for _, s := range list {
		have := titleWords(s.Title)
		if containsWords(have, want) {
			found = append(found, s)
		}
	}
	switch len(found) {
	case 0:
		if errors.Is(idErr, storage.ErrNotFound) {
			return "", fmt.Errorf("%w or title", idErr)
		}
		return "", idErr
	case 1:
		return found[0].ID, nil
	}
	var exact []model.Summary
	for _, s := range found {
		if slices.Equal(titleWords(s.Title), want) {
			exact = append(exact, s)
		}
	}
	if len(exact) == 1 {
		return exact[0].ID, nil
	}
	return "", &titleMatchError{query: query, matches: found}
}

// titleWords are the lower-cased words of a title: letters and digits, and
// the + and # of C++ and C#.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(model.CleanLine(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '#'
	})
}

func containsWords(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// titleMatchError is a title that names several drafts: it lists them, so
// the user can pick one by its id.
type titleMatchError struct {
	query   string
	matches []model.Summary
}

// maxListedMatches bounds the drafts an ambiguous title lists.
const maxListedMatches = 10

func (e *titleMatchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q matches %d drafts by title; name one by its id:\n", model.CleanLine(e.query), len(e.matches))
	var rows [][]string
	for i, s := range e.matches {
		if i == maxListedMatches {
			rows = append(rows, []string{"…", fmt.Sprintf("and %d more", len(e.matches)-i)})
			break
		}
		rows = append(rows, []string{s.ID, displayTitle(s.Title), dash(model.CleanLine(s.Location))})
	}
	writeTable(&b, rows, "  ")
	return strings.TrimRight(b.String(), "\n")
}

// displayTitle is a title for a listing: clean, never empty.
func displayTitle(title string) string {
	if t := model.CleanLine(title); t != "" {
		return t
	}
	return "(untitled)"
}

// dash stands in for an empty column.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
