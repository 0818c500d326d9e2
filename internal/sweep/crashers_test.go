package sweep

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestKnownCrashers replays the inputs under testdata/crashers: crashers
// of FuzzAnalyze whose fix is pending. They are kept out of
// testdata/fuzz/FuzzAnalyze, where every go test would replay them and
// fail, and where a fuzzing run would stop at them before mutating
// anything. When the fix lands, remove the skip and move the files to
// testdata/fuzz/FuzzAnalyze.
func TestKnownCrashers(t *testing.T) {
	t.Skip("known crash, see issue 12")
	files, err := filepath.Glob("testdata/crashers/*")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		return
	}
	fx := newFixture(t, fuzzSeeds(t))
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			analyze(t, fx, readCorpusFile(t, file))
		})
	}
}

// readCorpusFile returns the input of a corpus file of FuzzAnalyze, in
// the format go test writes: a version line, then one []byte value.
func readCorpusFile(t *testing.T, file string) []byte {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	header, value, _ := bytes.Cut(data, []byte("\n"))
	value = bytes.TrimSpace(value)
	quoted, ok := bytes.CutPrefix(value, []byte("[]byte("))
	quoted, ok2 := bytes.CutSuffix(quoted, []byte(")"))
	if string(header) != "go test fuzz v1" || !ok || !ok2 {
		t.Fatalf("%s: not a corpus file of one []byte", file)
	}
	src, err := strconv.Unquote(string(quoted))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return []byte(src)
}
