package editor_test

import (
	"fmt"
	"regexp"
	"testing"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/internal/uitest"
)

// hostile is text a recruiter might paste without knowing what it holds:
// terminal escapes that set the clipboard or clear the screen, a bell,
// C1 controls, invalid UTF-8, markup, right-to-left text and emoji.
const hostile = "R&D <script>alert(1)</script> \"q\" \x1b]52;c;aGk=\x07 \x1b[2J \x1b]0;pwned\x07 \u009b31m \xff\xfe مهندس 🚀"

var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func checkFrame(t *testing.T, where, frame string) {
	t.Helper()
	rest := sgr.ReplaceAllString(common.SafeFrame(frame), "")
	for i, r := range rest {
		if r == '\x1b' || r == '\a' || (r >= 0x80 && r <= 0x9f) || (r < 0x20 && r != '\n') {
			t.Fatalf("%s: raw control %U at %d reaches the terminal: %q", where, r, i, rest[max(i-20, 0):min(i+20, len(rest))])
		}
	}
}

// TestHostileTextInTheEditor stores a posting with hostile text in every
// field, bypassing the cleaning that typing and importing do, and walks
// it through the editor's screens: what reaches the terminal (after the
// root's frame guard) is only text and colours.
func TestHostileTextInTheEditor(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{100, 30}, {140, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			c := uitest.NewCommon(t, common.Dark)
			p := model.New(uitest.FixedNow)
			p.Title, p.Role, p.Seniority = "Engineer "+hostile, "backend", "senior"
			p.Summary = hostile + "\n\n" + hostile
			p.Responsibilities = []string{hostile, "Plain duty"}
			p.Skills = model.Skills{Required: []string{hostile}, Preferred: []string{hostile}}
			p.Qualifications, p.Benefits = []string{hostile}, []string{hostile}
			p.Company = model.Company{Name: hostile, About: hostile, Website: "https://acme.example/" + hostile}
			p.Location = model.Location{City: hostile, Region: hostile, Country: hostile}
			p.Workplace, p.EmploymentType = model.Remote, "FULL_TIME"
			p.Salary = model.Salary{Min: 1, Max: 2, Currency: "EUR", Period: "YEAR"}
			p.Apply = model.Apply{URL: "https://acme.example/" + hostile, Email: hostile}
			p.EEO = hostile
			d := open(t, c, p, size[0], size[1])
			d.WantScreen("Sections")
			checkFrame(t, "editor", d.Frame())
			d.Keys("tab")
			checkFrame(t, "editor preview", d.Frame())
			d.Keys("tab", "down", "down", "down", "enter")
			checkFrame(t, "editor list", d.Frame())
			d.Keys("esc", "G", "up", "up", "enter")
			checkFrame(t, "editor form", d.Frame())
		})
	}
}
