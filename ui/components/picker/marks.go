package picker

import "jobpost/ui/common"

// Mark is what a multi-select picker records for an item. A checklist
// (duties, catalog lines) ticks items; the skills list asks for each
// whether it is a must-have or a nice-to-have. Each mark has its own
// value, so a list's marks say which kind of list it is.
type Mark int

// The marks.
const (
	Unmarked Mark = iota
	Ticked        // on a checklist: chosen
	Must          // a skill the candidate must have
	Nice          // a skill that is nice to have
)

// CheckMarks draws a checklist's marks, "[ ]" and "[x]": the markView of
// every checklist, styled once rather than per row per frame.
func CheckMarks(s common.Styles) func(Mark) string {
	return markViews(map[Mark]string{Unmarked: s.Faint.Render("[ ]"), Ticked: s.Checked.Render("[x]")})
}

// SkillMarks draws the skills list's marks, "[must]" and "[nice]", the
// same width as an unmarked "[    ]" so the labels line up.
func SkillMarks(s common.Styles) func(Mark) string {
	return markViews(map[Mark]string{
		Unmarked: s.Faint.Render("[    ]"),
		Must:     s.MustHave.Render("[must]"),
		Nice:     s.NiceToHave.Render("[nice]"),
	})
}

// markViews draws a mark from views; a mark the list does not use is
// drawn as none, so rows never lose their alignment.
func markViews(views map[Mark]string) func(Mark) string {
	return func(m Mark) string {
		if v, ok := views[m]; ok {
			return v
		}
		return views[Unmarked]
	}
}
