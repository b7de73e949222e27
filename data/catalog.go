// Package data is jobpost's catalog: the roles, seniority levels, skills,
// responsibilities, qualifications and other picklists a posting is built
// from. The built-in catalog is embedded JSON, loaded and validated once.
package data

// Catalog is everything the picklists offer.
type Catalog struct {
	Roles            []Role           `json:"roles"`
	Seniority        []Level          `json:"seniority"`
	SkillCategories  []Category       `json:"skill_categories"`
	Skills           []Skill          `json:"skills"`
	Responsibilities []Responsibility `json:"responsibilities"`
	Qualifications   []Qualification  `json:"qualifications"`
	Benefits         []Benefit        `json:"benefits"`
	WorkplaceTypes   []Choice         `json:"workplace_types"`
	EmploymentTypes  []Choice         `json:"employment_types"`
	EEOStatements    []Statement      `json:"eeo_statements"`

	index index
}

// Role is a role family with the job titles it goes by.
type Role struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`    // e.g. "Backend engineering"
	Titles  []string `json:"titles"`  // title variants, the first the usual one
	Summary string   `json:"summary"` // a one-line introduction for a posting
	// DefaultSkills are skill ids pre-marked must-have for this family.
	DefaultSkills []string `json:"default_skills"`
}

// Level is one rung of the seniority ladder.
type Level struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	MinYears  int    `json:"min_years"`
	MaxYears  int    `json:"max_years"` // 0: no upper bound
	Ownership string `json:"ownership"` // what someone at this level is trusted with
	// TitleFormat turns a role title into this level's, "%s" standing for it:
	// "Senior %s".
	TitleFormat string `json:"title_format"`
	// EmploymentType is the schema.org employment type a posting at this
	// level usually has; empty means FULL_TIME.
	EmploymentType string `json:"employment_type,omitempty"`
}

// Category groups skills in the picker.
type Category struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Skill is a technology, practice or ability a posting can ask for.
type Skill struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Category string   `json:"category"`
	Roles    []string `json:"roles"` // role family ids it suits
}

// Responsibility is one line of "what you will do".
type Responsibility struct {
	ID      string   `json:"id"`
	Role    string   `json:"role"`
	Text    string   `json:"text"`
	Levels  []string `json:"levels"`  // seniority ids it suits
	Default bool     `json:"default"` // pre-checked for those levels
}

// Qualification is one line of "what you bring", for one seniority level.
type Qualification struct {
	ID        string `json:"id"`
	Seniority string `json:"seniority"`
	Text      string `json:"text"`
}

// Benefit is one perk or provision a company offers.
type Benefit struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Choice is one value of a fixed vocabulary, such as an employment type.
type Choice struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Statement is a ready-made paragraph, such as an equal-opportunity statement.
type Statement struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Text string `json:"text"`
}
