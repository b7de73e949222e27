package model

import (
	"encoding/json"
	"strings"
	"time"
)

// Summary is what a list of drafts shows of one posting. Storage keeps it in
// an index of its own so a list of thousands never decodes whole drafts.
type Summary struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Role      string    `json:"role"`
	Seniority string    `json:"seniority"`
	Location  string    `json:"location"`
	Status    Status    `json:"status"`
	Skills    []string  `json:"skills,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
	// CreatedBy and UpdatedBy are the posting's (a team library's users).
	CreatedBy string `json:"created_by,omitempty"`
	UpdatedBy string `json:"updated_by,omitempty"`
	// Where and when a posted posting went live: every board, without
	// the ads' URLs (the list does not show them).
	Posted Placements `json:"posted,omitempty"`
}

// UnmarshalJSON also reads the summaries jobpost wrote before it kept
// every board, with one posted_board and posted_on.
func (s *Summary) UnmarshalJSON(b []byte) error {
	type plain Summary // without this method
	var v struct {
		plain
		PostedBoard string    `json:"posted_board"`
		PostedOn    time.Time `json:"posted_on"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Summary(v.plain)
	s.AdoptLegacyPosted(v.PostedBoard, v.PostedOn)
	return nil
}

// AdoptLegacyPosted takes the one board an older summary names, when it
// names no list.
func (s *Summary) AdoptLegacyPosted(board string, on time.Time) {
	if len(s.Posted) == 0 && (board != "" || !on.IsZero()) {
		s.Posted = Placements{{Board: board, On: on}}
	}
}

// Summarize returns the list entry for p.
func (p Posting) Summarize() Summary {
	skills := make([]string, 0, len(p.Skills.Required)+len(p.Skills.Preferred))
	skills = append(skills, p.Skills.Required...)
	skills = append(skills, p.Skills.Preferred...)
	sum := Summary{
		ID:        p.ID,
		Title:     p.Title,
		Role:      p.Role,
		Seniority: p.Seniority,
		Location:  p.Location.String(),
		Status:    p.Status,
		Skills:    skills,
		UpdatedAt: p.UpdatedAt,
		CreatedBy: p.CreatedBy,
		UpdatedBy: p.UpdatedBy,
	}
	if len(p.Posted) > 0 {
		sum.Posted = make(Placements, len(p.Posted))
		for i, pl := range p.Posted {
			sum.Posted[i] = Placement{Board: pl.Board, On: pl.On}
		}
	}
	return sum
}

// String joins the parts of a location that are set, e.g. "Berlin, Germany".
func (l Location) String() string {
	parts := make([]string, 0, 3)
	// A country stored as its ISO code reads as its name.
	country := strings.TrimSpace(l.Country)
	if len(country) == 2 {
		country = PlaceName(strings.ToUpper(country))
	}
	for _, s := range []string{l.City, l.Region, country} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}
