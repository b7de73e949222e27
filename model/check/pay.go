package check

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"jobpost/model"
)

// place is where a job is, or where its applicants may live, in codes.
type place struct {
	country, region string // "US", "US-CO"; country "EU" for the whole union
	city            string // lower case
}

func placeOf(l model.Location) place {
	country := model.CountryCode(l.Country)
	region := model.RegionCode(country, l.Region)
	if country == "" && region != "" {
		country = region[:2]
	}
	return place{country: country, region: region, city: strings.ToLower(model.CleanLine(l.City))}
}

func placeOfCode(code string) place {
	code = strings.ToUpper(strings.TrimSpace(code))
	if country, _, ok := strings.Cut(code, "-"); ok {
		return place{country: country, region: code}
	}
	return place{country: code}
}

// reach is how surely a rule covers a posting.
type reach int

const (
	noReach reach = iota
	mayReach
	fullReach
)

// coverage says whether row covers the posting, and why in a phrase
// ("the job is in Colorado"). Headcount and dates are judged apart.
func (r *payRow) coverage(p model.Posting, home place) (reach, string) {
	name := r.Name
	if p.Workplace != model.Remote {
		pl := placeOf(p.Location)
		switch {
		case len(r.Match.Cities) > 0:
			if slices.Contains(r.Match.Cities, pl.city) &&
				(slices.Contains(r.Match.Regions, pl.region) || pl.region == "" && (pl.country == "" || pl.country == r.Match.Regions[0][:2])) {
				return fullReach, "the job is in " + name
			}
		case len(r.Match.Regions) > 0:
			if slices.Contains(r.Match.Regions, pl.region) {
				return fullReach, "the job is in " + name
			}
		case slices.Contains(r.countries, pl.country):
			return fullReach, "the job is in " + name
		}
		return noReach, ""
	}

	best, why := noReach, ""
	better := func(n reach, w string) {
		if n > best {
			best, why = n, w
		}
	}
	var places []place
	for _, code := range p.ApplicantLocations {
		places = append(places, placeOfCode(code))
	}
	if len(places) == 0 {
		places = append(places, placeOf(p.Location))
	}
	for _, pl := range places {
		switch {
		case len(r.Match.Cities) > 0:
			if slices.Contains(r.Match.Regions, pl.region) {
				if slices.Contains(r.Match.Cities, pl.city) {
					better(fullReach, "the remote job is open to people in "+name)
				} else {
					better(mayReach, "the remote job is open to people in "+model.PlaceName(pl.region)+", who may work from "+name)
				}
			}
		case len(r.Match.Regions) > 0:
			switch {
			case slices.Contains(r.Match.Regions, pl.region):
				better(fullReach, "the remote job is open to people in "+name)
			case pl.region == "" && r.Match.Remote == RemoteResidents && slices.ContainsFunc(r.Match.Regions,
				func(reg string) bool { return strings.HasPrefix(reg, pl.country+"-") }):
				better(fullReach, "the remote job is open to people across "+countryName(pl.country)+", "+name+" included")
			}
		case pl.country == model.EU:
			if slices.Contains(r.Match.Countries, model.EU) {
				better(fullReach, "the remote job is open to people across the European Union")
			} else if len(r.countries) > 0 {
				better(mayReach, "the remote job is open to people across the European Union, "+name+" included")
			}
		case slices.Contains(r.countries, pl.country):
			better(fullReach, "the remote job is open to people in "+countryName(pl.country))
		}
	}
	homeHere := home.region != "" && slices.Contains(r.Match.Regions, home.region) && len(r.Match.Cities) == 0 ||
		len(r.Match.Regions) == 0 && home.country != "" && slices.Contains(r.countries, home.country)
	if homeHere {
		switch r.Match.Remote {
		case RemoteEmployer:
			better(fullReach, "the company is based in "+name)
		case RemoteOffice:
			better(mayReach, "a remote job reporting to an office in "+name+" is covered, and the company is based there")
		}
	}
	return best, why
}

// annual is how many of each pay period make a year, to compare a range's
// width with a yearly limit (a 40-hour week, 52 weeks).
var annual = map[string]float64{"HOUR": 2080, "DAY": 260, "WEEK": 52, "MONTH": 12, "YEAR": 1}

// payCheck judges the pay-transparency rows.
type payCheck struct {
	p      model.Posting
	prof   model.CompanyProfile
	c      *compiled
	s      *scan
	on     time.Time
	found  map[[2]int]hit // (row, requirement) → first phrase hit
	saidNo bool           // some finding says pay is missing
}

func (pc *payCheck) run() []Finding {
	pc.found = map[[2]int]hit{}
	for _, h := range pc.s.hits {
		if m := pc.c.meta[h.pat]; m.kind == patPhrase {
			k := [2]int{m.owner, m.sub}
			if _, seen := pc.found[k]; !seen {
				sec := pc.s.pieces[h.piece].section
				if secs := pc.c.pay[m.owner].Requirements[m.sub].Sections; len(secs) == 0 || slices.Contains(secs, sec) {
					pc.found[k] = h
				}
			}
		}
	}
	home := placeOf(pc.prof.HomeLocation())
	var out []Finding
	for i := range pc.c.pay {
		out = append(out, pc.row(i, home)...)
	}
	return out
}

func (pc *payCheck) row(i int, home place) []Finding {
	r := &pc.c.pay[i]
	if len(r.Requirements) == 0 {
		return nil
	}
	rch, why := r.coverage(pc.p, home)
	if rch == noReach {
		return nil
	}
	if r.MinEmployees > 1 {
		switch n := pc.prof.Employees; {
		case n == 0:
			rch = mayReach
			why += fmt.Sprintf("; it covers employers with %d or more employees, and the company profile gives no headcount", r.MinEmployees)
		case n < r.MinEmployees:
			return nil
		}
	}
	sev := Error
	if rch == mayReach {
		sev = Warning
	}
	lead := fmt.Sprintf("%s's pay-transparency rule (%s) applies: %s", r.Name, r.ID, why)
	if rch == mayReach {
		lead = fmt.Sprintf("%s's pay-transparency rule (%s) may apply: %s", r.Name, r.ID, why)
	}
	switch {
	case r.effective.IsZero():
		sev = Info
		lead = fmt.Sprintf("%s's pay-transparency rule (%s) is not in force yet (%s); once it is, it will cover this posting: %s", r.Name, r.ID, r.Status, why)
	case pc.on.Before(r.effective):
		sev = Info
		lead = fmt.Sprintf("%s's pay-transparency rule (%s) takes effect on %s and will cover this posting: %s", r.Name, r.ID, day(r.effective), why)
	case !r.enforced.IsZero() && pc.on.Before(r.enforced):
		sev = sev.lower(Warning)
		lead += fmt.Sprintf(" (in force since %s, enforced from %s)", day(r.effective), day(r.enforced))
	}
	sev = sev.lower(r.MaxSeverity)

	// A commission-only or tipped job that says so meets the pay
	// requirements of a row that allows it.
	commissionOnly := false
	for j, q := range r.Requirements {
		if _, ok := pc.found[[2]int{i, j}]; ok && q.Kind == ReqCommission {
			commissionOnly = true
		}
	}

	var out []Finding
	for j, q := range r.Requirements {
		qsev, qlead := sev, lead
		if from := r.from[j]; !from.IsZero() && pc.on.Before(from) && qsev != Info {
			qsev = Info
			qlead += fmt.Sprintf("; from %s", day(from))
		}
		qsev = qsev.lower(q.Severity)
		section, problem, suggest, ok := pc.requirement(i, j, commissionOnly)
		if ok {
			continue
		}
		if q.Note != "" && q.Kind != ReqReminder {
			problem += " (" + q.Note + ")"
		}
		if q.Kind == ReqReminder {
			if rch != fullReach || sev == Info {
				continue // a reminder only for a rule in force that surely applies
			}
			qsev = Info
		}
		if section == SectionPay {
			pc.saidNo = true
		}
		out = append(out, Finding{
			Rule:       "pay/" + r.ID,
			Severity:   qsev,
			Section:    section,
			Message:    qlead + ". " + problem,
			Suggestion: suggest,
			Source:     sources(r.Sources, r.Checked, r.Notes),
		})
	}
	return out
}

// requirement judges requirement j of row i.
func (pc *payCheck) requirement(i, j int, commissionOnly bool) (section, problem, suggest string, ok bool) {
	r := &pc.c.pay[i]
	q := r.Requirements[j]
	s := pc.p.Salary
	hasMin, hasMax := s.Min > 0, s.Max > 0
	commissionHint := ""
	if slices.ContainsFunc(r.Requirements, func(q Requirement) bool { return q.Kind == ReqCommission }) {
		commissionHint = " If the job pays only commission or tips, say so plainly instead."
	}
	found, said := pc.found[[2]int{i, j}]
	switch q.Kind {
	case ReqPay:
		if hasMin || hasMax || commissionOnly {
			return "", "", "", true
		}
		return SectionPay, "It asks for the pay or a pay range, and the posting states none.",
			"Fill in the Pay section with a good-faith range, e.g. 90,000–110,000 per year." + commissionHint, false
	case ReqPayRange:
		fixedOK := !r.fixedFrom[j].IsZero() && !pc.on.Before(r.fixedFrom[j])
		switch {
		case commissionOnly, hasMin && hasMax, fixedOK && (hasMin || hasMax):
			return "", "", "", true
		case hasMin || hasMax:
			return SectionPay, "It asks for a minimum and a maximum; the posting gives one amount, which reads as open-ended (\"from …\" or \"up to …\").",
				"Give both ends of the range you expect to pay in the Pay section." + commissionHint, false
		}
		return SectionPay, "It asks for a pay range with a minimum and a maximum, and the posting states none.",
			"Fill in the Pay section with the lowest and highest pay you would in good faith offer." + commissionHint, false
	case ReqPayMinimum:
		if !hasMin {
			if commissionOnly {
				return "", "", "", true
			}
			return SectionPay, "It asks for the minimum pay, and the posting states none.",
				"Fill in the minimum of the Pay section (the collective agreement's or the statutory minimum, or more).", false
		}
		if len(q.Periods) > 0 && !slices.Contains(q.Periods, s.Period) {
			return SectionPay, fmt.Sprintf("It asks for the pay per %s; the posting states it per %s.", periodList(q.Periods), strings.ToLower(cmpOr(s.Period, "unstated period"))),
				"State the pay per " + periodList(q.Periods) + " in the Pay section.", false
		}
		return "", "", "", true
	case ReqRangeWidth:
		f, known := annual[s.Period]
		if !hasMin || !hasMax || !known || q.Currency != "" && s.Currency != "" && s.Currency != q.Currency {
			return "", "", "", true
		}
		width, top := (s.Max-s.Min)*f, s.Max*f
		if width <= q.MaxWidth || q.ExemptAbove > 0 && top > q.ExemptAbove {
			return "", "", "", true
		}
		exempt := ""
		if q.ExemptAbove > 0 {
			exempt = fmt.Sprintf(" unless the top of the range is above %s", money(q.ExemptAbove, q.Currency))
		}
		return SectionPay, fmt.Sprintf("It allows a range at most %s wide a year%s; this one spans %s.", money(q.MaxWidth, q.Currency), exempt, money(width, q.Currency)),
			"Narrow the range to what you would really pay, or split the job by level.", false
	case ReqBenefits:
		if len(model.CleanList(pc.p.Benefits)) > 0 {
			return "", "", "", true
		}
		return SectionBenefits, "It asks for a general description of the benefits and other pay (bonus, equity, allowances), and the posting lists none.",
			"Add the benefits and any bonus, commission or equity to the Benefits section.", false
	case ReqDeadline:
		if pc.p.ValidThrough != "" {
			return "", "", "", true
		}
		return SectionApply, "It asks for the date applications close, and the posting has none.",
			"Set a closing date under How to apply (you may repost later).", false
	case ReqDescription:
		if model.CleanText(pc.p.Summary) != "" || len(model.CleanList(pc.p.Responsibilities)) > 0 {
			return "", "", "", true
		}
		return SectionSummary, "It asks for the job's description when there is one, and the posting has no summary or duties.",
			"Describe the job in the Summary and What you will do.", false
	case ReqCommission:
		return "", "", "", true // it only lets a commission-only statement stand for the pay
	case ReqStatement:
		if said {
			return "", "", "", true
		}
		sec := SectionSummary
		if len(q.Sections) > 0 {
			sec = q.Sections[0]
		}
		return sec, "The posting must say this, and it does not.", "Add a sentence saying it, e.g. " + example(q.Phrases) + ".", false
	case ReqForbidden:
		if !said {
			return "", "", "", true
		}
		return pc.s.pieces[found.piece].section, fmt.Sprintf("The posting says %q, which it must not.", pc.s.quote(found)),
			"Take it out, or ask for the skill itself (e.g. knowledge of local regulations).", false
	case ReqGenderMarker:
		if said {
			return "", "", "", true
		}
		return SectionTitle, "The title carries no gender marker.", "Add one after the title, e.g. \"Backend Engineer (m/w/d)\", or use a gender-neutral title.", false
	case ReqReminder:
		return SectionPay, "Remember: " + q.Note + ".", "No change to the posting is needed; plan for it in the hiring process.", false
	}
	return "", "", "", true
}

func example(ts []Term) string {
	if len(ts) == 0 {
		return ""
	}
	return fmt.Sprintf("%q", strings.ReplaceAll(strings.ReplaceAll(ts[0].Match, "*", ""), "#", "1"))
}

func periodList(ps []string) string {
	words := make([]string, len(ps))
	for i, p := range ps {
		words[i] = strings.ToLower(p)
	}
	return strings.Join(words, ", ")
}

func money(v float64, currency string) string {
	s := model.Thousands(int(v + 0.5))
	if currency != "" {
		s += " " + currency
	}
	return s
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// day writes a date as the findings do.
func day(t time.Time) string { return t.Format("2 January 2006") }

// sources cites rules by name and link, with the day they were checked.
func sources(ss []Source, checked, notes string) string {
	parts := make([]string, 0, len(ss))
	for _, s := range ss {
		if s.URL != "" {
			parts = append(parts, s.Name+" <"+s.URL+">")
		} else {
			parts = append(parts, s.Name)
		}
	}
	out := strings.Join(parts, "; ")
	if checked != "" {
		out += " (checked " + checked + ")"
	}
	if notes != "" {
		out += ". Note: " + notes
	}
	return out
}

// countryName names a country as a sentence does: "the United States".
func countryName(code string) string {
	name := model.PlaceName(code)
	switch {
	case code == "US", code == "GB", code == "NL", strings.Contains(name, "Republic"):
		return "the " + name // "the Netherlands"; but "Czechia"
	}
	return name
}
