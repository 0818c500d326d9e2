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
		// So does one whose arguments leave its condition undecided.
		"fns.go:45 -> mail.go:23: mail.Deliver calls smtp.SendMail to port 25",
		"fns.go:47 -> mail.go:31: mail.Copy calls smtp.SendMail to port 25",
	)
}
