package oncefailure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/oncefailure"
	"github.com/fnlint/fnlint/internal/relatedtest"
)

func TestOnceFailure(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), oncefailure.Analyzer, "./...")
	// Each finding points at what fails inside the function given to Do.
	relatedtest.Check(t, results,
		"fns.go:40 -> fns.go:42: the error of storage.NewClient stays inside the function given to Do",
		"fns.go:53 -> fns.go:56: the panic that marks the sync.Once done",
		"fns.go:67 -> fns.go:79: the error of storage.NewClient stays inside the function given to Do",
	)
}
