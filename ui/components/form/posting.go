package form

import (
	"math"
	"strconv"
	"strings"

	"jobpost/data"
	"jobpost/model"
	"jobpost/ui/common"
)

// The posting's fields that more than one form asks for (the editor's
// sections and the wizard's details step), built in one place so that
// they read and check alike.

// Amount is a pay amount typed as people type it ("120k", "150.000",
// "€75k"): model.ParseSalary reads it, and a currency typed with it becomes
// the posting's; empty is "not stated".
func Amount(theme common.Theme, label, problem string, v float64, set func(*model.Posting, float64)) Field {
	return Text(theme, label, problem, AmountText(v), 20, func(p *model.Posting, s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			set(p, 0)
			return nil
		}
		n, currency, err := model.ParseSalary(s)
		if err != nil {
			return err
		}
		set(p, n)
		if currency != "" { // "€75k": the currency field, if changed too, is applied after
			p.Salary.Currency = currency
		}
		return nil
	})
}

// AmountText writes an amount for editing: "" for none, no thousands
// separators, cents only when there are any.
func AmountText(v float64) string {
	if v <= 0 {
		return ""
	}
	if v == math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// Currency is a pay currency, an ISO 4217 code (checked by the posting's
// problems), upper-cased as it is written.
func Currency(theme common.Theme, value string) Field {
	return Text(theme, "Currency", "salary.currency", value, 3, func(p *model.Posting, s string) error {
		p.Salary.Currency = strings.ToUpper(strings.TrimSpace(s))
		return nil
	})
}

// WorkplaceChoices are the catalog's workplace types after "not stated".
func WorkplaceChoices(cat *data.Catalog) []Choice {
	kinds := []Choice{{Value: "", Label: "not stated"}}
	for _, w := range cat.WorkplaceTypes {
		kinds = append(kinds, Choice{Value: w.ID, Label: w.Name})
	}
	return kinds
}

// EmploymentChoices are the catalog's employment types after "not stated".
func EmploymentChoices(cat *data.Catalog) []Choice {
	kinds := []Choice{{Value: "", Label: "not stated"}}
	for _, t := range cat.EmploymentTypes {
		kinds = append(kinds, Choice{Value: t.ID, Label: t.Name})
	}
	return kinds
}

// PeriodChoices are the pay periods after "not stated".
func PeriodChoices() []Choice {
	return []Choice{{Value: "", Label: "not stated"}, {Value: "YEAR", Label: "per year"}, {Value: "MONTH", Label: "per month"},
		{Value: "WEEK", Label: "per week"}, {Value: "DAY", Label: "per day"}, {Value: "HOUR", Label: "per hour"}}
}
