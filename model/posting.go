// Package model is jobpost's domain: a job posting, its parts and the pure
// functions that check it and turn it into the formats boards take. It knows
// nothing of terminals or databases.
package model

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"time"
)

// SchemaVersion is the version of the Posting JSON layout written by this
// build. Stored drafts and interchange files carry it as schema_version.
const SchemaVersion = 1

// Posting is one job posting: a draft while it is being written, and the
// lossless interchange record (`jobpost export --format json`).
type Posting struct {
	SchemaVersion    int        `json:"schema_version"`
	ID               string     `json:"id"`
	Title            string     `json:"title"`
	Role             string     `json:"role"`      // catalog role family id, e.g. "backend"
	Seniority        string     `json:"seniority"` // catalog seniority id, e.g. "senior"
	Summary          string     `json:"summary"`
	Responsibilities []string   `json:"responsibilities"`
	Skills           Skills     `json:"skills"`
	Qualifications   []string   `json:"qualifications"`
	Benefits         []string   `json:"benefits"`
	Company          Company    `json:"company"`
	Location         Location   `json:"location"`
	Workplace        Workplace  `json:"workplace,omitempty"`
	EmploymentType   string     `json:"employment_type,omitempty"` // schema.org vocabulary, e.g. FULL_TIME
	Salary           Salary     `json:"salary"`
	Apply            Apply      `json:"apply"`
	EEO              string     `json:"eeo"`
	Status           Status     `json:"status"`
	Posted           Placements `json:"posted,omitempty"`
	ValidThrough     string     `json:"valid_through,omitempty"` // YYYY-MM-DD, when the posting closes
	CreatedAt        time.Time  `json:"created_at"`
	UpdatedAt        time.Time  `json:"updated_at"`
	// CreatedBy and UpdatedBy name who created the draft and who saved it
	// last, in a team library (jobpost serve); empty in a library of one.
	CreatedBy string `json:"created_by,omitempty"`
	UpdatedBy string `json:"updated_by,omitempty"`

	// ApplicantLocations says, for remote work, where applicants may live:
	// ISO 3166 country codes ("US"), subdivision codes ("US-CO", "CA-ON")
	// or "EU" for every member state. Empty means Location says it.
	ApplicantLocations []string `json:"applicant_locations,omitempty"`
}

// Skills splits what a candidate must bring from what would be welcome.
type Skills struct {
	Required  []string `json:"required"`
	Preferred []string `json:"preferred"`
}

// Company is the hiring organisation as shown in the posting.
type Company struct {
	Name    string `json:"name"`
	About   string `json:"about"`
	Website string `json:"website"`
}

// Location is where the work happens (or, for remote work, where applicants
// must live).
type Location struct {
	City    string `json:"city"`
	Region  string `json:"region"`
	Country string `json:"country"`
}

// Salary is a pay range. Zero Min and Max mean "not stated".
type Salary struct {
	Min      float64 `json:"min"`
	Max      float64 `json:"max"`
	Currency string  `json:"currency"`
	Period   string  `json:"period"` // HOUR, DAY, WEEK, MONTH or YEAR
}

// Apply says how candidates apply: a URL, an e-mail address, or both.
type Apply struct {
	URL   string `json:"url"`
	Email string `json:"email"`
}

// Placement is one board a posting went live on: when, and where the live
// ad is if the user said.
type Placement struct {
	Board string    `json:"board"`
	On    time.Time `json:"on"`
	URL   string    `json:"url,omitempty"`
}

// Placements are the boards a posting went live on, in the order it first
// went live on each. JSON reads one object too: jobpost wrote a single
// {"board", "on"} before it kept every board.
type Placements []Placement

// UnmarshalJSON reads a list, or the single object older files hold.
func (ps *Placements) UnmarshalJSON(b []byte) error {
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
		var one Placement
		if err := json.Unmarshal(t, &one); err != nil {
			return err
		}
		*ps = Placements{one}
		return nil
	}
	var list []Placement
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	*ps = list
	return nil
}

// First is the placement that went live earliest (JSON-LD's datePosted).
func (ps Placements) First() (Placement, bool) {
	if len(ps) == 0 {
		return Placement{}, false
	}
	first := ps[0]
	for _, pl := range ps[1:] {
		if pl.On.Before(first.On) {
			first = pl
		}
	}
	return first, true
}

// Workplace is where the work is done.
type Workplace string

// The workplace types.
const (
	Onsite Workplace = "onsite"
	Hybrid Workplace = "hybrid"
	Remote Workplace = "remote"
)

// Status is how far a posting has come.
type Status string

// The statuses, in the order a posting moves through them.
const (
	StatusDraft  Status = "draft"
	StatusReady  Status = "ready"
	StatusPosted Status = "posted"
)

// Clone returns a copy of p that shares no lists or pointers with it, for
// handing to another goroutine (a save) while p goes on being edited.
func (p Posting) Clone() Posting {
	p.Responsibilities = slices.Clone(p.Responsibilities)
	p.Skills.Required = slices.Clone(p.Skills.Required)
	p.Skills.Preferred = slices.Clone(p.Skills.Preferred)
	p.Qualifications = slices.Clone(p.Qualifications)
	p.Benefits = slices.Clone(p.Benefits)
	p.ApplicantLocations = slices.Clone(p.ApplicantLocations)
	p.Posted = slices.Clone(p.Posted)
	return p
}

// New returns an empty draft with a fresh id, created and updated at now
// (to the second: see Stamp).
func New(now time.Time) Posting {
	return Posting{
		SchemaVersion: SchemaVersion,
		ID:            NewID(),
		Status:        StatusDraft,
		CreatedAt:     Stamp(now),
		UpdatedAt:     Stamp(now),
	}
}

// Describe lists the boards with the day each went live, in the local
// time zone, as layout writes it: "LinkedIn 23 Nov, Greenhouse 24 Nov".
// A board without a name or a date shows what it has.
func (ps Placements) Describe(layout string) string {
	parts := make([]string, 0, len(ps))
	for _, pl := range ps {
		where := CleanLine(pl.Board)
		if !pl.On.IsZero() {
			where = strings.TrimSpace(where + " " + pl.On.Local().Format(layout))
		}
		if where != "" {
			parts = append(parts, where)
		}
	}
	return strings.Join(parts, ", ")
}

// MarkPosted records that p went live on board at on (to the second),
// with the live ad at url if given: its status becomes posted. A board it
// was already on (the same name in any case) gets the new date, and the
// new URL if one is given; the other boards stay. (The caller stamps
// UpdatedAt as it saves.)
func (p *Posting) MarkPosted(board, url string, on time.Time) {
	p.Status = StatusPosted
	board, url = CleanLine(board), CleanLine(url)
	for i, pl := range p.Posted {
		if strings.EqualFold(CleanLine(pl.Board), board) {
			p.Posted = slices.Clone(p.Posted) // never write through a list another copy shares
			p.Posted[i].On = Stamp(on)
			if url != "" {
				p.Posted[i].URL = url
			}
			return
		}
	}
	p.Posted = append(slices.Clip(p.Posted), Placement{Board: board, On: Stamp(on), URL: url})
}
