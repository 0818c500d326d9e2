package analyzers_test

import (
	"bytes"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldensGofmt: the golden file of every suggested-fix test is
// gofmt-clean, as fnlint -fix leaves a gofmt-clean file (analysistest
// gofmts both sides before comparing, so it would not tell); each
// analyzer's test compares its fixes with the goldens byte for byte
// (internal/fixes/fixtest).
func TestGoldensGofmt(t *testing.T) {
	n := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go.golden") {
			return err
		}
		n++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if formatted, err := format.Source(data); err != nil || !bytes.Equal(formatted, data) {
			t.Errorf("%s is not gofmt-clean (%v)", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no golden files")
	}
}
