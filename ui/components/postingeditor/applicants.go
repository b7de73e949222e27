package postingeditor

import (
	"fmt"
	"slices"
	"strings"

	"jobpost/model"
)

// Where applicants to a remote posting may live ("open to applicants in"),
// typed as names or codes separated by commas ("Germany, Ontario, US-CO,
// EU") and kept as place codes (DE, CA-ON, US-CO, EU): the pay laws of
// those places apply, and JSON-LD states them.

// placeCodes reads what was typed as place codes, each once, in order; an
// error names the first it cannot place.
func placeCodes(typed string) ([]string, error) {
	var codes []string
	for _, part := range strings.Split(typed, ",") {
		part = model.CleanLine(part)
		if part == "" {
			continue
		}
		code := placeCode(part)
		if code == "" {
			return nil, fmt.Errorf("“%s” is not a place jobpost knows; use names or codes such as US, US-CO, CA-ON, EU", part)
		}
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	return codes, nil
}

// placeCode is one place as typed, as a code; "" when it is not one.
func placeCode(s string) string {
	if code := model.RegionCode("", s); code != "" {
		return code // a region's name ("Ontario") or full code ("us-co")
	}
	code := model.CountryCode(s)
	if code == model.EU || code != "" && model.PlaceName(code) != code {
		return code // a country the tables name, not any two letters
	}
	return ""
}

// placeList writes codes for editing.
func placeList(codes []string) string { return strings.Join(codes, ", ") }
