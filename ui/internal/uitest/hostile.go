package uitest

import (
	"regexp"
	"testing"

	"jobpost/model"
)

// Hostile is text a recruiter might paste without knowing what it holds:
// terminal escapes that set the clipboard or clear the screen, a bell,
// C1 controls, invalid UTF-8, markup, right-to-left text and emoji.
const Hostile = "R&D <script>alert(1)</script> \"q\" \x1b]52;c;aGk=\x07 \x1b[2J \x1b]0;pwned\x07 \u009b31m \xff\xfe مهندس 🚀"

// HostilePosting has Hostile text in every field, as a database written
// by another program could hold it (typing and importing clean it).
func HostilePosting() model.Posting {
	p := model.New(FixedNow)
	p.Title, p.Role, p.Seniority = "Engineer "+Hostile, "backend", "senior"
	p.Summary = Hostile + "\n\n" + Hostile
	p.Responsibilities = []string{Hostile, "Plain duty"}
	p.Skills = model.Skills{Required: []string{Hostile}, Preferred: []string{Hostile}}
	p.Qualifications = []string{Hostile}
	p.Benefits = []string{Hostile}
	p.Company = model.Company{Name: Hostile, About: Hostile, Website: "https://acme.example/" + Hostile}
	p.Location = model.Location{City: Hostile, Region: Hostile, Country: Hostile}
	p.Workplace, p.EmploymentType = model.Remote, "FULL_TIME"
	p.Salary = model.Salary{Min: 1, Max: 2, Currency: "EUR", Period: "YEAR"}
	p.Apply = model.Apply{URL: "https://acme.example/" + Hostile, Email: Hostile}
	p.EEO = Hostile
	return p
}

// sgr matches the escape sequences jobpost's own drawing uses: colours
// and attributes (CSI … m). Anything else came from user text.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// CheckFrame fails the test if frame holds a control or escape sequence
// other than colours and attributes: a page draws no user text raw (the
// root's frame guard is the second line of defence, not the first).
func CheckFrame(t testing.TB, where, frame string) {
	t.Helper()
	rest := sgr.ReplaceAllString(frame, "")
	for i, r := range rest {
		if r == '\x1b' || r == '\a' || (r >= 0x80 && r <= 0x9f) || (r < 0x20 && r != '\n') {
			t.Fatalf("%s: raw control %U at %d reaches the terminal: %q", where, r, i, rest[max(i-20, 0):min(i+20, len(rest))])
		}
	}
}
