// Package data is jobpost's catalog: the roles, seniority levels, skills,
// responsibilities, qualifications and other picklists a posting is built
// from. The built-in catalog is embedded JSON, loaded and validated once.
package data

import "jobpost/model"

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
	// RoleLevels say what each role family asks at each seniority level:
	// its summary and its must-have skills.
	RoleLevels []RoleLevel `json:"role_levels"`
	// Countries are the ISO 3166-1 countries, by alpha-2 code: the
	// built-in catalog's come from model.Countries.
	Countries []Country `json:"countries"`
	// RuleKeys are the posting checks' rule tables a company catalog file
	// may carry; the catalog only accepts them (LoadRulesWithUser reads
	// them from the same file) and never writes them.
	RuleKeys

	index index
}

// Role is a role family with the job titles it goes by.
type Role struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`   // e.g. "Backend engineering"
	Titles []string `json:"titles"` // title variants, the first the usual one
	// Summary is a one-line introduction for a posting at no particular
	// level; each level has its own in RoleLevels.
	Summary string `json:"summary"`
	// DefaultSkills are skill ids pre-marked must-have for this family at a
	// level RoleLevels says nothing about.
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
	// Education is the schema.org credentialCategory a posting at this
	// level asks for ("bachelor degree"); empty asks for none.
	Education string `json:"education,omitempty"`
	// ExperienceInPlaceOfEducation says experience may stand in for it.
	ExperienceInPlaceOfEducation bool `json:"experience_in_place_of_education,omitempty"`
}

// RoleLevel is what one role family asks at one seniority level.
type RoleLevel struct {
	Role  string `json:"role"`
	Level string `json:"level"`
	// Summary is two to four sentences on what the person will own, with
	// whom, and how the role grows.
	Summary string `json:"summary"`
	// Skills are the skill ids pre-marked must-have.
	Skills []string `json:"skills"`
}

// Country is one ISO 3166-1 country or territory. The built-in ones are
// model's table (model.Countries), the one list the formats name
// countries from too; a company catalog may add or rename some.
type Country = model.Country

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
	// Tags mark what a skill is about where rules depend on it: "design"
	// (designing systems and architecture) and "lead" (mentoring, leading).
	Tags []string `json:"tags,omitempty"`
}

// Responsibility is one line of "what you will do".
type Responsibility struct {
	ID      string   `json:"id"`
	Role    string   `json:"role"`
	Text    string   `json:"text"`
	Levels  []string `json:"levels"`  // seniority ids it suits
	Default bool     `json:"default"` // pre-checked for those levels
	// Tags mark what a duty is about: "design" (designing systems),
	// "lead" (leading or mentoring people) and "direction" (setting
	// direction across teams).
	Tags []string `json:"tags,omitempty"`
}

// Qualification is one line of "what you bring", for one seniority level,
// written as a "You …" sentence.
type Qualification struct {
	ID        string `json:"id"`
	Seniority string `json:"seniority"`
	Text      string `json:"text"`
	// Roles are the role families it is written for; none means every one.
	Roles []string `json:"roles,omitempty"`
	// Kind is "experience" for the line stating years of experience,
	// "education" for the one stating schooling, else empty.
	Kind string `json:"kind,omitempty"`
}

// The tags and kinds rules depend on.
const (
	TagDesign      = "design"
	TagLead        = "lead"
	TagDirection   = "direction"
	KindExperience = "experience"
	KindEducation  = "education"
)

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
