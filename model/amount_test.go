package model

import (
	"testing"
	"time"
)

func TestParseSalaryAmount(t *testing.T) {
	for in, want := range map[string]float64{
		// plain, and grouped by commas, dots, spaces or apostrophes
		"75000": 75000, "120000": 120000, " 95 ": 95, "0": 0,
		"75,000": 75000, "1,200,000": 1200000, "75.000": 75000, "1.200.000": 1200000,
		"75 000": 75000, "75\u00a0000": 75000, "75\u202f000": 75000, "1 200 000": 1200000, "75'000": 75000,
		"85.555": 85555,
		// decimals, British/US and European
		"42.50": 42.5, "42.5": 42.5, "42,50": 42.5, "12,00": 12, "1,234.56": 1234.56,
		"75.000,50": 75000.5, "75,000.50": 75000.5, "75 000,50": 75000.5, "1.234.567,89": 1234567.89,
		// thousands
		"75k": 75000, "120K": 120000, "1.5k": 1500, "7,5k": 7500, "0.1k": 100, "75 k": 75000,
		// currencies, before or after
		"€75k": 75000, "$75k": 75000, "75k EUR": 75000, "EUR 75000": 75000, "75.000 €": 75000,
		"£42.50": 42.5, "US$ 120,000": 120000, "75k eur": 75000,
	} {
		got, err := ParseSalaryAmount(in)
		if err != nil || got != want {
			t.Errorf("ParseSalaryAmount(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "k", "-5", "+5", "1e5", "1,2345", ",120", "120,", "12.", ".5",
		"NaN", "Inf", "0x10", "1.2.3", "120kk", "１２０", "75,000,50", "75.000.50", "1,000.000,00",
		"75  000", "75 00", "7 5000", "0.500", "75.000,505", "€", "EUR", "€75k USD", "75 XYZ", "75k EURO",
		"1 000.000"} {
		if got, err := ParseSalaryAmount(in); err == nil {
			t.Errorf("ParseSalaryAmount(%q) = %v, want an error", in, got)
		}
	}
}

func TestParseSalaryReturnsTheCurrency(t *testing.T) {
	for in, want := range map[string]string{
		"€75k": "EUR", "$75k": "USD", "75k EUR": "EUR", "75k usd": "USD", "£40,000": "GBP",
		"75000": "", "CHF 120'000": "CHF", "€75k EUR": "EUR", "75.000 €": "EUR", "zł 9 000": "PLN",
	} {
		_, got, err := ParseSalary(in)
		if err != nil || got != want {
			t.Errorf("ParseSalary(%q) currency = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestAmountWarning(t *testing.T) {
	for _, c := range []struct {
		amount           float64
		currency, period string
		want             string
	}{
		{75, "EUR", "YEAR", "75 EUR per year is unusually low — did you mean 75,000?"},
		{999.5, "", "YEAR", "999.50 per year is unusually low — did you mean 999,500?"},
		{1000, "EUR", "YEAR", ""},
		{75000, "EUR", "YEAR", ""},
		{75, "EUR", "MONTH", ""},
		{0, "EUR", "YEAR", ""},
		{1500, "USD", "HOUR", "1,500 USD per hour is unusually high — did you mean per year or per month?"},
		{1000, "USD", "HOUR", ""},
		{45, "USD", "HOUR", ""},
	} {
		if got := AmountWarning(c.amount, c.currency, c.period); got != c.want {
			t.Errorf("AmountWarning(%v, %q, %q) = %q, want %q", c.amount, c.currency, c.period, got, c.want)
		}
	}
	s := Salary{Min: 75, Max: 95000, Currency: "EUR", Period: "YEAR"}
	w := s.Warnings()
	if len(w) != 1 || w[0].Field != "salary.min" {
		t.Errorf("Warnings() = %v, want one on salary.min", w)
	}
	// A warning is not a problem: the draft may keep the amount.
	p := Posting{Title: "t", Status: StatusDraft, Salary: s}
	if pr := p.Problems(); len(pr) != 0 {
		t.Errorf("Problems() = %v", pr)
	}
}

func TestParseClosingDate(t *testing.T) {
	today := time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"2027-01-31": "2027-01-31", "31.01.2027": "2027-01-31", "1.2.2027": "2027-02-01",
		" 2026-12-01 ": "2026-12-01", "01.12.2026": "2026-12-01", "": "",
	} {
		got, err := ParseClosingDate(in, today)
		if err != nil || got != want {
			t.Errorf("ParseClosingDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, msg := range map[string]string{
		"2020-01-01": "is in the past (today is 2026-12-01); boards drop a posting once its closing date has passed",
		"30.11.2026": "is in the past (today is 2026-12-01); boards drop a posting once its closing date has passed",
		"31/01/2027": "write the date as 2027-01-31 or 31.01.2027",
		"2027-02-30": "write the date as 2027-01-31 or 31.01.2027",
		"31.13.2027": "write the date as 2027-01-31 or 31.01.2027",
		"tomorrow":   "write the date as 2027-01-31 or 31.01.2027",
		"2027-1-31":  "write the date as 2027-01-31 or 31.01.2027",
	} {
		if got, err := ParseClosingDate(in, today); err == nil || err.Error() != msg {
			t.Errorf("ParseClosingDate(%q) = %q, %v; want %q", in, got, err, msg)
		}
	}
	// Today is read in its own location: just after midnight in Tokyo is
	// still the day before in UTC.
	tokyo := time.Date(2026, 12, 2, 0, 30, 0, 0, time.FixedZone("JST", 9*3600))
	if _, err := ParseClosingDate("2026-12-01", tokyo); err == nil {
		t.Error("2026-12-01 accepted on 2 December in Tokyo")
	}
}
