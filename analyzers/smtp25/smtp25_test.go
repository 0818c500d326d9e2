package smtp25_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/smtp25"
	"github.com/fnlint/fnlint/internal/relatedtest"
)

func TestSMTP25(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), smtp25.Analyzer, "./...")
	relatedtest.Check(t, results,
		// A call of another package's function points at its declaration.
		"fns.go:37 -> mail.go:7: mail.Send calls smtp.SendMail to port 25",
	)
}
