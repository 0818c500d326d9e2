package telemetryflush_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/telemetryflush"
)

func TestTelemetryFlush(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), telemetryflush.Analyzer, "./...")
}
