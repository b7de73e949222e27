package common

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Theme names the colour scheme: jobpost never asks the terminal for its
// background (over SSH and in tmux the answer may never come), so the user
// picks with --theme or JOBPOST_THEME and dark is the default.
type Theme string

// The themes.
const (
	Dark  Theme = "dark"
	Light Theme = "light"
)

// Styles holds every style the screens use, named by role rather than hue,
// so both themes come from this one place.
type Styles struct {
	Theme Theme

	Title       lipgloss.Style // screen headings
	Subtle      lipgloss.Style // secondary text: descriptions, counts
	Faint       lipgloss.Style
	Selected    lipgloss.Style // the row under the cursor
	Cursor      lipgloss.Style // the cursor mark
	Group       lipgloss.Style // group headings inside lists
	MustHave    lipgloss.Style
	NiceToHave  lipgloss.Style
	Checked     lipgloss.Style
	Error       lipgloss.Style
	Success     lipgloss.Style
	Held        lipgloss.Style // a draft another session is editing
	StepDone    lipgloss.Style
	StepCurrent lipgloss.Style
	StepTodo    lipgloss.Style
	StatusBar   lipgloss.Style
	StatusKey   lipgloss.Style // the left-hand label in the status bar
	Border      lipgloss.Style
	Help        help.Styles
}

// NewStyles returns the styles of a theme.
func NewStyles(theme Theme) Styles {
	isDark := theme != Light
	ld := lipgloss.LightDark(isDark)
	var (
		accent = ld(lipgloss.Color("#5A3FD9"), lipgloss.Color("#A78BFA"))
		text   = ld(lipgloss.Color("#1F1F24"), lipgloss.Color("#E6E6EA"))
		subtle = ld(lipgloss.Color("#5C5C66"), lipgloss.Color("#A0A0AB"))
		// Meta text: on white both greys keep a contrast of 4.5:1 or
		// more (WCAG AA), tested in styles_test.go.
		faint   = ld(lipgloss.Color("#6E6E78"), lipgloss.Color("#7A7A84"))
		rule    = ld(lipgloss.Color("#B4B4BC"), lipgloss.Color("#4A4A52"))
		green   = ld(lipgloss.Color("#1A7F37"), lipgloss.Color("#4ADE80"))
		amber   = ld(lipgloss.Color("#9A6700"), lipgloss.Color("#FBBF24"))
		red     = ld(lipgloss.Color("#CF222E"), lipgloss.Color("#F87171"))
		barBack = ld(lipgloss.Color("#E4E4EA"), lipgloss.Color("#2A2A33"))
		selBack = ld(lipgloss.Color("#EDE9FE"), lipgloss.Color("#312E4F"))
	)
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	return Styles{
		Theme:       theme,
		Title:       fg(accent).Bold(true),
		Subtle:      fg(subtle),
		Faint:       fg(faint),
		Selected:    fg(text).Background(selBack).Bold(true),
		Cursor:      fg(accent).Bold(true),
		Group:       fg(accent).Bold(true).Underline(true),
		MustHave:    fg(amber).Bold(true),
		NiceToHave:  fg(green),
		Checked:     fg(green).Bold(true),
		Error:       fg(red).Bold(true),
		Success:     fg(green),
		Held:        fg(amber).Bold(true),
		StepDone:    fg(green),
		StepCurrent: fg(accent).Bold(true).Underline(true).UnderlineSpaces(true),
		StepTodo:    fg(faint),
		StatusBar:   fg(text).Background(barBack),
		StatusKey:   lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#FFFFFF"), lipgloss.Color("#1F1F24"))).Background(accent).Bold(true).Padding(0, 1),
		Border:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(faint),
		Help:        helpStyles(fg(subtle).Bold(true), fg(faint), fg(rule)),
	}
}

// helpStyles draws the help line in the theme's own greys (bubbles'
// defaults are too faint on a light terminal): keys, what they do, and
// the separators between them.
func helpStyles(keyStyle, desc, sep lipgloss.Style) help.Styles {
	return help.Styles{
		ShortKey: keyStyle, ShortDesc: desc, ShortSeparator: sep, Ellipsis: sep,
		FullKey: keyStyle, FullDesc: desc, FullSeparator: sep,
	}
}

// GlamourStyle is the Glamour standard style that matches the theme.
func (s Styles) GlamourStyle() string {
	if s.Theme == Light {
		return "light"
	}
	return "dark"
}

// UseTheme switches c to theme: its styles and its Markdown renderer. Only
// the root calls it, between messages, and then tells every page.
func (c *Common) UseTheme(theme Theme) {
	c.Styles = NewStyles(theme)
	c.Renderer = NewMarkdownRenderer(c.Styles.GlamourStyle())
}
