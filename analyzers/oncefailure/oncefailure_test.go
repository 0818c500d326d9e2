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
		"fns.go:43 -> fns.go:45: the error of storage.NewClient stays inside the function given to Do",
		"fns.go:56 -> fns.go:59: the panic that marks the sync.Once done",
		"fns.go:70 -> fns.go:82: the error of storage.NewClient stays inside the function given to Do",
		// A literal that only calls a function of the package: the
		// call, then what fails inside the callee.
		"fns.go:92 -> fns.go:93: the function given to Do calls setup -> fns.go:111: the panic that marks the sync.Once done",
		"fns.go:95 -> fns.go:96: the function given to Do calls initClient4 -> fns.go:82: the error of storage.NewClient stays inside initClient4",
	)
}
