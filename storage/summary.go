package storage

import (
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"jobpost/model"
)

// decodeSummary decodes a summary index entry. The drafts list decodes
// thousands of them at start-up, and encoding/json spends ~5 µs on each, so
// entries in the exact shape json.Marshal(model.Summary) writes take a
// direct path (one string copy out of the mmap, fields sliced from it);
// anything else (escapes, unknown keys, nulls) goes to encoding/json.
func decodeSummary(v []byte) (model.Summary, error) {
	if sum, ok := fastSummary(string(v)); ok {
		return sum, nil
	}
	var sum model.Summary
	err := json.Unmarshal(v, &sum)
	return sum, err
}

func fastSummary(s string) (sum model.Summary, ok bool) {
	if !utf8.ValidString(s) {
		return sum, false
	}
	d := summaryScanner{s: s}
	var legacyBoard string
	var legacyOn time.Time
	if !d.consume('{') {
		return sum, false
	}
	if d.consume('}') {
		return sum, d.i == len(d.s)
	}
	for {
		key, ok := d.str()
		if !ok || !d.consume(':') {
			return sum, false
		}
		switch key {
		case "id":
			sum.ID, ok = d.str()
		case "title":
			sum.Title, ok = d.str()
		case "role":
			sum.Role, ok = d.str()
		case "seniority":
			sum.Seniority, ok = d.str()
		case "location":
			sum.Location, ok = d.str()
		case "status":
			var st string
			st, ok = d.str()
			sum.Status = model.Status(st)
		case "skills":
			sum.Skills, ok = d.strs()
		case "updated_at":
			sum.UpdatedAt, ok = d.time()
		case "created_by":
			sum.CreatedBy, ok = d.str()
		case "updated_by":
			sum.UpdatedBy, ok = d.str()
		case "posted":
			sum.Posted, ok = d.placements()
		case "posted_board": // written before summaries kept every board
			legacyBoard, ok = d.str()
		case "posted_on":
			legacyOn, ok = d.time()
		default:
			return sum, false
		}
		if !ok {
			return sum, false
		}
		if d.consume('}') {
			sum.AdoptLegacyPosted(legacyBoard, legacyOn)
			return sum, d.i == len(d.s)
		}
		if !d.consume(',') {
			return sum, false
		}
	}
}

// summaryScanner reads the compact JSON json.Marshal writes: no spaces.
// time reads a string holding an RFC 3339 time.
func (d *summaryScanner) time() (time.Time, bool) {
	ts, ok := d.str()
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, ts)
	return t, err == nil
}

type summaryScanner struct {
	s string
	i int
}

func (d *summaryScanner) consume(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// str reads a string without escapes or control characters.
func (d *summaryScanner) str() (string, bool) {
	if !d.consume('"') {
		return "", false
	}
	end := strings.IndexByte(d.s[d.i:], '"')
	if end < 0 {
		return "", false
	}
	out := d.s[d.i : d.i+end]
	for j := 0; j < len(out); j++ {
		if out[j] == '\\' || out[j] < 0x20 {
			return "", false
		}
	}
	d.i += end + 1
	return out, true
}

func (d *summaryScanner) strs() ([]string, bool) {
	if !d.consume('[') {
		return nil, false
	}
	out := make([]string, 0, 8)
	if d.consume(']') {
		return out, true
	}
	for {
		item, ok := d.str()
		if !ok {
			return nil, false
		}
		out = append(out, item)
		if d.consume(']') {
			return out, true
		}
		if !d.consume(',') {
			return nil, false
		}
	}
}

// placements reads the summary's boards: a list of {"board","on"} objects
// (and "url", which Summarize leaves out but another writer may not).
func (d *summaryScanner) placements() (model.Placements, bool) {
	if !d.consume('[') {
		return nil, false
	}
	out := make(model.Placements, 0, 2)
	if d.consume(']') {
		return out, true
	}
	for {
		var pl model.Placement
		if !d.consume('{') {
			return nil, false
		}
		for {
			key, ok := d.str()
			if !ok || !d.consume(':') {
				return nil, false
			}
			switch key {
			case "board":
				pl.Board, ok = d.str()
			case "on":
				pl.On, ok = d.time()
			case "url":
				pl.URL, ok = d.str()
			default:
				return nil, false
			}
			if !ok {
				return nil, false
			}
			if d.consume('}') {
				break
			}
			if !d.consume(',') {
				return nil, false
			}
		}
		out = append(out, pl)
		if d.consume(']') {
			return out, true
		}
		if !d.consume(',') {
			return nil, false
		}
	}
}
