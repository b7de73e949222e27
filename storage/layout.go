package storage

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// Page types and the bucket flag of a leaf element, as bbolt writes them.
const (
	branchPageFlag = 0x01
	leafPageFlag   = 0x02
	bucketLeafFlag = 0x01
	elementSize    = 16 // a branch element: pos, ksize, pgid; a leaf one: flags, pos, ksize, vsize
	bucketHeader   = 16 // a bucket value: root pgid, sequence; an inline page follows a zero root
)

// How much of the tree checkLayout walks.
const (
	// shallowWalk follows the root bucket's leaves (which name the
	// top-level buckets) and the branch pages of those buckets, reading a
	// few hundred bytes of a handful of pages: what Open can afford every
	// time, enough that no top-level bucket's descent loops. (Nested
	// buckets' pages, schema 2's revisions, are left to the full walk.)
	shallowWalk = iota
	// fullWalk reads every page in use, down to every sub-bucket and
	// every element: what bbolt's own check needs to be safe to run.
	fullWalk
)

// checkLayout looks at what bbolt trusts without checking: the freelist
// (see checkFreelist) and the tree of pages from the root bucket down.
// A page reached twice (a cycle sends bbolt round forever, or past its
// stack), outside the data, of the wrong kind, with overflow pages past
// the data or elements outside it is damage, reported as ErrNotDatabase
// before bbolt meets it. A file without a valid meta page, or shorter than
// its data, is left for Open to refuse.
func checkLayout(path string, depth int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return checkLayoutIn(f, depth)
}

// checkLayoutIn is checkLayout on an open file.
func checkLayoutIn(f *os.File, depth int) error {
	// Open refuses a file without a valid meta page, or cut short, with
	// its own words; a full walk runs on a file Open has taken, and
	// such a file is damage it must report (a write would grow the file
	// with zeros where its pages were).
	meta, pageSize, ok := newestMeta(f)
	if !ok {
		if depth == fullWalk {
			return fmt.Errorf("%w: no valid meta page", ErrNotDatabase)
		}
		return nil
	}
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	highWater := binary.LittleEndian.Uint64(meta[40:48])
	if highWater > uint64(fi.Size())/uint64(pageSize) {
		if depth == fullWalk {
			return fmt.Errorf("%w: file is %d bytes, its pages need %d (truncated?)", ErrNotDatabase, fi.Size(), highWater*uint64(pageSize))
		}
		return nil
	}
	if depth == fullWalk {
		if err := checkMetaHeaders(f, pageSize); err != nil {
			return err
		}
	}
	free, err := checkFreelistIn(f)
	if err != nil {
		return err
	}
	w := treeWalk{r: f, pageSize: uint64(pageSize), highWater: highWater, full: depth == fullWalk,
		seen: map[uint64]bool{}}
	if err := w.walk(binary.LittleEndian.Uint64(meta[16:24])); err != nil {
		return fmt.Errorf("%w: %v", ErrNotDatabase, err)
	}
	if !w.full {
		return nil
	}
	// A page both in use and free would be handed out by the next write,
	// and what it holds overwritten; so would the freelist's own pages
	// were they listed (freeIDs has refused a page listed twice).
	listed := make(map[uint64]bool, len(free))
	for _, id := range free {
		switch {
		case w.seen[id]:
			return fmt.Errorf("%w: page %d: in use and listed as free", ErrNotDatabase, id)
		case listed[id]:
			return fmt.Errorf("%w: page %d: the freelist's own page, listed as free", ErrNotDatabase, id)
		}
		listed[id] = true
	}
	// The rest of the data, past the meta pages, is a leak: harmless to
	// a write, but the sign of a tree cut short, which bbolt's check
	// refuses too. (Without a freelist, bbolt rebuilds one from the tree.)
	if len(free) > 0 && 2+uint64(len(w.seen)+len(listed)) != w.highWater {
		for id := uint64(2); id < w.highWater; id++ {
			if !w.seen[id] && !listed[id] {
				return fmt.Errorf("%w: page %d: neither in use nor free", ErrNotDatabase, id)
			}
		}
	}
	return nil
}

// checkMetaHeaders checks that both meta pages say what they are, as
// bbolt's own check did: bbolt reads the other one when one is garbled,
// so Open succeeds, but the change saved last may be what was lost, and a
// write would overwrite the pages a repair could still find it in.
// (A meta record whose checksum fails under a sound header is a write cut
// short by a crash, which bbolt is made to survive: not damage.)
func checkMetaHeaders(f *os.File, pageSize uint32) error {
	header := make([]byte, pageHeaderSize)
	for id := range uint64(2) {
		if _, err := f.ReadAt(header, int64(id)*int64(pageSize)); err != nil {
			return fmt.Errorf("%w: meta page %d: cannot be read: %v", ErrNotDatabase, id, err)
		}
		le := binary.LittleEndian
		if le.Uint64(header[0:8]) != id || le.Uint16(header[8:10]) != metaPageFlag {
			return fmt.Errorf("%w: meta page %d: garbled (its header is not a meta page's)", ErrNotDatabase, id)
		}
	}
	return nil
}

type treeWalk struct {
	r                   io.ReaderAt
	pageSize, highWater uint64
	full                bool
	seen                map[uint64]bool
	buf                 []byte
}

// node is a page to visit and how deep in buckets it lies (0: the root
// bucket, whose leaves hold the top-level buckets). In a full walk, from
// and to bound its keys as the branch page above it says: from its own
// key there (a child's keys start at it), to the next one's (excluded);
// nil for no bound.
type node struct {
	id       uint64
	bucket   int
	from, to []byte
}

func (w *treeWalk) walk(root uint64) error {
	stack := []node{{id: root}}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		page, flags, err := w.page(n)
		if err != nil {
			return err
		}
		if page == nil {
			continue // a leaf the shallow walk does not read
		}
		if stack, err = w.elements(n, page, flags, stack); err != nil {
			return err
		}
	}
	return nil
}

// read fills w.buf with n bytes of the file from page id on.
func (w *treeWalk) read(id, n uint64) ([]byte, error) {
	if uint64(cap(w.buf)) < n {
		w.buf = make([]byte, n)
	}
	b := w.buf[:n]
	if _, err := w.r.ReadAt(b, int64(id*w.pageSize)); err != nil {
		return nil, fmt.Errorf("page %d: cannot be read: %v", id, err)
	}
	return b, nil
}

// page checks the header of a page and reads what the walk needs of it:
// all of it (with its overflow pages) in a full walk or for the root
// bucket, the header and elements of a branch page otherwise, nothing
// more of a leaf.
func (w *treeWalk) page(n node) (page []byte, flags uint16, err error) {
	id := n.id
	if id < 2 || id >= w.highWater {
		return nil, 0, fmt.Errorf("page %d: outside the data (pages 2 to %d)", id, w.highWater-1)
	}
	// A full walk reads every page whole: the first read takes the page
	// with its header, and only one with overflow pages needs a second.
	first := uint64(pageHeaderSize)
	if w.full {
		first = w.pageSize
	}
	header, err := w.read(id, first)
	if err != nil {
		return nil, 0, err
	}
	le := binary.LittleEndian
	flags, count := le.Uint16(header[8:10]), uint64(le.Uint16(header[10:12]))
	overflow := uint64(le.Uint32(header[12:16]))
	switch {
	case le.Uint64(header[0:8]) != id:
		return nil, 0, fmt.Errorf("page %d: its header says page %d", id, le.Uint64(header[0:8]))
	case flags != branchPageFlag && flags != leafPageFlag:
		return nil, 0, fmt.Errorf("page %d: not a branch or leaf page (flags %#x)", id, flags)
	case id+overflow >= w.highWater:
		return nil, 0, fmt.Errorf("page %d: %d overflow pages run past the data", id, overflow)
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			return nil, 0, fmt.Errorf("page %d: reached twice", i)
		}
		w.seen[i] = true
	}
	size := (overflow + 1) * w.pageSize
	switch {
	case w.full || n.bucket == 0:
	case flags == branchPageFlag:
		size = min(size, pageHeaderSize+count*elementSize)
	default:
		return nil, flags, nil
	}
	if size == first {
		return header, flags, nil
	}
	page, err = w.read(id, size)
	return page, flags, err
}

// elements checks that a page's elements lie within it and queues the
// pages they lead to: a branch's children, a leaf's sub-buckets. page may
// be only the header and elements of a branch page.
func (w *treeWalk) elements(n node, page []byte, flags uint16, stack []node) ([]node, error) {
	le := binary.LittleEndian
	count := int(le.Uint16(page[10:12]))
	if pageHeaderSize+count*elementSize > len(page) {
		return nil, fmt.Errorf("page %d: %d elements do not fit in it", n.id, count)
	}
	var prev []byte // the element before's key, in a full walk
	for i := range count {
		at := pageHeaderSize + i*elementSize
		e := page[at : at+elementSize]
		if flags == branchPageFlag {
			child := node{id: le.Uint64(e[8:16]), bucket: n.bucket}
			if w.full {
				pos, ksize := uint64(le.Uint32(e[0:4])), uint64(le.Uint32(e[4:8]))
				key, err := keyOf(n, i, count, page, uint64(at)+pos, ksize, 0, prev)
				if err != nil {
					return nil, err
				}
				prev = key
				// The page is read into w.buf, which the next page
				// overwrites: the bounds are copies.
				child.from, child.to = bytes.Clone(key), n.to
				if i > 0 { // the child before, just queued, ends here
					stack[len(stack)-1].to = child.from
				}
			}
			stack = append(stack, child)
			continue
		}
		eflags, pos := le.Uint32(e[0:4]), uint64(le.Uint32(e[4:8]))
		ksize, vsize := uint64(le.Uint32(e[8:12])), uint64(le.Uint32(e[12:16]))
		start := uint64(at) + pos + ksize
		if start+vsize > uint64(len(page)) {
			return nil, fmt.Errorf("page %d: element %d lies outside the page", n.id, i)
		}
		if w.full {
			key, err := keyOf(n, i, count, page, uint64(at)+pos, ksize, vsize, prev)
			if err != nil {
				return nil, err
			}
			prev = key
		}
		if eflags&bucketLeafFlag == 0 {
			continue
		}
		value := page[start : start+vsize]
		if len(value) < bucketHeader {
			return nil, fmt.Errorf("page %d: element %d is a bucket too short to be one", n.id, i)
		}
		if root := le.Uint64(value[0:8]); root != 0 {
			stack = append(stack, node{id: root, bucket: n.bucket + 1})
			continue
		}
		// An inline bucket: a leaf page of its own inside the value.
		inline := value[bucketHeader:]
		if len(inline) < pageHeaderSize || le.Uint16(inline[8:10]) != leafPageFlag {
			return nil, fmt.Errorf("page %d: element %d holds a damaged inline bucket", n.id, i)
		}
		var err error
		if stack, err = w.elements(node{id: n.id, bucket: n.bucket + 1}, inline, leafPageFlag, stack); err != nil {
			return nil, err
		}
	}
	return stack, nil
}

// keyOf returns the key of element i of count in page n, which must lie
// in the page (with the element's value after it), sort after the key
// before it and, first and last, within the bounds the branch page above
// set: bbolt searches by halves, down the tree and in a page, and writes
// into the wrong place of keys out of order.
func keyOf(n node, i, count int, page []byte, at, ksize, vsize uint64, prev []byte) ([]byte, error) {
	if at+ksize+vsize > uint64(len(page)) || at+ksize < at {
		return nil, fmt.Errorf("page %d: element %d lies outside the page", n.id, i)
	}
	key := page[at : at+ksize]
	switch {
	case prev != nil && bytes.Compare(prev, key) >= 0:
		return nil, fmt.Errorf("page %d: element %d is out of order", n.id, i)
	case i == 0 && n.from != nil && bytes.Compare(key, n.from) < 0,
		i == count-1 && n.to != nil && bytes.Compare(key, n.to) >= 0:
		return nil, fmt.Errorf("page %d: element %d is out of order with the page above", n.id, i)
	}
	return key, nil
}
