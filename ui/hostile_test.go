package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
)

// hostile is text a recruiter might paste without knowing what it holds:
// terminal escapes that set the clipboard or clear the screen, a bell,
// C1 controls, invalid UTF-8, markup, right-to-left text and emoji.
const hostile = "R&D <script>alert(1)</script> \"q\" \x1b]52;c;aGk=\x07 \x1b[2J \x1b]0;pwned\x07 \u009b31m \xff\xfe مهندس 🚀"

// onlySGR matches a frame's escape sequences when all of them only set
// colours and attributes (CSI … m), which is all jobpost's own drawing
// uses; anything else came from user text.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func checkFrame(t *testing.T, where, frame string) {
	t.Helper()
	rest := sgr.ReplaceAllString(frame, "")
	for i, r := range rest {
		if r == '\x1b' || r == '\a' || (r >= 0x80 && r <= 0x9f) || (r < 0x20 && r != '\n') {
			t.Fatalf("%s: raw control %U at %d reaches the terminal: %q", where, r, i, rest[max(i-20, 0):min(i+20, len(rest))])
		}
	}
}

func hostilePosting() model.Posting {
	p := model.New(fixedNow)
	p.Title, p.Role, p.Seniority = "Engineer "+hostile, "backend", "senior"
	p.Summary = hostile + "\n\n" + hostile
	p.Responsibilities = []string{hostile, "Plain duty"}
	p.Skills = model.Skills{Required: []string{hostile}, Preferred: []string{hostile}}
	p.Qualifications = []string{hostile}
	p.Benefits = []string{hostile}
	p.Company = model.Company{Name: hostile, About: hostile, Website: "https://acme.example/" + hostile}
	p.Location = model.Location{City: hostile, Region: hostile, Country: hostile}
	p.Workplace, p.EmploymentType = model.Remote, "FULL_TIME"
	p.Salary = model.Salary{Min: 1, Max: 2, Currency: "EUR", Period: "YEAR"}
	p.Apply = model.Apply{URL: "https://acme.example/" + hostile, Email: hostile}
	p.EEO = hostile
	return p
}

// TestHostileTextNeverReachesTheTerminalRaw stores a posting with hostile
// text in every field, bypassing the cleaning that typing and importing
// do, and walks it through every screen that shows it.
func TestHostileTextNeverReachesTheTerminalRaw(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{100, 30}, {140, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			c := newTestCommon(t, Dark)
			p := hostilePosting()
			if err := c.Store.Save(p); err != nil {
				t.Fatal(err)
			}
			d := newDriver(t, New(c), size[0], size[1])
			check := func(where string) { checkFrame(t, where, d.m.View().Content) }
			d.keys("/", "engineer")
			d.keys("enter", "enter")
			d.wantScreen("Editing:")
			check("editor")
			d.keys("tab")
			check("editor preview")
			d.keys("tab")
			d.keys("down", "down", "down", "enter")
			check("editor list")
			d.send(tea.KeyPressMsg{Code: tea.KeyEscape})
			if strings.Contains(d.screen(), "\x1b") {
				t.Fatal("escape left after stripping styles")
			}
		})
	}
}
