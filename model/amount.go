package model

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// errAmount is what ParseSalary says about anything it cannot read.
var errAmount = errors.New(`not an amount up to 1,000,000,000,000; write it like 75000, 75,000, 75.000, 75 000, 75k, €75k or 42.50`)

// errTwoCurrencies: "€75k USD" names two currencies; which one is meant?
var errTwoCurrencies = errors.New("names two different currencies; keep one")

// MaxSalaryAmount is the largest pay amount a posting may state: far above
// any real salary in any currency, and small enough to print exactly.
const MaxSalaryAmount = 1e12

// currencySymbols are the symbols people type before or after an amount,
// longest first so "US$" wins over "$". "$" alone is taken as US dollars:
// Canadians and Australians write "75k CAD" or pick the currency field.
var currencySymbols = []struct{ symbol, code string }{
	{"US$", "USD"}, {"€", "EUR"}, {"$", "USD"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"},
	{"₩", "KRW"}, {"₪", "ILS"}, {"₺", "TRY"}, {"₱", "PHP"}, {"₴", "UAH"}, {"₦", "NGN"}, {"zł", "PLN"},
}

// ParseSalaryAmount reads a pay amount as people type it (see
// ParseSalary) and drops any currency written with it.
func ParseSalaryAmount(s string) (float64, error) {
	v, _, err := ParseSalary(s)
	return v, err
}

// ParseSalary reads a pay amount as people type it, and the currency
// written with it if any ("" when none):
//
//   - digits grouped in thousands by commas, dots, spaces (also the
//     no-break and narrow no-break spaces) or apostrophes: 75,000, 75.000,
//     75 000, 75'000;
//   - decimals after a dot or a comma, one or two digits: 42.50, 42,5,
//     75.000,50, 75,000.50. When both appear the last one marks the
//     decimals; a lone separator followed by exactly three digits groups
//     thousands (75.000 is 75000, not 75);
//   - k or K for thousands: 75k, 7.5k;
//   - a currency symbol or ISO 4217 code before or after: €75k, $75k,
//     75k EUR, EUR 75000. "$" is taken as USD.
//
// The amount is rounded to cents, never negative and at most
// MaxSalaryAmount.
func ParseSalary(s string) (amount float64, currency string, err error) {
	s, currency, err = cutCurrency(strings.TrimSpace(s))
	if err != nil {
		return 0, "", err
	}
	mult := 1.0
	if strings.HasSuffix(s, "k") || strings.HasSuffix(s, "K") {
		mult = 1000
		s = strings.TrimSpace(s[:len(s)-1])
	}
	num, ok := plainNumber(s)
	if !ok {
		return 0, "", errAmount
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v*mult > MaxSalaryAmount {
		return 0, "", errAmount
	}
	return math.Round(v*mult*100) / 100, currency, nil
}

// cutCurrency takes a currency symbol or code off either end of s.
func cutCurrency(s string) (rest, code string, err error) {
	take := func(found string) error {
		if code != "" && code != found {
			return errTwoCurrencies
		}
		code = found
		return nil
	}
	for _, end := range []bool{false, true} { // the start, then the end
		for _, cs := range currencySymbols {
			if cut, ok := cutEnd(s, cs.symbol, end); ok {
				if err := take(cs.code); err != nil {
					return "", "", err
				}
				s = cut
				break
			}
		}
		if len(s) > 3 {
			i := 0
			if end {
				i = len(s) - 3
			}
			if c := strings.ToUpper(s[i : i+3]); KnownCurrency(c) {
				if err := take(c); err != nil {
					return "", "", err
				}
				s, _ = cutEnd(s, s[i:i+3], end)
			}
		}
	}
	return s, code, nil
}

// cutEnd cuts affix off the start (or the end) of s, and the spaces
// between them.
func cutEnd(s, affix string, end bool) (string, bool) {
	var ok bool
	if end {
		s, ok = strings.CutSuffix(s, affix)
	} else {
		s, ok = strings.CutPrefix(s, affix)
	}
	return strings.TrimSpace(s), ok
}

// groupSpaces are the characters that can only group thousands.
const groupSpaces = " \u00a0\u202f\u2009'’"

// plainNumber rewrites an amount written with any of ParseSalary's
// separators as digits with at most one decimal dot.
func plainNumber(s string) (string, bool) {
	// Each separator in order, with spaces and apostrophes as 'g'.
	var seps []byte
	var norm strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			norm.WriteRune(r)
		case r == ',' || r == '.':
			seps = append(seps, byte(r))
			norm.WriteRune(r)
		case strings.ContainsRune(groupSpaces, r):
			seps = append(seps, 'g')
			norm.WriteByte('g')
		default:
			return "", false
		}
	}
	n := norm.String()
	if n == "" || !isDigit(n[0]) || !isDigit(n[len(n)-1]) {
		return "", false
	}
	var group, decimal byte
	count := func(c byte) int { return strings.Count(string(seps), string(c)) }
	last := byte(0)
	if len(seps) > 0 {
		last = seps[len(seps)-1]
	}
	switch {
	case len(seps) == 0:
	case count('g') > 0:
		group = 'g'
		if last != 'g' {
			decimal = last
		}
	case count(',') > 0 && count('.') > 0:
		decimal = last
		group = ',' + '.' - last
	case len(seps) > 1:
		group = last
	default: // one separator: three digits after it group thousands
		whole, frac, _ := strings.Cut(n, string(last))
		if len(frac) == 3 && whole[0] != '0' {
			group = last
		} else {
			decimal = last
		}
	}
	whole, frac := n, ""
	if decimal != 0 {
		if count(decimal) != 1 {
			return "", false
		}
		whole, frac, _ = strings.Cut(n, string(decimal))
		if len(frac) == 0 || len(frac) > 2 || !allDigits(frac) {
			return "", false
		}
	}
	if group != 0 {
		groups := strings.Split(whole, string(group))
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return "", false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return "", false
			}
		}
		whole = strings.Join(groups, "")
	}
	if !allDigits(whole) {
		return "", false
	}
	if frac != "" {
		return whole + "." + frac, true
	}
	return whole, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// AmountWarning says when a pay amount is probably not what was meant: a
// yearly amount under 1,000 (someone typed 75 for 75,000) or an hourly one
// over 1,000 (a yearly or monthly figure under the wrong period). "" when
// the amount looks right, or is zero (not stated).
func AmountWarning(amount float64, currency, period string) string {
	stated := formatAmount(amount)
	if c := CleanLine(currency); c != "" {
		stated += " " + c
	}
	switch {
	case amount <= 0:
		return ""
	case period == "YEAR" && amount < 1000:
		return stated + " per year is unusually low — did you mean " + formatAmount(amount*1000) + "?"
	case period == "HOUR" && amount > 1000:
		return stated + " per hour is unusually high — did you mean per year or per month?"
	}
	return ""
}

// Warnings are the pay amounts that look mistyped (AmountWarning), under
// the field they belong to ("salary.min", "salary.max"). Unlike Problems
// they do not make the posting wrong: a draft keeps them, and the forms
// show them under the field.
func (s Salary) Warnings() []FieldError {
	var out []FieldError
	for _, f := range []struct {
		field  string
		amount float64
	}{{"salary.min", s.Min}, {"salary.max", s.Max}} {
		if w := AmountWarning(f.amount, s.Currency, s.Period); w != "" {
			out = append(out, FieldError{Field: f.field, Message: w})
		}
	}
	return out
}
