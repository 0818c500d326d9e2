package ctxcaptured_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxcaptured"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
	"github.com/fnlint/fnlint/internal/relatedtest"
)

func TestCtxCaptured(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxcaptured.Analyzer, "./...")
	fixtest.Goldens(t, results)
	// A helper's finding points at the constructor in the helper's own
	// code, in another package or this one.
	relatedtest.Check(t, results,
		"fns.go:70 -> setup.go:21: storage.NewClient keeps the client it builds from that context here", // setup.Init
		"fns.go:74 -> setup.go:29: pubsub.NewClient keeps the client it builds from that context here",  // setup.FromRequest
		"fns.go:75 -> fns.go:83: pubsub.NewClient keeps the client it builds from that context here",    // fns.initLocal
	)
}
