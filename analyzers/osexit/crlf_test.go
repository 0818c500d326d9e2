package osexit_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// TestLineDirectivesCRLF checks osexit's fixes with the checks every
// analyzer's fixes share (fixtest.LineDirectives), which add CRLF line
// endings, with and without a directive, to TestLineDirectives's.
func TestLineDirectivesCRLF(t *testing.T) {
	// The exits' fixes replace a call with lines that end in the file's
	// line break; a directive before a line of the file withholds none
	// of them.
	base, fewest := fixtest.LineDirectives(t, osexit.Analyzer, analysistest.TestData(), strings.Join(lineDirectiveFile, "\n"))
	if base != 4 || fewest != 4 {
		t.Errorf("%d fixes offered without a directive and at least %d with one, want 4", base, fewest)
	}
}
