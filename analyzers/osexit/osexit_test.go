package osexit_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

func TestOSExit(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), osexit.Analyzer,
		"./config", "./generic", "./handlers", "./crossreg", "./httpfn", "./httpfix", "./eventfn", "./loggers", "./lambdafn", "./thirdparty", "./cmd/...")
	checkEachFix(t, results)
	fixtest.Goldens(t, results)
}

// TestFlags checks -osexit.coldstart and -osexit.panic.
func TestFlags(t *testing.T) {
	for _, name := range []string{"coldstart", "panic"} {
		if err := osexit.Analyzer.Flags.Set(name, "true"); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		for _, name := range []string{"coldstart", "panic"} {
			if err := osexit.Analyzer.Flags.Set(name, "false"); err != nil {
				t.Error(err)
			}
		}
	})
	analysistest.Run(t, analysistest.TestData(), osexit.Analyzer, "./flagged", "./flaggedlambda")
}
