package common

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
)

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		ch := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(bl)
	}
	l1, l2 := lum(a), lum(b)
	return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
}

// TestLightThemeMetaTextIsReadable: every grey the light theme writes
// text in (descriptions, counts, help) reaches 4.5:1 on white.
func TestLightThemeMetaTextIsReadable(t *testing.T) {
	s := NewStyles(Light)
	white := lipgloss.Color("#FFFFFF")
	for name, st := range map[string]lipgloss.Style{
		"Subtle": s.Subtle, "Faint": s.Faint, "help key": s.Help.ShortKey, "help description": s.Help.ShortDesc,
		"full help description": s.Help.FullDesc,
	} {
		if c := contrast(st.GetForeground(), white); c < 4.5 {
			t.Errorf("%s: contrast %.2f:1 on white, want ≥ 4.5:1", name, c)
		}
	}
	dark := NewStyles(Dark)
	black := lipgloss.Color("#000000")
	for name, st := range map[string]lipgloss.Style{"Subtle": dark.Subtle, "Faint": dark.Faint, "help description": dark.Help.ShortDesc} {
		if c := contrast(st.GetForeground(), black); c < 4.5 {
			t.Errorf("dark %s: contrast %.2f:1 on black, want ≥ 4.5:1", name, c)
		}
	}
}
