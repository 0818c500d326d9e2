package flowgraph_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/flowgraph"
)

// TestFlowgraph checks the noReturn facts: which functions the graphs
// end at.
func TestFlowgraph(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowgraph.Analyzer, "./...")
}
