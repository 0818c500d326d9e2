package batchfailure_test

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/batchfailure"
)

func TestBatchFailure(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), batchfailure.Analyzer, "./...")
}

// TestRelated checks that a finding, reported at the return in the
// loop where the fix goes, names the handler's registration as its
// other end.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), batchfailure.Analyzer, "./wrapped", "./untyped")
	found := 0
	for _, r := range results {
		fset := r.Pass.Fset
		for _, d := range r.Diagnostics {
			found++
			if len(d.Related) != 1 {
				t.Errorf("%s: %d related positions, want 1 (the registration)", fset.Position(d.Pos), len(d.Related))
				continue
			}
			rel := d.Related[0]
			file := fset.File(rel.Pos)
			line := strings.TrimSpace(lineOf(t, file.Name(), fset.Position(rel.Pos).Line))
			if !strings.HasPrefix(line, "golambda.Start(") && !strings.HasPrefix(line, "lambda.Start(") {
				t.Errorf("%s: related position %s is on %q, want the registration", fset.Position(d.Pos), fset.Position(rel.Pos), line)
			}
			if !strings.Contains(rel.Message, "registered here") {
				t.Errorf("%s: related message %q", fset.Position(d.Pos), rel.Message)
			}
		}
	}
	if found < 5 {
		t.Errorf("%d findings, want at least 5", found)
	}
}

func lineOf(t *testing.T, name string, line int) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		t.Fatalf("%s has no line %d", name, line)
	}
	return lines[line-1]
}
