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

// TestMatchRelated checks that a finding matches a label at one of its
// related positions (the other end of the same chain) when no finding
// has the label at its primary position, of the same analyzer only, and
// that a label at a finding's primary position goes to that finding
// first.
func TestMatchRelated(t *testing.T) {
	// Labelled at the caller's call; reported in the helper, with the
	// call as its related position.
	atCall := &label{repo: "o/n", module: ".", file: "main.go", line: 40, analyzer: "osexit"}
	inHelper := &finding{repo: "o/n", module: ".", file: "util/util.go", line: 12, analyzer: "osexit",
		related: []position{{"main.go", 40}}}
	otherAnalyzer := &label{repo: "o/n", module: ".", file: "main.go", line: 40, analyzer: "ctxbackground"}
	// A label at a finding's primary position, which another finding
	// also names as its related position.
	atPrimary := &label{repo: "o/n", module: ".", file: "main.go", line: 60, analyzer: "osexit"}
	primary := &finding{repo: "o/n", module: ".", file: "main.go", line: 60, analyzer: "osexit"}
	relatedToo := &finding{repo: "o/n", module: ".", file: "util/util.go", line: 30, analyzer: "osexit",
		related: []position{{"main.go", 60}}}
	match([]*label{atCall, otherAnalyzer, atPrimary}, []*finding{relatedToo, inHelper, primary}, 3)
	if !atCall.matched || !inHelper.matched {
		t.Errorf("label at the call matched %v, finding in the helper %v, want both", atCall.matched, inHelper.matched)
	}
	if otherAnalyzer.matched {
		t.Errorf("label of another analyzer at the related position matched")
	}
	if !atPrimary.matched || !primary.matched || relatedToo.matched {
		t.Errorf("label at a primary position %v, its finding %v, the finding naming it as related %v; want true, true, false",
			atPrimary.matched, primary.matched, relatedToo.matched)
	}
}

// TestReadOutputs checks the naming of output files (module directory
// after @, slashes as underscores) and that positions become paths
// relative to the repository's checkout.
func TestReadOutputs(t *testing.T) {
	dir := t.TempDir()
	json := `{"example.com/m": {
		"osexit": [{"posn": "/src/o+n/lambda/up/handler.go:12:3", "message": "m", "related": [
			{"posn": "/src/o+n/lambda/up/main.go:7:2", "message": "r"},
			{"posn": "/mod/os@v1/exit.go:3:1", "message": "outside"}]}],
		"eagerinit": {"error": "failed"}
	}}`
	if err := os.WriteFile(filepath.Join(dir, "o+n@lambda_up.json"), []byte(json), 0o644); err != nil {
		t.Fatal(err)
	}
	findings, ran, err := readOutputs(dir, nil)
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
	if len(f.related) != 1 || f.related[0] != (position{"lambda/up/main.go", 7}) {
		t.Errorf("related = %v, want only lambda/up/main.go:7", f.related)
	}
}

// TestReadOutputsUnderscores checks that a module directory with an
// underscore of its own is named as the labels name it.
func TestReadOutputsUnderscores(t *testing.T) {
	dir := t.TempDir()
	json := `{"example.com/m": {"osexit": [{"posn": "/src/o+n/functions/slack_event/f.go:3:1", "message": "m"}]}}`
	if err := os.WriteFile(filepath.Join(dir, "o+n@functions_slack_event.json"), []byte(json), 0o644); err != nil {
		t.Fatal(err)
	}
	labels := []*label{{repo: "o/n", module: "functions/slack_event", file: "functions/slack_event/f.go", line: 3, analyzer: "osexit"}}
	findings, ran, err := readOutputs(dir, labelModules(labels))
	if err != nil {
		t.Fatal(err)
	}
	if !ran["o/n\x00functions/slack_event"] || len(findings) != 1 || findings[0].module != "functions/slack_event" {
		t.Errorf("ran = %v, findings = %v: want the module functions/slack_event", ran, findings)
	}
}
