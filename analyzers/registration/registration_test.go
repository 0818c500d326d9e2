package registration_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/registration"
	"github.com/fnlint/fnlint/internal/relatedtest"
)

func TestRegistration(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), registration.Analyzer, "./...")
	relatedtest.Check(t, results,
		// A second registration of a name points at the first.
		`a.go:17 -> a.go:16: "orders" first registered here`,
		`a.go:21 -> a.go:19: "list" first registered here`,
		`b.go:13 -> a.go:22: "typed" first registered here`,
		`b.go:18 -> b.go:14: "b-only" first registered here`,
		// A rejected Lambda handler points at its declaration.
		"main.go:34 -> main.go:15: tooManyArgs is declared here",
		"main.go:35 -> main.go:17: ctxSecond is declared here",
		"main.go:36 -> main.go:19: stringer is declared here",
		"main.go:37 -> main.go:21: noError is declared here",
		"main.go:38 -> main.go:23: secondNotError is declared here",
		"main.go:39 -> main.go:25: threeResults is declared here",
		"main.go:43 -> main.go:21: noError is declared here",
		"main.go:44 -> main.go:15: tooManyArgs is declared here",
	)
}
