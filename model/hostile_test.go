package model

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// hostileText packs into one string what user text must never be able to
// do to an export: markup, entities, quotes, terminal escape sequences
// (OSC 52 clipboard write, clear screen), invalid UTF-8, emoji and
// right-to-left scripts.
const hostileText = `<script>alert(1)</script> "quotes" 'single' &amp; & ` +
	"\x1b]52;c;aGk=\x07 \x1b[2J \xff\xfe 👩‍💻🚀 שלום עולם مرحبا بالعالم \u202eevil\u202c # - 1. * _ ` [x](y) |"

// hostilePosting fills every string of a posting with hostile text, and
// one field with 100,000 characters of it. With vocabulary true the coded
// fields (currency, period, workplace, …) hold valid values instead, so
// that JSON-LD has something to render.
func hostilePosting(vocabulary bool) Posting {
	long := strings.Repeat(hostileText+"\n", 100_000/utf8.RuneCountInString(hostileText)+1)
	list := []string{hostileText, hostileText + " two", long[:5000]}
	p := Posting{
		SchemaVersion:    SchemaVersion,
		ID:               hostileText,
		Title:            hostileText,
		Role:             hostileText,
		Seniority:        hostileText,
		Summary:          long,
		Responsibilities: list,
		Skills:           Skills{Required: list, Preferred: list},
		Qualifications:   list,
		Benefits:         list,
		Company:          Company{Name: hostileText, About: hostileText + "\n\n" + hostileText, Website: hostileText},
		Location:         Location{City: hostileText, Region: hostileText, Country: hostileText},
		Workplace:        Workplace(hostileText),
		EmploymentType:   hostileText,
		Salary:           Salary{Min: 1000, Max: 2000, Currency: hostileText, Period: hostileText},
		Apply:            Apply{URL: hostileText, Email: hostileText},
		EEO:              hostileText,
		Status:           Status(hostileText),
		Posted:           Placements{{Board: hostileText, On: fixtureTime}},
		ValidThrough:     hostileText,
		CreatedAt:        fixtureTime,
		UpdatedAt:        fixtureTime,
	}
	if vocabulary {
		p.Workplace, p.EmploymentType, p.Status = Remote, "FULL_TIME", StatusReady
		p.Salary.Currency, p.Salary.Period = "EUR", "YEAR"
		p.ValidThrough = "2025-12-31"
	}
	return p
}

// checkNoRawControls fails if s holds invalid UTF-8 or any control
// character but a newline: C0, DEL, C1.
func checkNoRawControls(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s is not valid UTF-8", what)
	}
	for i, r := range s {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			t.Errorf("%s holds control %U at byte %d", what, r, i)
			return
		}
	}
}

func TestHostileTextStaysInert(t *testing.T) {
	for _, vocabulary := range []bool{false, true} {
		p := hostilePosting(vocabulary)

		md := p.Markdown()
		checkNoRawControls(t, "Markdown", md)
		checkMarkdownLiteral(t, md, wantBlocks(p, true))

		for _, width := range []int{0, 80} {
			checkNoRawControls(t, "plain text", p.PlainText(width))
		}

		out := p.HTML()
		checkNoRawControls(t, "HTML", out)
		checkBoardHTML(t, out, wantBlocks(p, false))
		if strings.Contains(out, "<script") {
			t.Error("HTML carries a live <script>")
		}

		ld, err := p.JSONLD(time.Time{})
		if !vocabulary {
			var mf *MissingFieldsError
			if !errors.As(err, &mf) {
				t.Fatalf("JSON-LD with a made-up currency: err = %v, want *MissingFieldsError", err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if !json.Valid(ld) {
			t.Fatal("JSON-LD is not valid JSON")
		}
		if strings.Contains(string(ld), "</script") || strings.Contains(string(ld), "<script") {
			t.Error("JSON-LD could close or open a <script> element it is embedded in")
		}
		var doc any
		if err := json.Unmarshal(ld, &doc); err != nil {
			t.Fatal(err)
		}
		walkStrings(doc, func(s string) { checkNoRawControls(t, "a JSON-LD string", s) })
		if got := at(doc, "description"); got != out {
			t.Error("JSON-LD description differs from HTML()")
		}
	}
}

func walkStrings(v any, fn func(string)) {
	switch v := v.(type) {
	case string:
		fn(v)
	case []any:
		for _, e := range v {
			walkStrings(e, fn)
		}
	case map[string]any:
		for k, e := range v {
			fn(k)
			walkStrings(e, fn)
		}
	}
}

// TestHostileTextSurvivesJSON checks the interchange file stays valid JSON
// and that importing it yields clean text, whatever was stored.
func TestHostileTextSurvivesJSON(t *testing.T) {
	p := hostilePosting(true)
	p.ID, p.Title = "hostile", hostileText[:60]
	p.Apply, p.Company.Website = Apply{}, ""
	// Within the limits, so that import judges the text, not its length.
	p.Summary = p.Summary[:MaxProseLength]
	list := []string{hostileText, hostileText + " two", p.Summary[:MaxListItemLength]}
	p.Responsibilities, p.Skills, p.Qualifications, p.Benefits = list, Skills{list, list}, list, list
	out, err := p.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(out) {
		t.Fatal("JSON export is not valid JSON")
	}
	got, err := ParseImport(strings.NewReader(string(out)))
	if err != nil {
		t.Fatal(err)
	}
	checkClean(t, got[0])
	if reflect.DeepEqual(got[0], p) {
		t.Error("import did not clean anything")
	}
}
