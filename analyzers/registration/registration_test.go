package registration_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/registration"
)

func TestRegistration(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), registration.Analyzer, "./...")
}
