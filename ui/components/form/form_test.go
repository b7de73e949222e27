package form_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"jobpost/model"
	"jobpost/ui/common"
	"jobpost/ui/components/form"
	"jobpost/ui/internal/uitest"
)

// host runs a form as a program, applying valid candidates to a posting.
type host struct {
	f       form.Model
	posting model.Posting
	last    form.Event
}

func (h *host) Init() tea.Cmd { return h.f.Focus(0) }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		h.f.SetWidth(ws.Width)
		return h, nil
	}
	var cmd tea.Cmd
	h.f, cmd, h.last = h.f.Update(msg)
	if h.last == form.Changed {
		if next, ok := h.f.Candidate(h.posting); ok {
			h.posting = next
		}
	}
	return h, cmd
}

func (h *host) View() tea.View { return tea.NewView(h.f.View()) }

func newHost(t *testing.T, p model.Posting) (*uitest.Driver, *host) {
	c := uitest.NewCommon(t, common.Dark)
	set := func(f func(*model.Posting, string)) form.Apply {
		return func(p *model.Posting, v string) error { f(p, model.CleanLine(v)); return nil }
	}
	h := &host{posting: p, f: form.New(c,
		form.Text(c.Styles.Theme, "URL", "apply.url", p.Apply.URL, 500, set(func(p *model.Posting, v string) { p.Apply.URL = v })),
		form.Text(c.Styles.Theme, "City", "location.city", p.Location.City, 120, set(func(p *model.Posting, v string) { p.Location.City = v })),
		form.Text(c.Styles.Theme, "Closes on", "valid_through", p.ValidThrough, 10, set(func(p *model.Posting, v string) { p.ValidThrough = v })),
		form.Select("Period", "salary.period", []form.Choice{{Value: "", Label: "not stated"}, {Value: "YEAR", Label: "per year"}},
			p.Salary.Period, set(func(p *model.Posting, v string) { p.Salary.Period = v })),
	)}
	return uitest.NewDriver(t, h, 80, 24), h
}

func posting() model.Posting {
	p := model.New(uitest.FixedNow)
	p.Title = "Engineer"
	p.Apply.URL = "https://careers.acme.example/jobs/engineering/backend/senior-backend-engineer-payments?ref=12345"
	p.Location.City = strings.Repeat("Llanfair", 40)[:300]
	return p
}

func TestFormGolden(t *testing.T) {
	d, _ := newHost(t, posting())
	d.Keys("tab", "tab", "31/12")
	uitest.Golden(t, d.Frame())
}

// A field nobody changed is never written back, even one longer than its
// limit; the others apply as they are typed.
func TestFormWritesOnlyChangedFields(t *testing.T) {
	p := posting()
	d, h := newHost(t, p)
	d.Keys("tab", "backspace", "x") // the city's limit is its own length
	if got := h.posting.Location.City; got != p.Location.City[:299]+"x" {
		t.Fatalf("city %d characters", len(got))
	}
	d.Keys("tab", "tab", "right")
	if h.posting.Salary.Period != "YEAR" || h.posting.Apply.URL != p.Apply.URL {
		t.Fatalf("posting %+v", h.posting)
	}
	d.Keys("enter")
	if h.last != form.Submitted {
		t.Fatalf("enter gave %v", h.last)
	}
}

// A long URL shows its start once its field loses focus.
func TestFormBlurredURLShowsItsStart(t *testing.T) {
	d, _ := newHost(t, posting())
	d.Keys("tab")
	d.WantScreen("URL        https://careers")
	d.RejectScreen("ref=12345")
}

// The date hint never breaks inside the date; esc puts back what is not
// valid.
func TestFormInvalidValueRevertedAndDateKeptWhole(t *testing.T) {
	d, h := newHost(t, posting())
	d.Keys("tab", "tab", "31/12/2026")
	d.WantScreen("2026-12-31", "YYYY-MM-DD")
	d.Keys("esc")
	if h.last != form.Cancelled || h.f.Valid() {
		t.Fatalf("esc: %v, valid %v", h.last, h.f.Valid())
	}
	h.f.RevertInvalid()
	if _, ok := h.f.Candidate(h.posting); !ok {
		t.Fatal("still not valid after reverting")
	}
}

// A field typed and valid is not applied while another field is not
// valid; Settled is what it would keep, for saving on the way out.
func TestFormSettledKeepsTheValidFields(t *testing.T) {
	p := posting()
	d, h := newHost(t, p)
	d.Keys("tab", "tab", "31/12", "shift+tab", "backspace", "x")
	if h.posting.Location.City != p.Location.City {
		t.Fatal("applied while a field is not valid")
	}
	got, ok := h.f.Settled(h.posting)
	if !ok || got.Location.City != p.Location.City[:299]+"x" || got.ValidThrough != p.ValidThrough {
		t.Fatalf("settled %v: city of %d, closing %q", ok, len(got.Location.City), got.ValidThrough)
	}
	if h.f.Valid() {
		t.Fatal("Settled cleared the form's messages")
	}
	d2, h2 := newHost(t, p)
	d2.Keys("tab", "tab", "31/12")
	if _, ok := h2.f.Settled(h2.posting); ok {
		t.Fatal("nothing valid was typed, yet Settled has something")
	}
}

// A value that looks mistyped (model.Posting.Warnings) is shown under its
// field and still applied: a warning never holds the form back.
func TestFormWarningShowsAndApplies(t *testing.T) {
	c := uitest.NewCommon(t, common.Dark)
	p := posting()
	p.Salary = model.Salary{Currency: "EUR", Period: "YEAR"}
	h := &host{posting: p, f: form.New(c,
		form.Text(c.Styles.Theme, "Minimum", "salary.min", "", 20, func(p *model.Posting, v string) error {
			n, err := model.ParseSalaryAmount(v)
			p.Salary.Min = n
			return err
		}),
	)}
	d := uitest.NewDriver(t, h, 80, 24)
	d.Keys("75")
	d.WantScreen("! 75 EUR per year is unusually low — did you mean 75,000?")
	if !h.f.Valid() || h.posting.Salary.Min != 75 {
		t.Fatalf("valid %v, min %v", h.f.Valid(), h.posting.Salary.Min)
	}
	d.Keys("k")
	d.RejectScreen("unusually low")
}
