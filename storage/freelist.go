package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"slices"
)

// The bbolt on-disk layout this file reads (go.etcd.io/bbolt, format
// version 2): every page starts with a 16-byte header — id uint64, flags
// uint16, count uint16, overflow uint32 — and pages 0 and 1 hold a meta
// record after it.
const (
	pageHeaderSize   = 16
	metaMagic        = 0xED0CDAED
	metaVersion      = 2
	metaPageFlag     = 0x04
	freelistPageFlag = 0x10
	noFreelist       = ^uint64(0)
)

// checkFreelist reports a damaged freelist page as ErrNotDatabase. bbolt
// reads the freelist when it opens a file for writing and panics, inside
// Open, on one that is not a freelist: a panic that would escape recovery
// and leave the file locked. So the page is looked at first, read-only.
func checkFreelist(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = checkFreelistIn(f)
	return err
}

// checkFreelistIn is checkFreelist on an open file. It returns the pages
// that must not be in the tree: those the freelist lists, and its own.
func checkFreelistIn(f *os.File) (notInTree []uint64, err error) {
	meta, pageSize, ok := newestMeta(f)
	if !ok {
		return nil, nil // bbolt itself reports bad meta pages as an error
	}
	freelist := binary.LittleEndian.Uint64(meta[32:40])
	if freelist == noFreelist {
		return nil, nil
	}
	header := make([]byte, pageHeaderSize)
	if _, err := f.ReadAt(header, int64(freelist)*int64(pageSize)); err != nil {
		return nil, fmt.Errorf("%w: freelist page %d cannot be read", ErrNotDatabase, freelist)
	}
	if binary.LittleEndian.Uint64(header[0:8]) != freelist || binary.LittleEndian.Uint16(header[8:10]) != freelistPageFlag {
		return nil, fmt.Errorf("%w: freelist page %d is damaged", ErrNotDatabase, freelist)
	}
	ids, err := freeIDs(f, header, meta, pageSize)
	if err != nil {
		return nil, fmt.Errorf("%w: freelist page %d is damaged: %v", ErrNotDatabase, freelist, err)
	}
	for id := freelist; id <= freelist+uint64(binary.LittleEndian.Uint32(header[12:16])); id++ {
		ids = append(ids, id)
	}
	return ids, nil
}

// freeIDs reads the ids a freelist page lists, checking that the
// freelist lies inside the file and lists only pages that can be free:
// bbolt trusts its counts (a garbled one makes it loop over billions of
// ids, or read past the page) and would hand out any id it lists, even a
// meta page's.
func freeIDs(f *os.File, header, meta []byte, pageSize uint32) ([]uint64, error) {
	le := binary.LittleEndian
	freelist, highWater := le.Uint64(meta[32:40]), le.Uint64(meta[40:48])
	overflow := uint64(le.Uint32(header[12:16]))
	if freelist < 2 || freelist+overflow >= highWater {
		return nil, fmt.Errorf("it spans pages %d to %d of %d", freelist, freelist+overflow, highWater)
	}
	ps := uint64(pageSize)
	start, end := freelist*ps+pageHeaderSize, (freelist+overflow+1)*ps
	count := uint64(le.Uint16(header[10:12]))
	if count == 0xFFFF { // the real count is the first element
		first := make([]byte, 8)
		if _, err := f.ReadAt(first, int64(start)); err != nil {
			return nil, err
		}
		count, start = le.Uint64(first), start+8
	}
	if count > (end-start)/8 {
		return nil, fmt.Errorf("it lists %d pages, more than it holds", count)
	}
	raw := make([]byte, count*8)
	if _, err := f.ReadAt(raw, int64(start)); err != nil {
		return nil, err
	}
	ids := make([]uint64, 0, count+overflow+1)
	for i := 0; i < len(raw); i += 8 {
		id := le.Uint64(raw[i:])
		if id < 2 || id >= highWater {
			return nil, fmt.Errorf("it lists page %d, outside 2 to %d", id, highWater-1)
		}
		ids = append(ids, id)
	}
	// One listed twice would be handed out twice: two pages of one write
	// at one place in the file. (bbolt writes the list sorted, and sorts
	// it when it reads it.)
	sorted := ids
	if !slices.IsSorted(ids) {
		sorted = slices.Sorted(slices.Values(ids))
	}
	for i := 1; i < len(sorted); i++ {
		if sorted[i] == sorted[i-1] {
			return nil, fmt.Errorf("it lists page %d twice", sorted[i])
		}
	}
	return ids, nil
}

// newestMeta returns the valid meta record with the highest transaction
// id, as bbolt chooses it, and the page size.
func newestMeta(f *os.File) (meta []byte, pageSize uint32, ok bool) {
	first := make([]byte, 4096)
	if _, err := f.ReadAt(first, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, false
	}
	pageSize = binary.LittleEndian.Uint32(first[pageHeaderSize+8:])
	if pageSize < 512 || pageSize > 1<<16 {
		return nil, 0, false
	}
	var best []byte
	for i := range 2 {
		page := make([]byte, pageHeaderSize+64)
		if _, err := f.ReadAt(page, int64(i)*int64(pageSize)); err != nil {
			continue
		}
		m := page[pageHeaderSize:]
		if binary.LittleEndian.Uint16(page[8:10]) != metaPageFlag || !validMeta(m) {
			continue
		}
		if best == nil || binary.LittleEndian.Uint64(m[48:56]) > binary.LittleEndian.Uint64(best[48:56]) {
			best = m
		}
	}
	return best, pageSize, best != nil
}

// validMeta checks a meta record's magic, version and checksum (FNV-1a
// over the 56 bytes before the checksum).
func validMeta(m []byte) bool {
	if binary.LittleEndian.Uint32(m[0:4]) != metaMagic || binary.LittleEndian.Uint32(m[4:8]) != metaVersion {
		return false
	}
	h := fnv.New64a()
	h.Write(m[:56])
	return h.Sum64() == binary.LittleEndian.Uint64(m[56:64])
}
