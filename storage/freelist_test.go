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
