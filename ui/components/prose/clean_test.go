package prose

import (
	"testing"

	"jobpost/model"
	"jobpost/ui/components/textedit"
)

// The cleaner, paragraph by paragraph, gives what model.CleanText gives
// for the whole text, also after edits that reuse its kept lines.
func TestCleanerIsCleanText(t *testing.T) {
	var c cleaner
	for _, text := range []string{
		"", "\n\n", "  one  \n\n\n\ntwo\t \n", "\n\nlead\n", "a\u200d\n\u200db",
		"x\n\u00ad\ny", "\u200e\n\n", "one\n \n  \ntwo", "über  café \n\n\n\n", "a\n\n",
	} {
		a := textedit.New()
		a.SetValue(text)
		a.Focus()
		for _, typed := range []string{"", " ", "z", "\n", "\n\n"} {
			a.InsertString(typed)
			if got, want := c.text(a), model.CleanText(a.Value()); got != want {
				t.Errorf("%q then %q: %q, want %q", text, typed, got, want)
			}
		}
	}
}
