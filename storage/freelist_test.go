package storage

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestDamagedFreelistIsRefusedNotAPanic garbles the freelist page of a real
// database: bbolt would panic inside Open for writing.
func TestDamagedFreelistIsRefusedNotAPanic(t *testing.T) {
	src := seeded(t, 50)
	if err := checkFreelist(src); err != nil {
		t.Fatalf("a sound file: %v", err)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	meta, pageSize, ok := newestMeta(f)
	f.Close()
	if !ok {
		t.Fatal("no valid meta page in a sound file")
	}
	freelist := int(binary.LittleEndian.Uint64(meta[32:40]))
	for i := freelist * int(pageSize); i < (freelist+1)*int(pageSize); i++ {
		data[i] = byte(i * 7)
	}
	path := filepath.Join(t.TempDir(), "jobpost.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Open(path, Options{})
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("Open of a file with a garbled freelist: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(data) {
		t.Fatal("the file was changed")
	}
}

// A freelist header with a garbled overflow or count made bbolt walk
// millions of pages (a minute and more) or read past the page; a listed id
// outside the data would be handed out as free. All are refused at once.
func TestGarbledFreelistCountsAreRefused(t *testing.T) {
	src := seeded(t, 20)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(src)
	meta, pageSize, _ := newestMeta(f)
	f.Close()
	at := int(binary.LittleEndian.Uint64(meta[32:40])) * int(pageSize)
	for name, spoil := range map[string]func(d []byte){
		"overflow": func(d []byte) { binary.LittleEndian.PutUint32(d[at+12:], 1<<25) },
		"count":    func(d []byte) { binary.LittleEndian.PutUint16(d[at+10:], 4000) },
		"extended count": func(d []byte) {
			binary.LittleEndian.PutUint16(d[at+10:], 0xFFFF)
			binary.LittleEndian.PutUint64(d[at+16:], 1<<40)
		},
		"meta page listed as free": func(d []byte) {
			binary.LittleEndian.PutUint16(d[at+10:], 1)
			binary.LittleEndian.PutUint64(d[at+16:], 1)
		},
	} {
		d := append([]byte(nil), data...)
		spoil(d)
		path := filepath.Join(t.TempDir(), "jobpost.db")
		if err := os.WriteFile(path, d, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(path, Options{}); !errors.Is(err, ErrNotDatabase) {
			t.Errorf("%s: Open = %v", name, err)
		}
		if err := Compact(path); !errors.Is(err, ErrNotDatabase) {
			t.Errorf("%s: Compact = %v", name, err)
		}
	}
}
