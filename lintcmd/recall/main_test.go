package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMatchNearestOnce checks that each finding matches one label, the
// nearest, and that labels of another analyzer, file or module stay
// unmatched.
func TestMatchNearestOnce(t *testing.T) {
	l73 := &label{repo: "o/n", module: ".", file: "a.go", line: 73, analyzer: "osexit"}
	l76 := &label{repo: "o/n", module: ".", file: "a.go", line: 76, analyzer: "osexit"}
	other := &label{repo: "o/n", module: ".", file: "a.go", line: 76, analyzer: "ctxbackground"}
	far := &label{repo: "o/n", module: ".", file: "a.go", line: 90, analyzer: "osexit"}
	f76 := &finding{repo: "o/n", module: ".", file: "a.go", line: 76, analyzer: "osexit"}
	f71 := &finding{repo: "o/n", module: ".", file: "a.go", line: 71, analyzer: "osexit"}
	// Taking the first finding within reach would give f76 to l73 and
	// leave l76 without one (f71 is 5 lines away).
	match([]*label{l73, l76, other, far}, []*finding{f76, f71}, 3)
	if !l73.matched || !l76.matched || !f76.matched || !f71.matched {
		t.Errorf("matched: l73=%v l76=%v f76=%v f71=%v, want all", l73.matched, l76.matched, f76.matched, f71.matched)
	}
	if other.matched || far.matched {
		t.Errorf("matched other analyzer %v, label 14 lines away %v, want neither", other.matched, far.matched)
	}
}

// TestReadOutputs checks the naming of output files (module directory
// after @, slashes as underscores) and that positions become paths
// relative to the repository's checkout.
func TestReadOutputs(t *testing.T) {
	dir := t.TempDir()
	json := `{"example.com/m": {
		"osexit": [{"posn": "/src/o+n/lambda/up/handler.go:12:3", "message": "m"}],
		"eagerinit": {"error": "failed"}
	}}`
	if err := os.WriteFile(filepath.Join(dir, "o+n@lambda_up.json"), []byte(json), 0o644); err != nil {
		t.Fatal(err)
	}
	findings, ran, err := readOutputs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !ran["o/n\x00lambda/up"] || len(ran) != 1 {
		t.Errorf("ran = %v, want only o/n lambda/up", ran)
	}
	if len(findings) != 1 {
		t.Fatalf("got %d findings, want 1", len(findings))
	}
	f := findings[0]
	if f.repo != "o/n" || f.module != "lambda/up" || f.file != "lambda/up/handler.go" || f.line != 12 || f.analyzer != "osexit" {
		t.Errorf("finding = %+v", *f)
	}
}
