package model

// CompanyProfile is what a recruiter enters once and every new posting
// starts from: the company, its benefits and equal-opportunity statement,
// and the usual location and pay currency.
type CompanyProfile struct {
	Company  Company  `json:"company"`
	Benefits []string `json:"benefits"`
	EEO      string   `json:"eeo"`
	Location Location `json:"location"`
	Currency string   `json:"currency"`
	// Employees is the company's headcount, for the laws that apply only
	// from some size on; 0 means unknown.
	Employees int `json:"employees,omitempty"`
	// Home is where the company is based (country and region), for the
	// laws that follow the employer or the office a remote job reports to.
	// Empty means Location.
	Home Location `json:"home,omitzero"`
}

// HomeLocation is where the company is based: Home, else the usual
// Location.
func (c CompanyProfile) HomeLocation() Location {
	if c.Home != (Location{}) {
		return c.Home
	}
	return c.Location
}

// Apply fills the company parts of p from the profile. Parts the posting
// already has are kept.
func (c CompanyProfile) Apply(p *Posting) {
	if p.Company == (Company{}) {
		p.Company = c.Company
	}
	if len(p.Benefits) == 0 {
		p.Benefits = append([]string(nil), c.Benefits...)
	}
	if p.EEO == "" {
		p.EEO = c.EEO
	}
	if p.Location == (Location{}) {
		p.Location = c.Location
	}
	if p.Salary.Currency == "" {
		p.Salary.Currency = c.Currency
	}
}
